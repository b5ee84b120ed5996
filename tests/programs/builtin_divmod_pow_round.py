# Checks: divmod, pow (2 and 3 arguments) and round on ints and floats, including negatives.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2.0, 3), pow(4, 0.5), pow(-8, 3), pow(2, -2), pow(10, 30))
print(pow(5, 3, 13), pow(123456789, 987654321, 1000000007), pow(-2, 5, 7), pow(2, 10 ** 20, 97))
print(round(3.14159), round(3.14159, 2), round(-3.5), round(4.5), round(0.5), round(1.5))
print(round(12345, -2), round(12355, -1), round(12345.6789, -2), round(7, 0))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(repr(e))
try:
    divmod("a", 1)
except TypeError as e:
    print(repr(e))
