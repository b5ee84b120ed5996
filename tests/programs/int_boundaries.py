# Checks: results crossing the 64-bit machine-word boundaries (small/big int transitions).
M = 2 ** 63 - 1
m = -2 ** 63
print(M, m)
print(M + 1, m - 1, M * 2, m * 2, m * -1, -m)
print(m // -1, m % -1, abs(m))
print((M + 1) - 1 == M, type(M + 1 - 1))
print(2 ** 62 + 2 ** 62, 2 ** 62 * 2, -2 ** 62 - 2 ** 62)
print(4611686018427387904 - 1, -4611686018427387904 - 1)
print(3037000500 * 3037000500, -3037000500 * 3037000500)
x = 1
steps = 0
while x < 2 ** 80:
    x *= 3
    steps += 1
print(x, steps)
while x > 1:
    x //= 3
print(x)
print(sum([M, M, M]) - 3 * M)
print(hash(M + 1 - 1) == hash(M))
