# Checks: converting an int with more than 4300 decimal digits to str raises ValueError (CPython 3.11 limit).
n = 10 ** 4299
print(len(str(n)))
big = 10 ** 5000
try:
    s = str(big)
    print("no error", len(s))
except ValueError as e:
    print(repr(e))
try:
    print(big)
except ValueError as e:
    print("print:", e)
try:
    int('1' * 5000)
except ValueError as e:
    print(repr(e))
print(len(hex(big)) > 4000)
