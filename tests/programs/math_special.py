# math: gamma, lgamma, erf, erfc (CPython's own Lanczos algorithm), nextafter, ulp, isfinite/isinf/isnan, logs of huge ints
import math

for x in [0.5, 1, 1.5, 2, 3, 4.5, 5, 6, 10, 22, 23, 24, 30.5, 100.1, 141, 150.25, 170.5, -0.5, -1.5, -2.25, -150.5, -190.5, 1e-10, -1e-25]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1e10), math.lgamma(-1e-30), math.lgamma(-3.5), math.lgamma(math.inf), math.gamma(math.inf))
for x in [-3, -1, -0.5, 0, 0.1, 0.5, 1, 2, 3.5, 6, 30]:
    print(x, math.erf(x), math.erfc(x))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(-0.0, -1), math.nextafter(5, 5))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0))
print(math.ulp(1), math.ulp(-1), math.ulp(0.0), math.ulp(1e300), math.ulp(2**52), math.ulp(1.7976931348623157e308), math.ulp(math.inf), math.ulp(math.nan))
for x in [0, 1.5, -0.0, math.inf, -math.inf, math.nan, 10**300]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
big = 10**400
print(math.log(big), math.log10(big), math.log2(2**5000), math.log(big, 10), math.log(2**1024), math.log(3**2000, 3))
print(math.log(2**1023), math.log(2**1024 - 1), math.log2(2**1024 + 1), math.log10(10**309 + 7))
print(math.log(10, big), math.log(big, big), math.log1p(1e-20), math.expm1(1e-20), math.exp(-1000), math.exp(709))
