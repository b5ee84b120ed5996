# two arguments without a comma, nested
def f(a, b):
    return max(a b)
