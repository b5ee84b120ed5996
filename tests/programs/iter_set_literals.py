# Set literals, set(), membership, add/discard/remove, and their errors.
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 2 in s, 5 not in s)
e = set()
print(e, len(e), type({}).__name__, type({1}).__name__)
s.add(10); s.add(1)
s.discard(99); s.discard(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as ex:
    print("KeyError:", ex)
print(sorted({x % 3 for x in range(10)}))
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2}, {3} > {1})
print(sorted(set([5, 5, 4])), sorted(set("banana")))
t = {(1, 2), (1, 2), (2, 1)}
print(len(t))
try:
    {[1]}
except TypeError as ex:
    print("TypeError:", ex)
print({1, 2, 3}.pop() in {1, 2, 3}, bool(set()), bool({0}))
f = frozenset({1, 2})
print(sorted(f), f == {1, 2})
x = {1, 2}
x.clear()
print(x)
