# Checks: keyword-only parameters (after * and after *args) and positional-only parameters (/).
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=4, b=5))
def kw2(*args, sep="-", end="."):
    return sep.join(args) + end
print(kw2("a", "b"), kw2("a", "b", sep="+"), kw2(end="!"))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def pos_default(x, y=10, /):
    return x + y
print(pos_default(1), pos_default(1, 2))
def both(a, /, b, *, c):
    return [a, b, c]
print(both(1, 2, c=3), both(1, b=2, c=3))
def pos_kwargs(name, /, **kw):
    return name, kw
print(pos_kwargs("n", name="kw-name"))
tests = [lambda: kw(1, 2), lambda: kw(1), lambda: pos(1, b=2, c=3, d=4), lambda: both(a=1, b=2, c=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(repr(e))
