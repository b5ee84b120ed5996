# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
def next_inside():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(next_inside()))
except RuntimeError as e:
    print("RuntimeError:", e)
def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v
print(list(guarded()))
def ret():
    yield 1
    return 5
print(list(ret()))
