# Iterating a set that changes size raises RuntimeError; same-size changes do not.
s = set([1, 2, 3])
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
s = set([1, 2, 3])
for x in s:
    s.discard(x)
    s.add(x + 100)
print(len(s), sorted(s)[:1])
s = set(range(5))
it = iter(s)
print(next(it), next(it))
s.remove(4)
for i in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
it = iter(set([1, 2]))
print(list(it), list(it))
it = iter(frozenset([7, 8]))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter(set(range(3)))), sum(set([1, 2, 3])), min(set([4, 2, 9])), sorted(set([3, 1, 2])))
