# dict keys() and items() views behave as sets: operators, comparisons, isdisjoint.
d = {}
for i in range(30):
    d[i * 13 % 37] = i
k = d.keys()
evens = set(range(0, 40, 2))
print(k & evens)
print(evens & k)
print(k & [1, 2, 3, 1000], [1, 2, 3, 1000] & k)
print(k | set([100, 200]), [5, 64] | k)
print(k - [1, 2], [1, 2, 999] - k)
print(k ^ set([1, 500]), set([1, 500]) ^ k)
e = {}
for i in range(10):
    e[i] = i % 3
print(e.items() & d.items())
print(d.items() ^ e.items())
print(e.items() ^ d.items())
print(e.items() - d.items(), e.items() | set([(0, 0), (99, 1)]))
print(k == set(d), k != set(d), set(d) == k, k < set(range(100)), k <= k, k > set([1]), k >= set())
print(e.items() == e.items(), e.keys() == d.keys(), e.keys() == frozenset(range(10)))
print(e.keys().isdisjoint(set([100])), e.items().isdisjoint([(1, 1)]), k.isdisjoint(e.keys()))
print(d.keys() & e.keys(), e.keys() & d.keys())
print(d.keys() | e.keys())
print(d.keys() ^ e.keys())
print(frozenset(range(5)) & k, frozenset(range(5)) | k, type(frozenset() | k).__name__)
print(type(k & evens).__name__, type(e.items() - e.items()).__name__)
try:
    hash(k)
except TypeError as ex:
    print("TypeError:", ex)
try:
    d.values() | set()
except TypeError as ex:
    print("TypeError:", ex)
try:
    k & [[1]]
except TypeError as ex:
    print("TypeError:", ex)
try:
    k | 1
except TypeError as ex:
    print("TypeError:", ex)
