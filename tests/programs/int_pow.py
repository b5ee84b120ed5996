# Checks: ** with negative exponents (float result), zero bases, big exponents, pow with modulus.
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -1, (-2) ** 3, (-2) ** 2)
print(type(2 ** -1), type(2 ** 10))
print(0 ** 5, 0 ** 0, (-1) ** 1001)
print(2 ** 200)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, 0, 13), pow(7, 1, 1))
print(pow(3, -1, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(repr(e))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(repr(e))
