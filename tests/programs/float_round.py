# Checks: round() with 0, 1 and 2 arguments: banker's rounding and correctly rounded decimals.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001):
    print(v, round(v), type(round(v)))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(2.5, 0), round(-2.5, 0), type(round(2.5, 0)))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1))
print(round(5), round(15, -1), round(25, -1), round(-25, -1), round(125, -1))
print(round(123456, -3), type(round(123456, -3)))
print(round(1 / 3, 5), round(2 / 3, 3))
print(round(1e20), round(1.5e16))
print(round(0.1 + 0.2, 15), round(3.14159, 3))
try:
    round(float('inf'))
except OverflowError as e:
    print(repr(e))
try:
    round(float('nan'))
except ValueError as e:
    print(repr(e))
print(round(float('inf'), 2), round(7, 2))
