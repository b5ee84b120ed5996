# Checks: an uncaught failed assert with a message: AssertionError traceback.
def check_positive(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n

print(check_positive(3))
check_positive(-2)
