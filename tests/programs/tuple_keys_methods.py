# Checks: tuples as dict keys, count/index, concatenation/repetition, immutability errors.
grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid[1, 0], (0, 0) in grid, (5, 5) in grid)
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(repr(e))
print(t + (4,), (0,) * 3, 2 * (1, 2), t * 0)
try:
    t[0] = 5
except TypeError as e:
    print(repr(e))
try:
    del t[0]
except TypeError as e:
    print(repr(e))
try:
    t + [1]
except TypeError as e:
    print(repr(e))
try:
    t[10]
except IndexError as e:
    print(repr(e))
try:
    {[1, 2]: "x"}
except TypeError as e:
    print(repr(e))
try:
    {(1, [2]): "x"}
except TypeError as e:
    print(repr(e))
