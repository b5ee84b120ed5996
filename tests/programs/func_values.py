# Checks: functions are values: stored in lists and dicts, passed and returned, compared by identity.
def double(x):
    return x * 2
def inc(x):
    return x + 1
def neg(x):
    return -x
pipeline = [double, inc, neg]
v = 5
for fn in pipeline:
    v = fn(v)
print(v)
table = {"double": double, "inc": inc}
print(table["double"](21), table["inc"](41))
def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(inc, 5, 0))
alias = double
print(alias is double, alias == double, double is inc, alias(4))
print(type(double), type(lambda: 0))
def pick(name):
    if name == "d":
        return double
    return neg
print(pick("d")(3), pick("n")(3))
handlers = []
for f in (double, inc):
    handlers.append(f)
print([h(10) for h in handlers])
print(sorted([3, -1, 2], key=neg))
