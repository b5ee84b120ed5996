# Checks: list comprehensions with several for and if clauses, conditional expressions inside.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in "ab" for y in "12"])
print([c.upper() for c in "hello" if c not in "l"])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([w for line in ["a b", "c d e"] for w in line.split()])
print([x for x in [3, -1, 4, -1, 5] if x > 0], [])
print([len(s) for s in ["", "a", "bb"]], [i for i in []])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print(sum([i for i in range(101) if i % 7 == 0]))
