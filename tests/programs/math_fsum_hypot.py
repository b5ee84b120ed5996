# math: exactly rounded fsum (Shewchuk), hypot and dist with many coordinates, isclose
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 1e-16, 1e16]), math.fsum([1e16, 1., 1e-16]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([1, 2, 3]), math.fsum(range(1000)))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum(x / 7 for x in range(1, 100)))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), 0.3 + 0.3 + 0.3 - 0.9)
vals = [(i * 0.37) % 1.9 - 0.8 for i in range(200)]
print(math.fsum(vals), sum(vals))
for bad in [[1e308, 1e308], [math.inf, -math.inf], [1, 'x']]:
    try:
        print(math.fsum(bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.hypot(), math.hypot(-7), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 3), math.hypot(*range(10)))
print(math.hypot(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((), ()), math.dist(range(5), [2.5] * 5))
for a, b in [(1, 1 + 1e-10), (1, 1.0001), (0, 1e-12), (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (-0.0, 0.0)]:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-3), math.isclose(a, b, abs_tol=1e-11))
print(math.isclose(a=1, b=1.05, rel_tol=0.1), math.isclose(100, 101, abs_tol=1))
