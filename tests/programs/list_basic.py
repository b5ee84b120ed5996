# Checks: list literals, nesting, indexing (incl. negative), len, item assignment.
a = [1, 2, 3]
b = []
c = [1, "two", 3.0, None, True, [4, [5, 6]], (7,)]
print(a, b, c)
print(len(a), len(b), len(c), len(c[5]))
print(a[0], a[-1], c[5][1][0], c[-2][-1][-1], c[6][0])
a[0] = 10
a[-1] = 30
print(a)
c[5][1][1] = "six"
print(c[5])
print([[]], [[], []], [[[]]])
print([1, 2,], [
    "multi",
    "line",
])
m = [[0] * 3 for i in range(2)]
m[0][1] = 5
print(m)
try:
    a[3]
except IndexError as e:
    print(repr(e))
try:
    a[-4] = 0
except IndexError as e:
    print(repr(e))
try:
    a["0"]
except TypeError as e:
    print(repr(e))
