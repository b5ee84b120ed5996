# Checks: sort and sorted with key and reverse, mixed int/float, strings, and sort errors.
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, 2, -0.5, True]))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted((3, 2, 1)), sorted({"b": 1, "a": 2}))
r = a.sort()
print(r)
try:
    ["a", 1].sort()
except TypeError as e:
    print(repr(e))
print(sorted([]), sorted([1]))
big = [(i * 7919) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))
