# Checks: iter() over every container, next() with and without default, StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
for obj in ("ab", (1, 2), {"k": 1, "j": 2}, range(2), {"k": 1}.values(), {"k": 1}.items()):
    i = iter(obj)
    print(next(i), next(i, "end"))
it = iter([10, 20, 30])
print(next(it))
for x in it:
    print("rest", x)
i2 = iter(it)
print(i2 is it)
try:
    iter(5)
except TypeError as e:
    print(repr(e))
try:
    next([1])
except TypeError as e:
    print(repr(e))
def first(iterable, default=None):
    for x in iterable:
        return x
    return default
print(first([]), first("xyz"), first(range(5, 9)))
