# Checks: tuple comparison (lexicographic, mixed numeric types), equality, and use in sorting.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, 2) == (1, 2))
print((1, 2.0) == (1.0, 2), (1, "a") < (1, "b"), (0, 1) != (0, 1), (3, 4) >= (3, 4))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(1, "z"), (0, "y", 1)]))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(repr(e))
print((1, [2]) == (1, [2]), (1, (2, 3)) < (1, (2, 4)))
print((1, 2) == [1, 2], (1, 2) != [1, 2])
points = [(3, 1), (1, 2), (1, 1), (2, 5)]
points.sort()
print(points)
print(sorted(points, key=lambda p: (-p[1], p[0])))
