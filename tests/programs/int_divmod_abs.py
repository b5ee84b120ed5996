# Checks: divmod and abs for ints of both signs and sizes, and division by zero errors.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(2 ** 80, 3), divmod(-(2 ** 80), 7))
print(abs(0), abs(-5), abs(5), abs(-(2 ** 100)), abs(True))
print(abs(-9223372036854775808))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
for op in ("//", "%", "divmod", "/"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            1 % 0
        elif op == "divmod":
            divmod(1, 0)
        else:
            1 / 0
    except ZeroDivisionError as e:
        print(op, repr(e))
try:
    (2 ** 100) // 0
except ZeroDivisionError as e:
    print(e)
