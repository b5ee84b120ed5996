# Checks: float comparisons, sorting floats mixed with ints, min/max, equality with ints.
vals = [3, 2.5, -1, 0.0, -0.5, 2, 10 ** 20, 1e19, True]
print(sorted(vals))
print(max(vals), min(vals))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0 in [1, 2], 2 in [1.0, 2.0], [1, 2.0] == [1.0, 2])
print((1, 2.5) < (1, 3), 1e-320 > 0, 5e-324 / 2)
print(float(2 ** 53) == 2 ** 53 + 1, 2 ** 53 + 1 > float(2 ** 53))
print(-0.0 == 0, 0.5 < True)
