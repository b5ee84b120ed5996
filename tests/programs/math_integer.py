# math: exact integer functions: factorial, gcd, lcm, comb, perm, isqrt, prod, also on big ints
import math

print([math.factorial(n) for n in range(12)])
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(True), math.factorial(0))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**200 * 3, 2**150 * 9), math.gcd(10**40 + 1, 10**20 + 1))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(3, 0, 5), math.lcm(2**70, 3**40))
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(6), math.perm(6, None))
print(math.comb(100, 50), math.perm(30, 10), math.comb(2**64, 3), math.perm(2**70, 2))
print(math.comb(10**6, 2), math.comb(60, 30), math.comb(67, 33), math.comb(1000, 998))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**12, 10**12 - 1]])
print(math.isqrt(10**100), math.isqrt(2**201 + 12345), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([2, 3], start=10))
print(math.prod([2**40, 2**40, 2**40]), math.prod(['ab', 3]), math.prod([3, 'ab']), math.prod((1.5,), start=2))
print(math.prod(x for x in [1, 2, 3]), math.prod([True, True]), math.prod([], start='s'))
for n in [5, 2**61, 2**70]:
    print(n, math.factorial(min(n, 30)), math.isqrt(n), math.gcd(n, 30), math.lcm(n, 30))
