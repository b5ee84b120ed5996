# Checks: float() from strings with whitespace, underscores, exponents, specials, and errors.
print(float('  1.5 '), float('1_000.5'), float('-2'), float('+.5'), float('1.'))
print(float('1e3'), float('1E-3'), float('-1.5e+2'), float('\t42\n'))
print(float('inf'), float('-Infinity'), float('nan'))
print(float(3), float(-7), float(True), float(2 ** 60), float(10 ** 20))
print(float(), float(1.25))
print(float('0.1') == 0.1, float('123456789.123'))
for s in ('abc', '', '1.5.2', '1_', '_1', '1e', 'in f', '0x10'):
    try:
        print(float(s))
    except ValueError as e:
        print(repr(e))
try:
    float([])
except TypeError as e:
    print(repr(e))
