# Stress: the int/str conversion limit (4300 digits by default, sys.set_int_max_str_digits):
# the exact messages, the boundary, bases that are exempt, raising and removing the limit,
# and huge conversions once it is removed.
import sys

def attempt(name, fn):
    try:
        r = fn()
        print(name, "->", r if not isinstance(r, str) or len(r) < 60 else "str of %d" % len(r))
    except ValueError as e:
        print(name, "ValueError:", e)

print("default", sys.get_int_max_str_digits())
attempt("int(4300 digits)", lambda: int("7" * 4300) % 1000)
attempt("int(4301 digits)", lambda: int("7" * 4301))
attempt("int(' +4301 ')", lambda: int("  +" + "1" * 4301 + " "))
attempt("int(underscores)", lambda: int("1_" * 2200 + "1") % 10)
attempt("int(4301 digits, base 7)", lambda: int("6" * 4301, 7))
attempt("int(10000 digits, base 16)", lambda: int("f" * 10000, 16) % 1000)
attempt("int(10000 digits, base 2)", lambda: int("1" * 10000, 2) % 1000)
attempt("str(10**4299)", lambda: len(str(10 ** 4299)))
attempt("str(10**4300)", lambda: str(10 ** 4300))
attempt("repr(-10**4300)", lambda: repr(-10 ** 4300))
attempt("f-string", lambda: f"{10 ** 5000}")
attempt("print", lambda: print(10 ** 5000))
attempt("hex(10**5000)", lambda: len(hex(10 ** 5000)))
attempt("bin(10**5000)", lambda: len(bin(10 ** 5000)))
attempt("float(4301 digits)", lambda: float("1" * 4301) > 1e300)

for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("set", bad, "ValueError:", e)
sys.set_int_max_str_digits(640)
print("now", sys.get_int_max_str_digits())
attempt("int(641 digits)", lambda: int("1" * 641))
attempt("str(10**640)", lambda: str(10 ** 640))
sys.set_int_max_str_digits(maxdigits=5000)
attempt("int(5000 digits)", lambda: int("1" * 5000) % 7)
sys.set_int_max_str_digits(0)
print("unlimited", sys.get_int_max_str_digits())
attempt("int(200000 digits)", lambda: int("9" * 200000) % 1000)
attempt("str(7**200000)", lambda: len(str(7 ** 200000)))
attempt("round trip", lambda: int(str(3 ** 100000)) == 3 ** 100000)
sys.set_int_max_str_digits(4300)
attempt("back to 4300", lambda: str(10 ** 4300))
