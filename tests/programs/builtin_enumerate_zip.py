# Checks: enumerate with start, zip of uneven and many iterables, and unzipping with zip(*...).
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10), "abcd")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(enumerate(range(3), -1)))
