# Checks: repr/str of floats is the shortest string that round-trips.
vals = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 1e22, 1e21,
        123456789.123, -0.0, 0.0, 2.5e-7, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 100.0, 1.5, -1.25, 3.141592653589793,
        123456789012345680.0, 0.3, 9007199254740993.0, 1e100, 12345.6789e-10]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(repr(float('inf')), repr(-float('inf')), repr(float('nan')))
print([0.1, 0.5, -0.0])
print(1.0, 10.0, 1e6, 1e7, 1.0e-3)
