# Checks: integer algorithms mixing big and small values: Euclid's gcd, lcm, Collatz lengths.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
r = 1
for i in range(1, 41):
    r = lcm(r, i)
print(r)

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz(n)
    if c > best:
        best, best_n = c, n
print(best_n, best)
print(collatz(2 ** 100 + 1))
