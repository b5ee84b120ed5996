# Checks: hash() of ints, floats and bools (numeric hash equality), id() identity comparisons.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(1.0), hash(0.5), hash(1.5), hash(-0.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(-(2 ** 100)), hash(float("inf")), hash(float("-inf")))
print(hash(10 ** 20) == hash(float(10 ** 20)), hash(3) == hash(3.0), hash(2 ** 62) == hash(float(2 ** 62)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
x = "text"
print(id(x) == id(x))
try:
    hash({})
except TypeError as e:
    print(repr(e))
