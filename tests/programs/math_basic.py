# math: constants and the elementary functions (exp, logs, powers, trig, hyperbolic) on typical values
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi)
for x in [0.0, 0.5, 1, 2, 3.75, 10, 100.25]:
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x), math.cbrt(x), math.exp2(x))
for x in [0.001, 0.5, 1, 2, math.e, 10, 1024, 1e300]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3), math.log(x, 0.5))
for a, b in [(2, 10), (2, 0.5), (10, -2), (-8, 3), (1.5, 2.5), (0, 0), (4, 0.5), (-2, -3)]:
    print(a, b, math.pow(a, b))
for x in [0, 0.25, -0.5, 1, math.pi / 3, math.pi, -2.5, 10]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1, -0.5, 0, 0.3, 1]:
    print(x, math.asin(x), math.acos(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (2, 0), (math.inf, math.inf)]:
    print(y, x, math.atan2(y, x))
for x in [-3, -0.5, 0, 0.5, 2, 10]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1), math.acosh(2.5), math.atanh(0), math.atanh(-0.75))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.sqrt(True), math.exp(False), math.log(True), math.log(7, True + True))
