# math: ValueError "math domain error", OverflowError "math range error", TypeErrors and argument errors, as CPython words them
import math

tests = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1.5)", "math.log(0.0, 2)", "math.log(2, 1)", "math.log(2, 0)", "math.log(-(10**400))",
    "math.log2(0)", "math.log10(-2)", "math.log1p(-1)", "math.acos(2)", "math.asin(-1.5)", "math.acosh(0.5)", "math.atanh(1)",
    "math.exp(1000)", "math.exp2(1024)", "math.expm1(710)", "math.cosh(800)", "math.sinh(-800)", "math.pow(10, 400)",
    "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(-0.0, -3)", "math.ldexp(1, 1024)", "math.ldexp(1.5, 10**30)", "math.sin(math.inf)",
    "math.tan(-math.inf)", "math.fmod(1, 0)", "math.fmod(math.inf, 2)", "math.remainder(2, 0)", "math.gamma(0)", "math.gamma(-2)",
    "math.gamma(172)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-4)", "math.lgamma(1e308)",
    "math.sqrt(10**400)", "math.exp(10**400)", "math.floor(math.inf)", "math.ceil(math.nan)", "math.trunc(-math.inf)",
    "math.factorial(-1)", "math.factorial(2.0)", "math.factorial(2**64)", "math.comb(-1, 2)", "math.comb(5, -2)", "math.perm(3, -1)",
    "math.comb(2**70, 2**65)", "math.perm(2**70, 2**65)", "math.isqrt(-4)", "math.isqrt(4.0)", "math.gcd(1.5)", "math.lcm(2, 'x')",
    "math.fsum([1e308, 1e308])", "math.dist([1, 2], [1])", "math.dist(1, 2)", "math.isclose(1, 2, rel_tol=-1)",
    "math.sqrt('4')", "math.floor('x')", "math.trunc('x')", "math.ceil(None)", "math.hypot(3, '4')", "math.ldexp(1, 2.0)",
    "math.ldexp('1', 2)", "math.prod(5)", "math.fsum(5)", "math.frexp([])", "math.isnan(None)",
    "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=4)", "math.pow(2)", "math.pow(1, 2, 3)", "math.log()", "math.log(1, 2, 3)",
    "math.log(x=2)", "math.atan2(1)", "math.hypot(x=1)", "math.gcd(a=1)", "math.perm()", "math.comb(1, 2, 3)", "math.isclose(1)",
    "math.isclose(1, 2, 3)", "math.isclose(1, 2, tol=3)", "math.prod()", "math.prod([1], 2)", "math.prod([1], begin=2)",
    "math.floor()", "math.fsum()", "math.factorial(5, 6)", "math.nextafter(1)", "math.fmod(x=1)", "math.ulp()",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__ + ':', e)
