# Checks: << and >> on small, negative and big ints, and the negative-shift error.
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 70)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100, -5 >> 1)
print((1 << 200) >> 198)
print(((1 << 100) + 12345) >> 100)
print(-(1 << 100) >> 99)
print(0 << 1000, 0 >> 5)
print(3 << 61, 3 << 62)
try:
    1 << -1
except ValueError as e:
    print(repr(e))
try:
    1 >> -1
except ValueError as e:
    print(repr(e))
x = 1
for i in range(5):
    x <<= 20
print(x)
