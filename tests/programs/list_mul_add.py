# Checks: list * n, n * list, +, += (in place, same object), and aliasing of [[0] * 3] * 3.
a = [1, 2]
print(a * 3, 2 * a, a * 0, a * -1, [] * 5)
b = a + [3]
print(b, a)
alias = a
a += [4, 5]
print(a, alias, alias is a)
a = a + [6]
print(a, alias, alias is a)
c = [1]
c += "xy"
c += (7,)
c += range(2)
print(c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for i in range(3)]
grid[0][0] = 1
print(grid)
d = [[]] * 2
d[0].append("shared")
print(d)
e = [0]
e *= 4
print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(repr(e))
try:
    [1] * 2.0
except TypeError as e:
    print(repr(e))
