# Checks: int() truncates floats toward zero; conversion of big floats; inf/nan errors.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0))
print(int(1e20), int(-1e20), int(2.0 ** 70))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(int(123456789.987))
try:
    int(float('inf'))
except OverflowError as e:
    print(repr(e))
try:
    int(float('-inf'))
except OverflowError as e:
    print(repr(e))
try:
    int(float('nan'))
except ValueError as e:
    print(repr(e))
print(int(True) + int(False))
