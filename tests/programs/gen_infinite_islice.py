# Infinite generators taken with manual islice-like helpers.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(5, naturals()), take(3, naturals(10)))
print(list(islice(fib(), 10, 15)))
print(take(10, primes()))
print(next(x for x in fib() if x > 1000))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens), take(2, evens))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("ab")))
