# Checks: integer division and modulo signs satisfy a == (a // b) * b + a % b for all signs.
ok = True
for a in range(-7, 8):
    for b in (-3, -2, -1, 1, 2, 3):
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            ok = False
            print("bad", a, b, q, r)
print("identity holds:", ok)
print(-7 // 3, -7 % 3, 7 // -3, 7 % -3, -7 // -3, -7 % -3)
print(int(-7 / 3), -7 // 3, round(-7 / 3))
print(-1 // 2, 1 // -2, -1 % 2, 1 % -2)
print((-2 ** 70) // 3, (-2 ** 70) % 3)
