# Checks: the sieve of Eratosthenes with boolean lists and slice assignment.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]

p = sieve(100)
print(p)
print(len(sieve(10000)), sieve(10000)[-5:])
twins = [(a, a + 2) for a in p if a + 2 in p]
print(twins)
print(sum(sieve(1000)))
