# Checks: CPython's exact TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
def k(x, /, y):
    return 0
def many(a, b, c):
    return 0
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: many(1),
    lambda: f(1, 2, 3),
    lambda: h(1),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: k(x=1, y=2),
    lambda: g(b=1, c=2),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(repr(e))
