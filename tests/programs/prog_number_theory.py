# Checks: prime factorisation, divisors, perfect numbers, base conversion, digit sums.
def factorize(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in (2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1):
    print(n, factorize(n))
def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]
print([n for n in range(2, 500) if sum(divisors(n)) == 2 * n], divisors(8128)[-3:])
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n, b in ((255, 2), (255, 16), (-255, 8), (2 ** 64, 36), (0, 7), (123456789, 36)):
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(sum([int(c) for c in str(2 ** 1000)]))
