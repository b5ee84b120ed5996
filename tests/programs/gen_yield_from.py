# yield from: delegating to iterables and generators; flattening nested lists.
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in [5]))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def inner():
    yield "i1"
    yield "i2"
def outer():
    yield "o1"
    yield from inner()
    yield "o2"
print(list(outer()))
class Box:
    def __init__(self, *items): self.items = items
    def __iter__(self): return iter(self.items)
def from_box():
    yield from Box(7, 8)
    yield from {"k1": 1, "k2": 2}
print(list(from_box()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
