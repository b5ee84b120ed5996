# Checks: // and % signs for every sign combination, small and big.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
big = 10 ** 30 + 7
for b in (3, -3, 10 ** 15, -(10 ** 15)):
    print(big // b, big % b)
    print(-big // b, -big % b)
print((big // 3) * 3 + big % 3 == big)
print(-1 // 10 ** 20, -1 % 10 ** 20)
print(5 % 1, -5 % 1)
