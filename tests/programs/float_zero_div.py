# Checks: division by zero messages for floats and ints, and 0.0 ** negative.
tests = [
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 1 / 0,
    lambda: 0.0 ** -1,
    lambda: 0 ** -1.5,
    lambda: 5 // 0,
    lambda: 5 % 0,
]
for t in tests:
    try:
        print(t())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(0.0 / 1, -0.0 / 1, 0.0 ** 0)
