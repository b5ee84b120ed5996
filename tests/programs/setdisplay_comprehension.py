# Set comprehensions build their sets element by element, as CPython does.
print({x * 8 for x in range(12)})
print({x % 7 for x in [1, 2, 3, 10, 100, 1000]})
print({x * 64 for x in range(20, 0, -1)})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x for x in range(30) if x % 4 == 0})
s = {-x for x in range(10)}
print(s, len(s))
print({c for c in "mississippi"} == set("misp"))
