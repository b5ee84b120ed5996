# Checks: memoised Fibonacci with a dict (global and passed-in memo), big results.
memo = {0: 0, 1: 1}
def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print([fib(i) for i in range(15)])
print(fib(100))
print(fib(300))
print(len(memo))

def ways(n, coins, cache):
    key = (n, len(coins))
    if key in cache:
        return cache[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins, cache) + ways(n, coins[1:], cache)
    cache[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1], {}))
print(ways(300, [200, 100, 50, 20, 10, 5, 2, 1], {}))
