# Checks: & | ^ ~ with negatives and big ints (two's complement semantics).
vals = [0, 1, -1, 12, -12, 255, 2 ** 70, -(2 ** 70), 2 ** 70 - 1]
for v in vals:
    print(v, ~v)
print(12 & 10, 12 | 10, 12 ^ 10)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
big = 2 ** 70 + 5
print(big & 7, big | 2, big ^ big, big & -big)
print(-big & 0xff, -big | 1, -big ^ -1)
print((2 ** 100 - 1) & (2 ** 64 + 3))
print(True & False, True | False, True ^ True, ~True)
print(type(True & True), type(True & 1))
