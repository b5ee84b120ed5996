# Checks: calling values that are not callable gives "'T' object is not callable".
for v in [1, "str", [1], (1,), {"a": 1}, None, 2.5, True]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
x = 5
try:
    x(1, 2)
except TypeError as e:
    print(repr(e))
fns = [len, 3]
for fn in fns:
    try:
        print(fn("abc"))
    except TypeError as e:
        print(repr(e))
