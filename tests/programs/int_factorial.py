# Checks: factorial(50) and friends, computed iteratively and recursively with big ints.
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

print(fact_iter(20))
print(fact_iter(21))
print(fact_iter(50))
print(fact_rec(50) == fact_iter(50))
print(fact_iter(100))
print(fact_iter(100) // fact_iter(98))
print(-fact_iter(30))
n = fact_iter(25)
zeros = 0
while n % 10 == 0:
    n //= 10
    zeros += 1
print("trailing zeros of 25!:", zeros)
