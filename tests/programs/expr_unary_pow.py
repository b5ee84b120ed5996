# Checks: unary minus/plus/invert on small and big ints and floats; ** precedence with unary ops.
print(-2 ** 2, (-2) ** 2, -2 ** -2, 2 ** -2 ** 2)
big = 2 ** 100
print(-big, +big, ~big, -(-big) == big, -big ** 1)
print(--5, -+-5, ~~7, not -1, -True, +False)
print(-0.0, -(0.0), -1.5 ** 2, (-1.5) ** 2)
print(-(2 ** 63), -(-(2 ** 63)), ~(2 ** 63), ~-(2 ** 63))
print(-big // 3, -big % 7)
print(abs(-big) == big)
print(2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
try:
    -"str"
except TypeError as e:
    print(repr(e))
try:
    ~1.5
except TypeError as e:
    print(repr(e))
try:
    +[]
except TypeError as e:
    print(repr(e))
