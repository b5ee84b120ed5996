# Checks: chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(3) > v(2) == v(2) >= v(1) != v(5), calls)
calls.clear()
print(v(1) == v(1) == v(2) == v(2), calls)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0)
c = "c"
print(1 < 2 in [2], 1 < 3 not in [2], "a" < "b" < c is not None)
a = [1]
b = a
print(a is b is a, a is b is not None, [] is not [])
print(2 < 3 < 2 < 1000, 10 > 5 > 1 > 0 > -1)
