# Checks: // and % on floats with negative operands, divmod on floats.
for a in (7.5, -7.5):
    for b in (2, -2, 2.5, -2.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(5.0 % 1, -5.5 % 1, 1e20 % 3.0)
print(-0.0 // 1, 0.0 % -1, -1e-20 % 1.0)
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
