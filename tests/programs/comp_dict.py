# Checks: dict comprehensions with conditions, nested loops, inversion, and key collisions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("c", 3)] if v != 2})
d = {"one": 1, "two": 2, "three": 3}
print({v: k for k, v in d.items()})
print({c: "abcabc".count(c) for c in "abcabc"})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x % 3: x for x in range(10)})
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
words = ["apple", "bob", "civic", "deed", "eel"]
print({w: w == w[::-1] for w in words})
print({k: [v] * k for k, v in enumerate("ab", 1)})
