# Checks: float arithmetic and mixing with ints; results printed via repr.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a ** b)
print(a + 1, 1 + a, a * 2, 3 / 2, 3 * 0.1, 0.1 * 3)
print(2 ** 0.5, 10 ** -2, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2.0, 2.0 ** -3)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, round(s, 10) == 1.0)
print(1e300 * 1e-300, 1.1 * 1.1, 0.1 + 0.7)
print(-7.0 / 2, 7 / -2.0, -(3.5))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]))
print(type(1 + 1.0), type(2 * 3.0), type(1.0 // 1))
