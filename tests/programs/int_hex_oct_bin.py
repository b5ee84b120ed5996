# Checks: hex(), oct(), bin() of zero, positives, negatives and big ints.
for v in (0, 1, 7, 255, -1, -255, 2 ** 64, -(2 ** 64), 2 ** 100 + 255, True):
    print(hex(v), oct(v), bin(v))
print(int(hex(123456789), 16), int(oct(-99), 8), int(bin(1000), 2))
print(int(hex(-(2 ** 90)), 0) == -(2 ** 90))
try:
    hex(1.5)
except TypeError as e:
    print(repr(e))
