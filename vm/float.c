// SPDX-License-Identifier: MIT
/**
 * @file float.c
 * @brief float: arithmetic, comparison with ints, hash, parsing, rounding.
 *
 * Arithmetic is IEEE double arithmetic plus Python's rules: floor division
 * and modulo take the sign of the divisor, division by zero raises instead
 * of giving inf, and `**` raises where C's pow() would return an infinity
 * or a NaN from finite operands.
 *
 * Comparisons between a float and an int are exact (no conversion of the
 * int to double, which could round): `2**53 + 1 > 2.0**53` is true.
 *
 * round(x, n) is correctly rounded: x is an exact binary fraction, so
 * x * 10**n is computed exactly with GMP, rounded half to even, and the
 * decimal result is read back with strtod(), itself correctly rounded.
 *
 * The repr lives in float_repr.c.
 */
#include "float.h"

#include <ctype.h>
#include <float.h>
#include <gmp.h>
#include <math.h>

#include "../gc/alloc.h"
#include "args.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/** The modulus of the numeric hash: 2**61 - 1 (the same as int.c's). */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
/** Bits of the hash modulus. */
#define HASH_BITS 61

static void float_dealloc(Obj *o)
{
    float_free(o);
}

Value float_new(double d)
{
    FloatObj *f = (FloatObj *)alloc_object_uninit(&float_type);
    if (UNLIKELY(f == NULL))
        return VNULL;
    f->v = d;
    return OBJ_VAL(f);
}

Value float_repr(Value v)
{
    char buf[32];
    return str_from_cstr(float_repr_buf(FLOAT_AS_DOUBLE(v), buf, sizeof buf));
}

int float_as_double(Value v, double *out)
{
    if (float_check(v)) {
        *out = FLOAT_AS_DOUBLE(v);
        return 0;
    }
    if (int_check(v))
        return int_as_double(v, out);
    exc_raise(&exc_TypeError, "must be real number, not %T", v);
    return -1;
}

/* ---- Hash ---- */

int64_t float_hash_double(double d)
{
    if (isinf(d))
        return d > 0 ? 314159 : -314159;
    if (isnan(d))
        return 0;
    /* |d| = m * 2**k with m an integer below 2**53, and 2**61 == 1 modulo
     * 2**61 - 1, so multiplying by 2**k is a rotation by k mod 61 of the
     * 61-bit residue. */
    int e;
    double frac = frexp(fabs(d), &e);
    uint64_t m = (uint64_t)ldexp(frac, DBL_MANT_DIG);
    int k = (int)((((e - DBL_MANT_DIG) % HASH_BITS) + HASH_BITS) % HASH_BITS);
    uint64_t h = m;
    if (k != 0)
        h = ((h << k) & HASH_MODULUS) | (h >> (HASH_BITS - k));
    int64_t r = d < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

static int64_t float_hash(Value v)
{
    double d = FLOAT_AS_DOUBLE(v);
    if (!isnan(d))
        return float_hash_double(d);
    /* Since 3.10 every NaN object hashes by identity, as object.__hash__ does. */
    uintptr_t p = (uintptr_t)AS_OBJ(v);
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    return h == -1 ? -2 : h;
}

/* ---- Arithmetic ---- */

static bool is_odd_integer(double y)
{
    return fmod(fabs(y), 2.0) == 1.0;
}

/* Python's divmod on doubles (b != 0): floor quotient and the remainder with b's sign. */
static void floor_divmod(double a, double b, double *quot, double *rem)
{
    double mod = fmod(a, b); /* exact; has a's sign */
    double div = (a - mod) / b; /* close to an integer */
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double q;
    if (div != 0.0) {
        q = floor(div);
        if (div - q > 0.5) /* div was just below an integer after rounding */
            q += 1.0;
    } else {
        q = copysign(0.0, a / b);
    }
    *quot = q;
    *rem = mod;
}

Value float_floordiv(double a, double b)
{
    if (b == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    floor_divmod(a, b, &q, &r);
    return float_new(q);
}

Value float_mod(double a, double b)
{
    if (b == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float modulo");
    double q, r;
    floor_divmod(a, b, &q, &r);
    return float_new(r);
}

Value float_divmod(double a, double b)
{
    if (b == 0.0)
        return exc_raise(&exc_ZeroDivisionError, "float divmod()");
    double q, r;
    floor_divmod(a, b, &q, &r);
    Value vq = float_new(q);
    Value vr = float_new(r);
    Value t = vq != VNULL && vr != VNULL ? tuple_pack(2, vq, vr) : VNULL;
    xdecref(vq);
    xdecref(vr);
    return t;
}

Value float_pow(double x, double y)
{
    if (y == 0.0)
        return float_new(1.0);
    if (isnan(x))
        return float_new(x);
    if (isnan(y))
        return float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0)
            return float_new(1.0);
        return float_new((ax > 1.0) == (y > 0.0) ? HUGE_VAL : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0.0)
            return float_new(odd ? x : fabs(x));
        return float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0)
            return exc_raise(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0.0) {
        /* CPython returns a complex number here; gilvm has no complex type. */
        if (y != floor(y))
            return exc_raise(&exc_ValueError,
                             "negative number cannot be raised to a fractional power");
        x = -x;
        negate = is_odd_integer(y);
    }
    double r = x == 1.0 ? 1.0 : pow(x, y);
    if (isinf(r))
        return exc_raise(&exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(negate ? -r : r);
}

/* 1 and *out set if v is a float or an int (converted; -1 if too large), 0 otherwise. */
static int operand(Value v, double *out)
{
    if (float_check(v)) {
        *out = FLOAT_AS_DOUBLE(v);
        return 1;
    }
    return int_as_double(v, out) < 0 ? -1 : 1;
}

static Value float_binop(Value a, Value b, BinOp op)
{
    if (!(float_check(a) || int_check(a)) || !(float_check(b) || int_check(b)))
        return newref(NOTIMPL_VAL);
    if (op > BINOP_POW) /* shifts, bitwise operators, @ */
        return newref(NOTIMPL_VAL);
    double x, y;
    if (operand(a, &x) < 0 || operand(b, &y) < 0)
        return VNULL;
    switch (op) {
    case BINOP_ADD:
        return float_new(x + y);
    case BINOP_SUB:
        return float_new(x - y);
    case BINOP_MUL:
        return float_new(x * y);
    case BINOP_TRUEDIV:
        if (y == 0.0)
            return exc_raise(&exc_ZeroDivisionError, "float division by zero");
        return float_new(x / y);
    case BINOP_FLOORDIV:
        return float_floordiv(x, y);
    case BINOP_MOD:
        return float_mod(x, y);
    case BINOP_POW:
        return float_pow(x, y);
    default:
        return newref(NOTIMPL_VAL);
    }
}

static Value float_unop(Value a, UnOp op)
{
    double x = FLOAT_AS_DOUBLE(a);
    switch (op) {
    case UNOP_NEG:
        return float_new(-x);
    case UNOP_POS:
        return newref(a);
    case UNOP_ABS:
        return float_new(fabs(x));
    case UNOP_INVERT:
        break;
    }
    return exc_raise(&exc_TypeError, "bad operand type for unary ~: 'float'");
}

/* ---- Comparison ---- */

/* Compare d with int v exactly: -1, 0, 1, or 2 when d is a NaN. */
static int compare_with_int(double d, Value v)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? 1 : -1;
    int64_t i;
    if (!int_is_big(v) && int_as_i64(v, &i) == 0) {
        /* |i| < 2**62: beyond 2**63 the sign of d decides. */
        if (fabs(d) >= 9223372036854775808.0)
            return d > 0 ? 1 : -1;
        double fl = floor(d);
        int64_t f = (int64_t)fl;
        if (f != i)
            return f > i ? 1 : -1;
        return d > fl ? 1 : 0;
    }
    double fl = floor(d);
    mpz_t zd, zv;
    mpz_init_set_d(zd, fl);
    mpz_init(zv);
    int_to_mpz(v, zv);
    int c = mpz_cmp(zd, zv);
    mpz_clears(zd, zv, NULL);
    if (c != 0)
        return c > 0 ? 1 : -1;
    return d > fl ? 1 : 0;
}

static Value float_richcompare(Value a, Value b, CmpOp op)
{
    int c;
    if (float_check(a) && float_check(b)) {
        double x = FLOAT_AS_DOUBLE(a), y = FLOAT_AS_DOUBLE(b);
        c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    } else if (float_check(a) && int_check(b)) {
        c = compare_with_int(FLOAT_AS_DOUBLE(a), b);
    } else if (int_check(a) && float_check(b)) {
        c = compare_with_int(FLOAT_AS_DOUBLE(b), a);
        if (c != 2)
            c = -c;
    } else {
        return newref(NOTIMPL_VAL);
    }
    if (c == 2) /* unordered: only != holds */
        return BOOL_VAL(op == CMP_NE);
    switch (op) {
    case CMP_LT:
        return BOOL_VAL(c < 0);
    case CMP_LE:
        return BOOL_VAL(c <= 0);
    case CMP_EQ:
        return BOOL_VAL(c == 0);
    case CMP_NE:
        return BOOL_VAL(c != 0);
    case CMP_GT:
        return BOOL_VAL(c > 0);
    case CMP_GE:
        return BOOL_VAL(c >= 0);
    }
    return newref(NOTIMPL_VAL);
}

/* ---- Parsing ---- */

/* Bytes of the white space code point at p, or 0 (the same set as int()'s). */
static size_t space_at(const unsigned char *p, const unsigned char *end)
{
    if (p >= end)
        return 0;
    if (*p < 0x80)
        return (*p == ' ' || (*p >= '\t' && *p <= '\r')) ? 1 : 0;
    uint32_t cp;
    size_t n;
    if ((*p & 0xE0) == 0xC0 && end - p >= 2) {
        cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        n = 2;
    } else if ((*p & 0xF0) == 0xE0 && end - p >= 3) {
        cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        n = 3;
    } else {
        return 0;
    }
    bool space = cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
                 cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    return space ? n : 0;
}

static void strip_space(const char **start, const char **end)
{
    const unsigned char *p = (const unsigned char *)*start, *e = (const unsigned char *)*end;
    size_t n;
    while ((n = space_at(p, e)) > 0)
        p += n;
    while (e > p) {
        const unsigned char *q = e - 1;
        while (q > p && (*q & 0xC0) == 0x80 && e - q < 3)
            q--;
        n = space_at(q, e);
        if (n == 0 || q + n != e)
            break;
        e = q;
    }
    *start = (const char *)p;
    *end = (const char *)e;
}

/* Case-insensitive: does [p, end) spell exactly @p word? */
static bool spells(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/*
 * Copy a run of decimal digits with single underscores between them from
 * *pp to *out (without the underscores). Returns the number of digits, or
 * -1 if an underscore is misplaced.
 */
static long copy_digits(const char **pp, const char *end, char **out)
{
    const char *p = *pp;
    long n = 0;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            *(*out)++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    *pp = p;
    return p < end && *p == '_' ? -1 : n;
}

static Value cannot_convert(const char *text, size_t len)
{
    Value s = str_new(text, len);
    if (s == VNULL)
        return VNULL;
    exc_raise(&exc_ValueError, "could not convert string to float: %R", s);
    decref(s);
    return VNULL;
}

Value float_from_string(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    strip_space(&p, &end);
    const char *body = p;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (spells(p, end, "inf") || spells(p, end, "infinity"))
        return float_new(neg ? -HUGE_VAL : HUGE_VAL);
    if (spells(p, end, "nan"))
        return float_new(neg ? -NAN : NAN);

    char small[128];
    size_t cap = (size_t)(end - body) + 1;
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (buf == NULL)
        return exc_nomemory();
    char *out = buf;
    if (neg)
        *out++ = '-';
    long intd = copy_digits(&p, end, &out), fracd = 0, expd = 1;
    if (intd >= 0 && p < end && *p == '.') {
        *out++ = *p++;
        fracd = p < end && *p == '_' ? -1 : copy_digits(&p, end, &out);
    }
    if (intd >= 0 && fracd >= 0 && intd + fracd > 0 && p < end && (*p | 0x20) == 'e') {
        *out++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *out++ = *p++;
        expd = p < end && *p == '_' ? -1 : copy_digits(&p, end, &out);
    }
    *out = '\0';
    Value r;
    if (intd < 0 || fracd < 0 || expd <= 0 || intd + fracd == 0 || p != end)
        r = cannot_convert(text, len);
    else
        r = float_new(strtod(buf, NULL)); /* overflow gives inf, as in CPython */
    if (buf != small)
        free(buf);
    return r;
}

/* ---- Rounding ---- */

/** round(x, n) for n above this returns x unchanged (no double has more decimals). */
#define NDIGITS_MAX 323
/** round(x, n) for n below this returns a zero (no double reaches 10**308 * 10). */
#define NDIGITS_MIN (-308)

Value float_round(double x, Value ndigits)
{
    if (ndigits == VNULL || ndigits == NONE_VAL) {
        double r = round(x);
        if (fabs(x - r) == 0.5) /* a tie: round() went away from zero; go to even */
            r = 2.0 * round(x / 2.0);
        return int_from_double(r);
    }
    Value idx = obj_index(ndigits);
    if (idx == VNULL)
        return VNULL;
    int64_t n;
    if (int_as_i64(idx, &n) < 0) {
        exc_clear();
        n = int_sign(idx) > 0 ? INT64_MAX : INT64_MIN;
    }
    decref(idx);
    if (!isfinite(x) || x == 0.0 || n > NDIGITS_MAX)
        return float_new(x);
    if (n < NDIGITS_MIN)
        return float_new(0.0 * x);

    /* x = m * 2**k exactly; q = round_half_even(x * 10**n) = num / den. */
    int e;
    double frac = frexp(x, &e);
    int k = e - DBL_MANT_DIG;
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set_si(num, (long)ldexp(frac, DBL_MANT_DIG));
    mpz_set_ui(den, 1);
    if (n >= 0) {
        mpz_ui_pow_ui(r, 10, (unsigned long)n);
        mpz_mul(num, num, r);
    } else {
        mpz_ui_pow_ui(den, 10, (unsigned long)-n);
    }
    if (k >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);

    double result;
    if (mpz_sgn(q) == 0) {
        result = copysign(0.0, x);
    } else {
        size_t cap = mpz_sizeinbase(q, 10) + 32;
        char *buf = malloc(cap);
        if (buf == NULL) {
            mpz_clears(num, den, q, r, NULL);
            return exc_nomemory();
        }
        mpz_get_str(buf, 10, q);
        snprintf(buf + strlen(buf), 32, "e%lld", -(long long)n);
        result = strtod(buf, NULL);
        free(buf);
    }
    mpz_clears(num, den, q, r, NULL);
    if (isinf(result))
        return exc_raise(&exc_OverflowError, "rounded value too large to represent");
    return float_new(result);
}

/* ---- Type slots ---- */

static int float_truth(Value v)
{
    return FLOAT_AS_DOUBLE(v) != 0.0;
}

static Value float_to_int(Value v)
{
    return int_from_double(FLOAT_AS_DOUBLE(v));
}

static Value float_self(Value v)
{
    return newref(v);
}

static Value float_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("float", kwnames) < 0 || args_count("float", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0)
        return float_new(0.0);
    Value x = args[0];
    if (float_check(x))
        return newref(x);
    if (str_check(x))
        return float_from_string(STR_DATA(x), STR_NBYTES(x));
    Type *t = TYPE_OF(x);
    if (t->to_float != NULL) {
        Value r = t->to_float(x);
        if (r == VNULL || float_check(r))
            return r;
        exc_raise(&exc_TypeError, "%s.__float__ returned non-float (type %T)", t->name, r);
        decref(r);
        return VNULL;
    }
    if (t->to_index != NULL) {
        Value i = obj_index(x);
        if (i == VNULL)
            return VNULL;
        double d;
        int rc = int_as_double(i, &d);
        decref(i);
        return rc < 0 ? VNULL : float_new(d);
    }
    return exc_raise(&exc_TypeError, "float() argument must be a string or a real number, not '%T'",
                     x);
}

/* ---- Methods and members ---- */

static Value m_is_integer(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x = FLOAT_AS_DOUBLE(self);
    return BOOL_VAL(isfinite(x) && floor(x) == x);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x = FLOAT_AS_DOUBLE(self);
    if (isinf(x))
        return exc_raise(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x))
        return exc_raise(&exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double frac = frexp(x, &e);
    int64_t m = (int64_t)ldexp(frac, DBL_MANT_DIG);
    int k = e - DBL_MANT_DIG;
    while (m != 0 && (m & 1) == 0 && k < 0) {
        m /= 2;
        k++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, m == 0 ? 0 : (long)m);
    mpz_init_set_ui(den, 1);
    if (m == 0)
        k = 0;
    if (k >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
    Value vn = int_from_mpz(num), vd = int_from_mpz(den);
    mpz_clears(num, den, NULL);
    Value t = vn != VNULL && vd != VNULL ? tuple_pack(2, vn, vd) : VNULL;
    xdecref(vn);
    xdecref(vd);
    return t;
}

static Value m_hex(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double x = FLOAT_AS_DOUBLE(self);
    if (!isfinite(x)) {
        char buf[8];
        return str_from_cstr(float_repr_buf(x, buf, sizeof buf));
    }
    const char *sign = signbit(x) ? "-" : "";
    if (x == 0.0)
        return str_printf("%s0x0.0p+0", sign);
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7FF);
    if (bexp == 0) /* subnormal */
        return str_printf("%s0x0.%013llxp-1022", sign, (unsigned long long)mant);
    return str_printf("%s0x1.%013llxp%+d", sign, (unsigned long long)mant, bexp - 1023);
}

static Value invalid_hex(void)
{
    return exc_raise(&exc_ValueError, "invalid hexadecimal floating-point string");
}

static Value m_fromhex(Value cls, const Value *args, size_t nargs, Value kwnames)
{
    Value s = args[0];
    if (!str_check(s))
        return exc_raise(&exc_TypeError, "must be str, not %T", s);
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    strip_space(&p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (spells(p, end, "inf") || spells(p, end, "infinity"))
        return float_new(neg ? -HUGE_VAL : HUGE_VAL);
    if (spells(p, end, "nan"))
        return float_new(neg ? -NAN : NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
        p += 2;
    /* Rebuild the text as C's "0x" hex float, which strtod() rounds correctly. */
    size_t cap = (size_t)(end - p) + 8;
    char *buf = malloc(cap);
    if (buf == NULL)
        return exc_nomemory();
    char *out = buf;
    *out++ = neg ? '-' : '+';
    *out++ = '0';
    *out++ = 'x';
    size_t ndig = 0;
    while (p < end && isxdigit((unsigned char)*p))
        *out++ = *p++, ndig++;
    if (p < end && *p == '.') {
        *out++ = *p++;
        while (p < end && isxdigit((unsigned char)*p))
            *out++ = *p++, ndig++;
    }
    bool ok = ndig > 0;
    if (ok && p < end && (*p | 0x20) == 'p') {
        *out++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *out++ = *p++;
        size_t nexp = 0;
        while (p < end && *p >= '0' && *p <= '9')
            *out++ = *p++, nexp++;
        ok = nexp > 0;
    }
    *out = '\0';
    ok = ok && p == end;
    double d = ok ? strtod(buf, NULL) : 0.0;
    free(buf);
    if (!ok)
        return invalid_hex();
    if (isinf(d))
        return exc_raise(&exc_OverflowError, "hexadecimal value too large to represent as a float");
    return float_new(d);
}

static Value m_self(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(self);
}

static Value m_trunc(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_double(FLOAT_AS_DOUBLE(self));
}

static Value m_floor(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_double(floor(FLOAT_AS_DOUBLE(self)));
}

static Value m_ceil(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_double(ceil(FLOAT_AS_DOUBLE(self)));
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("__round__", nargs, 0, 1) < 0)
        return VNULL;
    return float_round(FLOAT_AS_DOUBLE(self), nargs > 0 ? args[0] : VNULL);
}

static Value get_zero(Value self)
{
    return float_new(0.0);
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, METH_NOARGS, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOARGS,
     "Return a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex", m_hex, METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS | METH_O, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", m_self, METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", m_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", format_float_method, METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef float_members[] = {
    {"real", float_self, NULL},
    {"imag", get_zero, NULL},
    {NULL, NULL, NULL},
};

Type float_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TYPE_LEAF,
    .base_type = &object_type,
    .methods = float_methods,
    .members = float_members,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .binop = float_binop,
    .unop = float_unop,
    .truth = float_truth,
    .to_int = float_to_int,
    .to_float = float_self,
    .construct = float_construct,
};
