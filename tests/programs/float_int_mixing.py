# Checks: int/float mixing, big ints to float, equality of numeric hashes, overflow on conversion.
print(float(10 ** 20), float(2 ** 53 + 1), float(-(2 ** 63)))
print(10 ** 20 / 10, 10 ** 30 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(1 / 3 + 2, 2 ** 0.5 * 2 ** 0.5)
print(hash(1.0) == hash(1), hash(0.0) == hash(0) == hash(False), hash(True) == hash(1.0))
print(hash(2.0 ** 70) == hash(2 ** 70))
d = {1: 'int'}
d[1.0] = 'float'
print(d)
try:
    float(10 ** 400)
except OverflowError as e:
    print(repr(e))
try:
    10 ** 400 / 3
except OverflowError as e:
    print(repr(e))
try:
    1.5 + 10 ** 400
except OverflowError as e:
    print(repr(e))
print(10 ** 400 / 10 ** 399, 10 ** 400 // 10 ** 399)
print(3 * 1.5, 3 // 1.5, 3 % 1.5, 7 % 2.5)
print(1 == 1.0000000000000002, 1 == 1.00000000000000001)
