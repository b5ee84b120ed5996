# A memoize decorator with a dict cache; cache statistics; unhashable arguments.
def memoize(f):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        r = cache[args] = f(*args)
        return r
    wrapper.stats = stats
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.stats, len(fib.cache))
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.stats)
@memoize
def total(xs):
    return sum(xs)
print(total((1, 2, 3)), total((1, 2, 3)), total.stats)
try:
    total([1, 2])
except TypeError as e:
    print("TypeError:", e)
