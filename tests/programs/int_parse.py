# Checks: int() from strings with whitespace, signs, bases, prefixes, underscores, and its errors.
print(int('42'), int(' 42 '), int('\t-7\n'), int('+13'))
print(int('0x1f', 16), int('1f', 16), int('0X1F', 0), int('0o17', 0), int('0b101', 0))
print(int('ff', 16), int('777', 8), int('z', 36), int('ZZ', 36), int('101', 2))
print(int('10', 0), int('-0x10', 0), int('1_000_000'), int('0_7', 8))
print(int('123456789012345678901234567890'))
print(int('-99999999999999999999'))
print(int(), int(5), int(True), int('0'))
for args in [('x',), ('',), ('12', 1), ('0x1f',), ('1.5',), ('12', 37), ('9', 8), ('1__0',), ('010', 0)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(repr(e))
try:
    int(None)
except TypeError as e:
    print(repr(e))
try:
    int([1])
except TypeError as e:
    print(repr(e))
try:
    int(5, 10)
except TypeError as e:
    print(repr(e))
