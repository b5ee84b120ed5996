# Checks: big Fibonacci numbers by iteration and fast doubling; digit counts; int/str conversions.
def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)
print(fib_iter(100), fib_fast(100)[0])
f1000 = fib_iter(1000)
print(f1000 == fib_fast(1000)[0], len(str(f1000)), str(f1000)[:15])
n = 1
while len(str(fib_iter(n))) < 100:
    n += 1
print("first 100-digit Fibonacci index:", n)
print(fib_fast(10000)[0] % 1000000007)
