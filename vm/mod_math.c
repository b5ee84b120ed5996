// SPDX-License-Identifier: MIT
/**
 * @file mod_math.c
 * @brief The math module, as CPython 3.11's: the C library's functions with
 *        CPython's error rules, exact integer functions, and CPython's own
 *        algorithms wherever its results are not just libm's.
 *
 * Error rules (CPython's "spirit of 754"): a NaN result from non-NaN
 * arguments is a ValueError "math domain error"; an infinite result from
 * finite arguments is an OverflowError "math range error" for functions
 * that can overflow (exp, cosh, ...) and a ValueError at a singularity
 * (log(0.0)); an underflow quietly gives a zero.
 *
 * Where CPython computes a result itself instead of calling libm, this file
 * follows the same method step by step, so that the bits agree:
 * gamma() and lgamma() (a Lanczos approximation with N=13, g=6.0246...),
 * fsum() (Shewchuk's exact partial sums with half-even rounding across the
 * partials), hypot() and dist() (scaled, compensated sum of squares with a
 * final correction of the square root), remainder(), pow()'s special
 * values, and the logarithm of ints too large for a double (the log of a
 * correctly rounded mantissa plus the exponent times log(2)).
 *
 * Integer functions (factorial, comb, perm, gcd, lcm, isqrt) are exact,
 * computed with GMP.
 */
#include "modules.h"

#include <errno.h>
#include <float.h>
#include <math.h>

#include "args.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- Converting arguments ---- */

/* The double of a float, int or object with __float__/__index__, as PyFloat_AsDouble. */
static int as_double(Value v, double *out)
{
    Type *t = TYPE_OF(v);
    if (type_is_subtype(t, &float_type)) {
        *out = FLOAT_AS_DOUBLE(v);
        return 0;
    }
    if (int_check(v))
        return int_as_double(v, out);
    if (t->to_float != NULL) {
        Value r = t->to_float(v);
        if (r == VNULL)
            return -1;
        if (!type_is_subtype(TYPE_OF(r), &float_type)) {
            exc_raise(&exc_TypeError, "%s.__float__ returned non-float (type %T)", t->name, r);
            decref(r);
            return -1;
        }
        *out = FLOAT_AS_DOUBLE(r);
        decref(r);
        return 0;
    }
    if (t->to_index != NULL) {
        Value i = obj_index(v);
        if (i == VNULL)
            return -1;
        int rc = int_as_double(i, out);
        decref(i);
        return rc;
    }
    exc_raise(&exc_TypeError, "must be real number, not %T", v);
    return -1;
}

/* "math.NAME() takes no keyword arguments", as CPython's calling machinery says. */
static int no_kw(const char *name, Value kwnames)
{
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0) {
        exc_raise(&exc_TypeError, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* Argument check of a one-argument function (CPython's METH_O). */
static int one_arg(const char *name, size_t nargs, Value kwnames)
{
    if (no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        exc_raise(&exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* Argument check of a positional-only function of min..max arguments. */
static int pos_args(const char *name, size_t nargs, Value kwnames, size_t min, size_t max)
{
    if (no_kw(name, kwnames) < 0)
        return -1;
    return args_count(name, nargs, min, max);
}

/* ---- Results ---- */

static Value domain_error(void)
{
    return exc_raise(&exc_ValueError, "math domain error");
}

static Value range_error(void)
{
    return exc_raise(&exc_OverflowError, "math range error");
}

/* The result of a computation that reported @p err as errno (CPython's is_error):
 * EDOM is a domain error, ERANGE an overflow unless the result is small (an underflow). */
static Value errno_result(double r, int err)
{
    if (err == EDOM)
        return domain_error();
    if (err == ERANGE && fabs(r) >= 1.5)
        return range_error();
    return float_new(r);
}

/* Apply a libm function with the rules of the file comment. */
static Value apply1(Value arg, double (*f)(double), bool can_overflow)
{
    double x;
    if (as_double(arg, &x) < 0)
        return VNULL;
    errno = 0;
    double r = f(x);
    int err = errno;
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && err != 0)
        return errno_result(r, err);
    return float_new(r);
}

/* Apply a function that sets errno itself (EDOM, ERANGE). */
static Value apply1_errno(Value arg, double (*f)(double))
{
    double x;
    if (as_double(arg, &x) < 0)
        return VNULL;
    errno = 0;
    double r = f(x);
    int err = errno;
    return err != 0 ? errno_result(r, err) : float_new(r);
}

/* Apply a two-argument function: NaN from non-NaNs is a domain error, inf from
 * finites a range error. */
static Value apply2(const char *name, const Value *args, size_t nargs, Value kwnames,
                    double (*f)(double, double))
{
    double x, y;
    if (pos_args(name, nargs, kwnames, 2, 2) < 0 || as_double(args[0], &x) < 0 ||
        as_double(args[1], &y) < 0)
        return VNULL;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return float_new(r);
}

/* ---- CPython's own versions of some functions ---- */

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* sin(pi*x) for finite x, accurate near integers (for the reflection formula). */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(pi * y);
        break;
    case 1:
        r = cos(pi * (y - 0.5));
        break;
    case 2:
        r = sin(pi * (1.0 - y)); /* not -sin(pi*(y-1.0)): that gives -0.0 at y == 1.0 */
        break;
    case 3:
        r = -cos(pi * (y - 1.5));
        break;
    default:
        r = sin(pi * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N=13, g=6.024680040776729583740234375 (Boost's
 * parameters), written as a rational function num(x)/den(x). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* The denominator x*(x+1)*...*(x+11) expanded. */
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

/* Lanczos' sum for x > 0; in powers of 1/x above 5 so that nothing overflows. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* Gamma: exact for small positive integers, Lanczos for the rest, reflection for x < 0.
 * Sets errno as libm would (EDOM at poles and -inf, ERANGE on overflow). */
static double gamma_fn(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) {
            double f = 1.0;
            for (int i = 2; i < (int)x; i++)
                f *= i;
            return f; /* (x-1)! is exact in a double up to 22! */
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    /* y = absx + g - 0.5 is rounded; z*r below corrects for the error of that sum. */
    double y = absx + lanczos_g_minus_half, z;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* log(abs(gamma(x))), by the same approximation. */
static double lgamma_fn(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20)
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double erf_fn(double x)
{
    return erf(x);
}

static double erfc_fn(double x)
{
    return erfc(x);
}

/* log1p keeping the sign of a zero argument. */
static double log1p_fn(double x)
{
    return x == 0.0 ? x : log1p(x);
}

/* IEEE remainder: x - n*y with n the integer nearest x/y, ties to even. Exact. */
static double remainder_fn(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0)
            return NAN;
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        /* Compare m with absy - m rather than with 0.5*absy, which may be inexact. */
        double c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else
            r = m - 2.0 * fmod(0.5 * (absx - m), absy); /* halfway: pick the even multiple */
        return copysign(1.0, x) * r;
    }
    if (isnan(x))
        return x;
    if (isnan(y))
        return y;
    if (isinf(x))
        return NAN;
    return x;
}

/* Logarithms with the special values handled first; errno EDOM for invalid arguments. */
static double log_fn(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double log2_fn(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log2(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

static double log10_fn(double x)
{
    if (isfinite(x)) {
        if (x > 0.0)
            return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0)
        return x;
    errno = EDOM;
    return NAN;
}

/* abs(v) of a positive int too large for a double as m * 2**e, m in [0.5, 1)
 * correctly rounded to 53 bits (half to even). */
static double big_frexp(Value v, int64_t *e)
{
    mpz_t z, q;
    mpz_init(z);
    mpz_init(q);
    int_to_mpz(v, z);
    mpz_abs(z, z);
    int64_t bits = (int64_t)mpz_sizeinbase(z, 2);
    /* Keep 55 bits and fold the rest into a sticky low bit: converting that
     * to double then rounds exactly as rounding the full value would. */
    mpz_fdiv_q_2exp(q, z, (mp_bitcnt_t)(bits - 55));
    if (mpz_scan1(z, 0) < (mp_bitcnt_t)(bits - 55))
        mpz_setbit(q, 0);
    double m = ldexp((double)mpz_get_ui(q), -55);
    mpz_clear(z);
    mpz_clear(q);
    if (m == 1.0) {
        m = 0.5;
        bits++;
    }
    *e = bits;
    return m;
}

/* log, log2 or log10 of an int or real, exact in range for huge ints. */
static Value log_helper(Value arg, double (*f)(double))
{
    if (int_check(arg)) {
        if (int_sign(arg) <= 0)
            return domain_error();
        double x;
        if (int_as_double(arg, &x) == 0)
            return float_new(f(x));
        if (!exc_matches(&exc_OverflowError))
            return VNULL;
        exc_clear();
        int64_t e;
        x = big_frexp(arg, &e);
        return float_new(f(x) + f(2.0) * (double)e);
    }
    return apply1(arg, f, false);
}

/* sqrt(sum of squares) of n values, all finite and at most max in size
 * (max is inf if one was infinite). Scaled by a power of two so nothing
 * overflows, each square split into exact parts (Veltkamp-Dekker) and
 * summed with compensation, and the square root corrected by one Newton
 * step; CPython's vector_norm, so the result is almost always correctly
 * rounded and bit-identical to CPython's. */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: divide by max instead. */
        for (size_t i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    double scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        double t = x * T27;
        double hi = t - (t - x);
        double lo = x - hi;
        double sq = hi * hi;
        double old = csum;
        csum += sq;
        frac1 += (old - csum) + sq;
        double cross = 2.0 * hi * lo;
        old = csum;
        csum += cross;
        frac2 += (old - csum) + cross;
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* Subtract h*h, split the same way, from the sum: what is left corrects h. */
    double t = h * T27;
    double hi = t - (t - h);
    double lo = h - hi;
    double x = -hi * hi;
    double old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* ---- One-argument functions ---- */

#define UNARY(pyname, fn, overflow)                                                                \
    static Value math_##pyname(Value self, const Value *args, size_t nargs, Value kwnames)         \
    {                                                                                              \
        return one_arg(#pyname, nargs, kwnames) < 0 ? VNULL : apply1(args[0], fn, overflow);      \
    }

UNARY(acos, acos, false)
UNARY(acosh, acosh, false)
UNARY(asin, asin, false)
UNARY(asinh, asinh, false)
UNARY(atan, atan, false)
UNARY(atanh, atanh, false)
UNARY(cbrt, cbrt, false)
UNARY(cos, cos, false)
UNARY(cosh, cosh, true)
UNARY(exp, exp, true)
UNARY(exp2, exp2, true)
UNARY(expm1, expm1, true)
UNARY(fabs, fabs, false)
UNARY(log1p, log1p_fn, false)
UNARY(sin, sin, false)
UNARY(sinh, sinh, true)
UNARY(sqrt, sqrt, false)
UNARY(tan, tan, false)
UNARY(tanh, tanh, false)
#undef UNARY

static Value math_erf(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("erf", nargs, kwnames) < 0 ? VNULL : apply1_errno(args[0], erf_fn);
}

static Value math_erfc(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("erfc", nargs, kwnames) < 0 ? VNULL : apply1_errno(args[0], erfc_fn);
}

static Value math_gamma(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("gamma", nargs, kwnames) < 0 ? VNULL : apply1_errno(args[0], gamma_fn);
}

static Value math_lgamma(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("lgamma", nargs, kwnames) < 0 ? VNULL : apply1_errno(args[0], lgamma_fn);
}

static Value math_log2(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("log2", nargs, kwnames) < 0 ? VNULL : log_helper(args[0], log2_fn);
}

static Value math_log10(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("log10", nargs, kwnames) < 0 ? VNULL : log_helper(args[0], log10_fn);
}

static Value math_log(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("log", kwnames) < 0)
        return VNULL;
    if (nargs < 1 || nargs > 2)
        return exc_raise(&exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = log_helper(args[0], log_fn);
    if (num == VNULL || nargs == 1)
        return num;
    Value den = log_helper(args[1], log_fn);
    if (den == VNULL) {
        decref(num);
        return VNULL;
    }
    double n = FLOAT_AS_DOUBLE(num), d = FLOAT_AS_DOUBLE(den);
    decref(num);
    decref(den);
    if (d == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float division by zero");
    return float_new(n / d);
}

/* Call the special method @p name of v's type (v.__floor__()); *found false if it has none. */
static Value call_special(Value v, const char *name, bool *found)
{
    *found = false;
    Value n = str_intern_cstr(name);
    if (n == VNULL)
        return VNULL;
    Value d = type_lookup(TYPE_OF(v), n);
    if (d == VNULL)
        return VNULL;
    *found = true;
    Type *dt = TYPE_OF(d);
    Value bound = dt->descr_get != NULL ? dt->descr_get(d, v, OBJ_VAL(TYPE_OF(v))) : newref(d);
    if (bound == VNULL)
        return VNULL;
    Value r = obj_call(bound, NULL, 0);
    decref(bound);
    return r;
}

/* floor and ceil: an exact float directly, else the type's __floor__/__ceil__, else via float. */
static Value round_to_int(Value arg, const char *dunder, double (*f)(double))
{
    double x;
    if (!float_check(arg)) {
        bool found;
        Value r = call_special(arg, dunder, &found);
        if (found || r != VNULL || exc_occurred())
            return r;
        if (as_double(arg, &x) < 0)
            return VNULL;
    } else {
        x = FLOAT_AS_DOUBLE(arg);
    }
    return int_from_double(f(x));
}

static Value math_floor(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("floor", nargs, kwnames) < 0 ? VNULL
                                                 : round_to_int(args[0], "__floor__", floor);
}

static Value math_ceil(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("ceil", nargs, kwnames) < 0 ? VNULL
                                                : round_to_int(args[0], "__ceil__", ceil);
}

static Value math_trunc(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (one_arg("trunc", nargs, kwnames) < 0)
        return VNULL;
    if (float_check(args[0]))
        return int_from_double(FLOAT_AS_DOUBLE(args[0]));
    bool found;
    Value r = call_special(args[0], "__trunc__", &found);
    if (!found && !exc_occurred())
        exc_raise(&exc_TypeError, "type %s doesn't define __trunc__ method",
                  TYPE_OF(args[0])->name);
    return r;
}

static Value math_degrees(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("degrees", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    return float_new(x * (180.0 / 3.14159265358979323846));
}

static Value math_radians(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("radians", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    return float_new(x * (3.14159265358979323846 / 180.0));
}

static Value math_isfinite(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("isfinite", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    return newref(BOOL_VAL(isfinite(x)));
}

static Value math_isinf(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("isinf", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    return newref(BOOL_VAL(isinf(x)));
}

static Value math_isnan(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("isnan", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    return newref(BOOL_VAL(isnan(x)));
}

static Value math_frexp(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("frexp", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    int e = 0;
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    Value m = float_new(x);
    if (m == VNULL)
        return VNULL;
    Value r = tuple_pack(2, m, SMALLINT_VAL(e));
    decref(m);
    return r;
}

static Value pack_floats(double a, double b)
{
    Value x = float_new(a), y = float_new(b), r = VNULL;
    if (x != VNULL && y != VNULL)
        r = tuple_pack(2, x, y);
    xdecref(x);
    xdecref(y);
    return r;
}

static Value math_modf(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x, ip;
    if (one_arg("modf", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    if (isinf(x))
        return pack_floats(copysign(0.0, x), x);
    if (isnan(x))
        return pack_floats(x, x);
    double fp = modf(x, &ip);
    return pack_floats(fp, ip);
}

static Value math_ulp(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x;
    if (one_arg("ulp", nargs, kwnames) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    if (isnan(x))
        return float_new(x);
    x = fabs(x);
    if (isinf(x))
        return float_new(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) /* x is the largest finite double */
        return float_new(x - nextafter(x, -HUGE_VAL));
    return float_new(up - x);
}

/* ---- Two-argument functions ---- */

static Value math_atan2(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return apply2("atan2", args, nargs, kwnames, atan2);
}

static Value math_copysign(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return apply2("copysign", args, nargs, kwnames, copysign);
}

static Value math_remainder(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return apply2("remainder", args, nargs, kwnames, remainder_fn);
}

static Value math_nextafter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x, y;
    if (pos_args("nextafter", nargs, kwnames, 2, 2) < 0 || as_double(args[0], &x) < 0 ||
        as_double(args[1], &y) < 0)
        return VNULL;
    return float_new(nextafter(x, y));
}

static Value math_fmod(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x, y;
    if (pos_args("fmod", nargs, kwnames, 2, 2) < 0 || as_double(args[0], &x) < 0 ||
        as_double(args[1], &y) < 0)
        return VNULL;
    if (isinf(y) && isfinite(x))
        return float_new(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return float_new(r);
}

static Value math_pow(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x, y, r;
    if (pos_args("pow", nargs, kwnames, 2, 2) < 0 || as_double(args[0], &x) < 0 ||
        as_double(args[1], &y) < 0)
        return VNULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return float_new(r);
    }
    r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0.0 ? domain_error() : range_error();
    return float_new(r);
}

static Value math_ldexp(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x, r;
    if (pos_args("ldexp", nargs, kwnames, 2, 2) < 0 || as_double(args[0], &x) < 0)
        return VNULL;
    if (!int_check(args[1]))
        return exc_raise(&exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_as_i64(args[1], &e) < 0) {
        exc_clear();
        e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    }
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT32_MAX)
        return range_error();
    else if (e < INT32_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r))
            return range_error();
    }
    return float_new(r);
}

static Value math_isclose(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4];
    if (nargs > 2)
        return exc_raise(&exc_TypeError,
                         "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (args_parse("isclose", args, nargs, kwnames, params, 4, 2, 2, a) < 0)
        return VNULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (as_double(a[0], &x) < 0 || as_double(a[1], &y) < 0 ||
        (a[2] != VNULL && as_double(a[2], &rel_tol) < 0) ||
        (a[3] != VNULL && as_double(a[3], &abs_tol) < 0))
        return VNULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_raise(&exc_ValueError, "tolerances must be non-negative");
    if (x == y)
        return newref(TRUE_VAL);
    if (isinf(x) || isinf(y))
        return newref(FALSE_VAL);
    double diff = fabs(y - x);
    bool close = diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol;
    return newref(BOOL_VAL(close));
}

/* ---- Sums and norms ---- */

static Value math_fsum(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (one_arg("fsum", nargs, kwnames) < 0)
        return VNULL;
    Value it = obj_iter(args[0]);
    if (it == VNULL)
        return VNULL;
    /* p[0..n) are the partial sums: non-overlapping, increasing in magnitude, exact together. */
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof(double));
    double special_sum = 0.0, inf_sum = 0.0;
    Value result = VNULL;
    if (p == NULL) {
        decref(it);
        return exc_nomemory();
    }
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            if (exc_occurred())
                goto done;
            break;
        }
        double x;
        int rc = as_double(item, &x);
        decref(item);
        if (rc < 0)
            goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            volatile double hi = x + y;
            volatile double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* From an inf or nan summand, or from an intermediate overflow. */
                if (isfinite(xsave)) {
                    exc_raise(&exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = realloc(p, 2 * cap * sizeof(double));
                    if (np == NULL) {
                        exc_raise(&exc_MemoryError, "math.fsum partials");
                        goto done;
                    }
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            exc_raise(&exc_ValueError, "-inf + inf in fsum");
        else
            result = float_new(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        /* Add the partials from the top while the sum stays exact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            volatile double h = x + y;
            volatile double yr = h - x;
            hi = h;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* Round half-even across the partials: a tie in hi + lo is broken by
         * the sign of the next partial down. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            volatile double x = hi + y;
            volatile double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(hi);
done:
    free(p);
    decref(it);
    return result;
}

static Value math_hypot(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (no_kw("hypot", kwnames) < 0)
        return VNULL;
    double *v = malloc((nargs + 1) * sizeof(double));
    if (v == NULL)
        return exc_nomemory();
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (as_double(args[i], &x) < 0) {
            free(v);
            return VNULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, v, max, found_nan);
    free(v);
    return float_new(r);
}

static Value math_dist(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (pos_args("dist", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    Value p = tuple_check(args[0]) ? newref(args[0]) : tuple_from_iterable(args[0]);
    if (p == VNULL)
        return VNULL;
    Value q = tuple_check(args[1]) ? newref(args[1]) : tuple_from_iterable(args[1]);
    if (q == VNULL) {
        decref(p);
        return VNULL;
    }
    Value result = VNULL;
    size_t n = TUPLE_SIZE(p);
    double *diffs = NULL;
    if (TUPLE_SIZE(q) != n) {
        exc_raise(&exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    diffs = malloc((n + 1) * sizeof(double));
    if (diffs == NULL) {
        exc_nomemory();
        goto done;
    }
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (as_double(TUPLE_ITEMS(p)[i], &px) < 0 || as_double(TUPLE_ITEMS(q)[i], &qx) < 0)
            goto done;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    result = float_new(vector_norm(n, diffs, max, found_nan));
done:
    free(diffs);
    decref(p);
    decref(q);
    return result;
}

static Value math_prod(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {NULL, "start"};
    Value a[2];
    if (nargs != 1)
        return exc_raise(&exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                         nargs);
    if (args_parse("prod", args, nargs, kwnames, params, 2, 1, 1, a) < 0)
        return VNULL;
    Value it = obj_iter(a[0]);
    if (it == VNULL)
        return VNULL;
    Value result = a[1] != VNULL ? newref(a[1]) : SMALLINT_VAL(1);
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            if (exc_occurred())
                clearref(&result);
            break;
        }
        Value r = obj_binop(result, item, BINOP_MUL);
        decref(item);
        decref(result);
        result = r;
        if (r == VNULL)
            break;
    }
    decref(it);
    return result;
}

/* ---- Integer functions ---- */

/* factorial(n) for an int object already checked: n! exactly. */
static Value factorial_of(Value arg)
{
    Value n = obj_index(arg);
    if (n == VNULL)
        return VNULL;
    int64_t x;
    int rc = int_as_i64(n, &x);
    int sign = int_sign(n);
    decref(n);
    if (rc < 0) {
        exc_clear();
        if (sign > 0)
            return exc_raise(&exc_OverflowError,
                             "factorial() argument should not exceed 9223372036854775807");
        x = -1;
    }
    if (x < 0)
        return exc_raise(&exc_ValueError, "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)x);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

static Value math_factorial(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return one_arg("factorial", nargs, kwnames) < 0 ? VNULL : factorial_of(args[0]);
}

static Value math_isqrt(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (one_arg("isqrt", nargs, kwnames) < 0)
        return VNULL;
    Value n = obj_index(args[0]);
    if (n == VNULL)
        return VNULL;
    if (int_sign(n) < 0) {
        decref(n);
        return exc_raise(&exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    decref(n);
    mpz_sqrt(z, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* gcd (lcm == false) or lcm of any number of ints. */
static Value gcd_lcm(const char *name, const Value *args, size_t nargs, Value kwnames, bool lcm)
{
    if (no_kw(name, kwnames) < 0)
        return VNULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    Value r = VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value n = obj_index(args[i]);
        if (n == VNULL)
            goto done;
        int_to_mpz(n, x);
        decref(n);
        if (i == 0)
            mpz_abs(acc, x);
        else if (lcm)
            mpz_lcm(acc, acc, x); /* 0 if either is 0; always non-negative */
        else
            mpz_gcd(acc, acc, x);
    }
    r = int_from_mpz(acc);
done:
    mpz_clear(acc);
    mpz_clear(x);
    return r;
}

static Value math_gcd(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return gcd_lcm("gcd", args, nargs, kwnames, false);
}

static Value math_lcm(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return gcd_lcm("lcm", args, nargs, kwnames, true);
}

/* The two arguments of comb/perm as non-negative mpz values; -1 on error. */
static int comb_args(Value nv, Value kv, mpz_t n, mpz_t k)
{
    Value ni = obj_index(nv);
    if (ni == VNULL)
        return -1;
    Value ki = obj_index(kv);
    if (ki == VNULL) {
        decref(ni);
        return -1;
    }
    int_to_mpz(ni, n);
    int_to_mpz(ki, k);
    decref(ni);
    decref(ki);
    if (mpz_sgn(n) < 0) {
        exc_raise(&exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        exc_raise(&exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static Value math_comb(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (pos_args("comb", nargs, kwnames, 2, 2) < 0)
        return VNULL;
    mpz_t n, k, t;
    mpz_inits(n, k, t, NULL);
    Value r = VNULL;
    if (comb_args(args[0], args[1], n, k) < 0)
        goto done;
    mpz_sub(t, n, k);
    if (mpz_sgn(t) < 0) {
        r = SMALLINT_VAL(0);
        goto done;
    }
    if (mpz_cmp(t, k) < 0)
        mpz_set(k, t);
    if (!mpz_fits_slong_p(k)) {
        exc_raise(&exc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
        goto done;
    }
    mpz_bin_ui(t, n, mpz_get_ui(k));
    r = int_from_mpz(t);
done:
    mpz_clears(n, k, t, NULL);
    return r;
}

static Value math_perm(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (pos_args("perm", nargs, kwnames, 1, 2) < 0)
        return VNULL;
    if (nargs == 1 || args[1] == NONE_VAL)
        return factorial_of(args[0]);
    mpz_t n, k, t;
    mpz_inits(n, k, t, NULL);
    Value r = VNULL;
    if (comb_args(args[0], args[1], n, k) < 0)
        goto done;
    if (mpz_cmp(n, k) < 0) {
        r = SMALLINT_VAL(0);
        goto done;
    }
    if (!mpz_fits_slong_p(k)) {
        exc_raise(&exc_OverflowError, "k must not exceed 9223372036854775807");
        goto done;
    }
    /* n!/(n-k)! == comb(n, k) * k! */
    unsigned long kk = mpz_get_ui(k);
    mpz_bin_ui(t, n, kk);
    mpz_fac_ui(k, kk);
    mpz_mul(t, t, k);
    r = int_from_mpz(t);
done:
    mpz_clears(n, k, t, NULL);
    return r;
}

static const MethodDef math_functions[] = {
    {"acos", math_acos, METH_KEYWORDS, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, METH_KEYWORDS, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, METH_KEYWORDS, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, METH_KEYWORDS, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, METH_KEYWORDS, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, METH_KEYWORDS, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, METH_KEYWORDS, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, METH_KEYWORDS, "Return the cube root of x."},
    {"ceil", math_ceil, METH_KEYWORDS, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, METH_KEYWORDS, "Number of ways to choose k items from n items."},
    {"copysign", math_copysign, METH_KEYWORDS,
     "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, METH_KEYWORDS, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, METH_KEYWORDS, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, METH_KEYWORDS, "Convert angle x from radians to degrees."},
    {"dist", math_dist, METH_KEYWORDS, "Return the Euclidean distance between two points."},
    {"erf", math_erf, METH_KEYWORDS, "Error function at x."},
    {"erfc", math_erfc, METH_KEYWORDS, "Complementary error function at x."},
    {"exp", math_exp, METH_KEYWORDS, "Return e raised to the power of x."},
    {"exp2", math_exp2, METH_KEYWORDS, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, METH_KEYWORDS, "Return exp(x)-1."},
    {"fabs", math_fabs, METH_KEYWORDS, "Return the absolute value of the float x."},
    {"factorial", math_factorial, METH_KEYWORDS, "Find x!."},
    {"floor", math_floor, METH_KEYWORDS, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, METH_KEYWORDS, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, METH_KEYWORDS, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, METH_KEYWORDS, "Return an accurate floating point sum of values."},
    {"gamma", math_gamma, METH_KEYWORDS, "Gamma function at x."},
    {"gcd", math_gcd, METH_KEYWORDS, "Greatest Common Divisor."},
    {"hypot", math_hypot, METH_KEYWORDS, "Multidimensional Euclidean distance from the origin."},
    {"isclose", math_isclose, METH_KEYWORDS, "Determine whether two numbers are close in value."},
    {"isfinite", math_isfinite, METH_KEYWORDS, "Return True if x is neither infinite nor a NaN."},
    {"isinf", math_isinf, METH_KEYWORDS, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, METH_KEYWORDS, "Return True if x is a NaN (not a number)."},
    {"isqrt", math_isqrt, METH_KEYWORDS, "Return the integer part of the square root."},
    {"lcm", math_lcm, METH_KEYWORDS, "Least Common Multiple."},
    {"ldexp", math_ldexp, METH_KEYWORDS, "Return x * (2**i)."},
    {"lgamma", math_lgamma, METH_KEYWORDS, "Natural logarithm of the absolute value of Gamma."},
    {"log", math_log, METH_KEYWORDS, "Return the logarithm of x to the given base."},
    {"log10", math_log10, METH_KEYWORDS, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, METH_KEYWORDS, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, METH_KEYWORDS, "Return the base 2 logarithm of x."},
    {"modf", math_modf, METH_KEYWORDS, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, METH_KEYWORDS,
     "Return the next floating-point value after x towards y."},
    {"perm", math_perm, METH_KEYWORDS, "Number of ways to choose k items from n, in order."},
    {"pow", math_pow, METH_KEYWORDS, "Return x**y (x to the power of y)."},
    {"prod", math_prod, METH_KEYWORDS, "Calculate the product of all the elements."},
    {"radians", math_radians, METH_KEYWORDS, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, METH_KEYWORDS,
     "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, METH_KEYWORDS, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, METH_KEYWORDS, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, METH_KEYWORDS, "Return the square root of x."},
    {"tan", math_tan, METH_KEYWORDS, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, METH_KEYWORDS, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, METH_KEYWORDS, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, METH_KEYWORDS, "Return the value of the least significant bit of x."},
    {NULL, NULL, 0, NULL},
};

Value mod_math_create(void)
{
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", 3.141592653589793238462643383279502884197},
        {"e", 2.718281828459045235360287471352662497757},
        {"tau", 6.283185307179586476925286766559005768394},
        {"inf", HUGE_VAL},
        {"nan", NAN},
    };
    Value m = module_new("math");
    if (m == VNULL || module_add_functions(m, math_functions) < 0)
        goto fail;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    for (size_t i = 0; i < ARRAY_LEN(constants); i++) {
        Value f = float_new(constants[i].value);
        if (f == VNULL || dict_set_cstr(d, constants[i].name, f) < 0) {
            xdecref(f);
            goto fail;
        }
        decref(f);
    }
    return m;
fail:
    xdecref(m);
    return VNULL;
}
