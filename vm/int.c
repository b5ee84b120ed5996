// SPDX-License-Identifier: MIT
/**
 * @file int.c
 * @brief int (small ints unboxed, big ints on GMP) and bool.
 *
 * Every operation first tries the *small path*: both operands unboxed (or
 * bools), plain C arithmetic with overflow checks, no allocation. Only when
 * an operand is boxed or a result leaves the small range does it take the
 * *big path*, which looks at every operand through an ::IntView: an mpz
 * that, for a small value, points at one limb on the C stack (GMP's
 * mpz_roinit_n), so no operand is ever copied. Results go through
 * take_mpz(), which unboxes anything that fits the small range, keeping the
 * representation canonical.
 *
 * GMP aborts the process when it cannot allocate, so operations whose
 * result size is known in advance (`*`, `**`, `<<`) refuse results of more
 * than ::MAX_BITS bits with MemoryError, as CPython does when it runs out
 * of memory on such a value.
 */
#include "int.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>

#include "../gc/alloc.h"
#include "args.h"
#include "exc.h"
#include "format.h"
#include "float.h"
#include "runtime.h"
#include "str.h"
#include "tuple.h"

/** Largest result, in bits, that `*`, `**` and `<<` will build (512 MiB). */
#define MAX_BITS ((uint64_t)1 << 32)

/** The modulus of the numeric hash: 2**61 - 1 (a Mersenne prime). */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/** Default for sys.get_int_max_str_digits() when no runtime is running. */
#define DEFAULT_MAX_STR_DIGITS 4300

/* ---- Looking at operands ---- */

static inline bool is_bool(Value v)
{
    return v == TRUE_VAL || v == FALSE_VAL;
}

/* If v is a small int or a bool, store its value and return true; else v is boxed. */
static inline bool small_of(Value v, intptr_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return true;
    }
    if (is_bool(v)) {
        *out = v == TRUE_VAL;
        return true;
    }
    return false;
}

static inline mpz_srcptr big_of(Value v)
{
    return ((IntObj *)AS_OBJ(v))->z;
}

/** A read-only mpz for any int, without copying it; never copy an IntView itself. */
typedef struct IntView {
    mpz_t tmp;      /**< header pointing at @ref limb, for small values */
    mp_limb_t limb; /**< the magnitude of a small value */
    mpz_srcptr z;   /**< the value: @ref tmp, or the boxed int's own mpz */
} IntView;

static void view_small(IntView *w, intptr_t i)
{
    _Static_assert(sizeof(long) == 8 && sizeof(mp_limb_t) == 8 && sizeof(intptr_t) == 8,
                   "int.c assumes an LP64 platform with 64-bit GMP limbs");
    w->limb = i < 0 ? (mp_limb_t)0 - (mp_limb_t)i : (mp_limb_t)i;
    w->z = mpz_roinit_n(w->tmp, &w->limb, i < 0 ? -1 : i > 0 ? 1 : 0);
}

static void view_init(IntView *w, Value v)
{
    intptr_t i;
    if (small_of(v, &i))
        view_small(w, i);
    else
        w->z = big_of(v);
}

/* ---- Making ints ---- */

static Value box_new(void)
{
    IntObj *o = (IntObj *)alloc_object(&int_type);
    if (o == NULL)
        return VNULL;
    mpz_init(o->z);
    return OBJ_VAL(o);
}

/* The int holding z; takes z over (the caller must not clear it). */
static Value take_mpz(mpz_t z)
{
    if (mpz_size(z) <= 1 && mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (SMALLINT_FITS(i)) {
            mpz_clear(z);
            return SMALLINT_VAL(i);
        }
    }
    IntObj *o = (IntObj *)alloc_object(&int_type);
    if (o == NULL) {
        mpz_clear(z);
        return VNULL;
    }
    /* Move the limbs: an mpz is a plain struct that owns its limb array. */
    memcpy(o->z, z, sizeof(mpz_t));
    return OBJ_VAL(o);
}

Value int_from_i64(int64_t i)
{
    if (SMALLINT_FITS(i))
        return SMALLINT_VAL(i);
    Value v = box_new();
    if (v != VNULL)
        mpz_set_si(((IntObj *)AS_OBJ(v))->z, i);
    return v;
}

Value int_from_u64(uint64_t u)
{
    if (u <= (uint64_t)SMALLINT_MAX)
        return SMALLINT_VAL((intptr_t)u);
    Value v = box_new();
    if (v != VNULL)
        mpz_set_ui(((IntObj *)AS_OBJ(v))->z, u);
    return v;
}

Value int_from_mpz(const mpz_t z)
{
    mpz_t copy;
    mpz_init_set(copy, z);
    return take_mpz(copy);
}

/* The exact int (never a bool) of an int value: new reference. */
static Value int_exact(Value v)
{
    if (is_bool(v))
        return SMALLINT_VAL(v == TRUE_VAL);
    if (IS_SMALLINT(v) || AS_OBJ(v)->type == &int_type)
        return newref(v);
    return int_from_mpz(big_of(v));
}

Value int_from_double(double d)
{
    if (isnan(d))
        return exc_raise(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return exc_raise(&exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 4611686018427387904.0) /* 2**62: inside the small range */
        return SMALLINT_VAL((intptr_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return take_mpz(z);
}

/* ---- Reading ints ---- */

int int_sign(Value v)
{
    intptr_t i;
    if (small_of(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(big_of(v));
}

void int_to_mpz(Value v, mpz_t z)
{
    intptr_t i;
    if (small_of(v, &i))
        mpz_set_si(z, i);
    else
        mpz_set(z, big_of(v));
}

int int_as_i64(Value v, int64_t *out)
{
    intptr_t i;
    if (small_of(v, &i)) {
        *out = i;
        return 0;
    }
    mpz_srcptr z = big_of(v);
    if (!mpz_fits_slong_p(z)) {
        exc_raise(&exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

/*
 * The double nearest to q * 2**exp, ties to even. `sticky` says the exact
 * value is a little more than q * 2**exp (by less than 2**exp); then the
 * caller keeps at least two bits below the 53 that survive, so that the
 * round bit and the sticky bit are distinct. Returns inf on overflow.
 */
static double round_bits(uint64_t q, int64_t exp, bool sticky)
{
    if (q == 0)
        return 0.0;
    int64_t nbits = 64 - __builtin_clzll(q);
    int64_t drop = nbits - DBL_MANT_DIG;
    int64_t lowest = DBL_MIN_EXP - DBL_MANT_DIG; /* 2**-1074, the smallest subnormal */
    if (exp + drop < lowest)
        drop = lowest - exp;
    if (drop > 0) {
        if (drop > 64)
            return 0.0;
        uint64_t low = drop == 64 ? q : q & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        q = drop == 64 ? 0 : q >> drop;
        if (low > half || (low == half && (sticky || (q & 1))))
            q++;
        exp += drop;
    }
    if (exp > DBL_MAX_EXP)
        return HUGE_VAL;
    return ldexp((double)q, (int)exp);
}

/* |z| rounded to the nearest double (inf if too large). */
static double mpz_abs_to_double(mpz_srcptr z)
{
    size_t n = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0)
        return 0.0;
    if (n <= 64)
        return round_bits(mpz_getlimbn(z, 0), 0, false);
    if (n > DBL_MAX_EXP + 1)
        return HUGE_VAL;
    /* Take the top 64 bits; whatever lies below only matters as a sticky bit. */
    size_t size = mpz_size(z);
    unsigned top_bits = (unsigned)(n - 64 * (size - 1)); /* 1..64 */
    mp_limb_t hi = mpz_getlimbn(z, (mp_size_t)size - 1);
    mp_limb_t lo = mpz_getlimbn(z, (mp_size_t)size - 2);
    uint64_t q;
    bool sticky;
    if (top_bits == 64) {
        q = hi;
        sticky = lo != 0;
    } else {
        q = (hi << (64 - top_bits)) | (lo >> top_bits);
        sticky = (lo & (((mp_limb_t)1 << top_bits) - 1)) != 0;
    }
    for (size_t k = 0; !sticky && k + 2 < size; k++)
        sticky = mpz_getlimbn(z, (mp_size_t)k) != 0;
    return round_bits(q, (int64_t)n - 64, sticky);
}

int int_as_double(Value v, double *out)
{
    intptr_t i;
    if (small_of(v, &i)) {
        *out = (double)i; /* the conversion rounds to nearest, ties to even */
        return 0;
    }
    mpz_srcptr z = big_of(v);
    double d = mpz_abs_to_double(z);
    if (isinf(d)) {
        exc_raise(&exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = mpz_sgn(z) < 0 ? -d : d;
    return 0;
}

int int_compare(Value a, Value b)
{
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return (x > y) - (x < y);
    IntView va, vb;
    view_init(&va, a);
    view_init(&vb, b);
    int c = mpz_cmp(va.z, vb.z);
    return (c > 0) - (c < 0);
}

int64_t int_bit_length(Value v)
{
    intptr_t i;
    if (small_of(v, &i)) {
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return m == 0 ? 0 : 64 - __builtin_clzll(m);
    }
    return (int64_t)mpz_sizeinbase(big_of(v), 2);
}

int64_t int_hash(Value v)
{
    intptr_t i;
    uint64_t h;
    bool neg;
    if (small_of(v, &i)) {
        neg = i < 0;
        h = (neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i) % HASH_MODULUS;
    } else {
        mpz_srcptr z = big_of(v);
        neg = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, HASH_MODULUS); /* |z| mod P */
    }
    int64_t r = neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* ---- Arithmetic ---- */

static Value zero_division_floor(void)
{
    return exc_raise(&exc_ZeroDivisionError, "integer division or modulo by zero");
}

static Value negative_shift(void)
{
    return exc_raise(&exc_ValueError, "negative shift count");
}

/* a / b correctly rounded: an integer quotient of 62 or 63 bits plus a sticky bit. */
static Value true_divide(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) == 0)
        return exc_raise(&exc_ZeroDivisionError, "division by zero");
    bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0)
        return float_new(neg ? -0.0 : 0.0);
    int64_t diff = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2);
    /* 2**(diff-1) < |a/b| < 2**(diff+1) */
    if (diff > DBL_MAX_EXP + 1)
        return exc_raise(&exc_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2)
        return float_new(neg ? -0.0 : 0.0);
    int64_t shift = diff - 62; /* |a| / (|b| * 2**shift) lies in (2**61, 2**63) */
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, a);
    mpz_abs(d, b);
    if (shift < 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)-shift);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)shift);
    mpz_tdiv_qr(q, r, n, d);
    double x = round_bits(mpz_getlimbn(q, 0), shift, mpz_sgn(r) != 0);
    mpz_clears(n, d, q, r, NULL);
    if (isinf(x))
        return exc_raise(&exc_OverflowError, "integer division result too large for a float");
    return float_new(neg ? -x : x);
}

static Value big_pow(mpz_srcptr a, mpz_srcptr b)
{
    /* b >= 0 */
    if (mpz_cmpabs_ui(a, 1) <= 0) {
        if (mpz_sgn(a) == 0)
            return SMALLINT_VAL(mpz_sgn(b) == 0);
        if (mpz_sgn(a) > 0 || mpz_even_p(b))
            return SMALLINT_VAL(1);
        return SMALLINT_VAL(-1);
    }
    if (!mpz_fits_ulong_p(b))
        return exc_nomemory();
    unsigned long e = mpz_get_ui(b);
    uint64_t bits = mpz_sizeinbase(a, 2) - 1; /* |a| >= 2**bits, bits >= 1 */
    if (e > MAX_BITS / bits)
        return exc_nomemory();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, a, e);
    return take_mpz(r);
}

static Value big_lshift(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) < 0)
        return negative_shift();
    if (mpz_sgn(a) == 0)
        return SMALLINT_VAL(0);
    uint64_t bits = mpz_sizeinbase(a, 2);
    if (!mpz_fits_ulong_p(b) || mpz_get_ui(b) > MAX_BITS - bits)
        return exc_nomemory();
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, a, mpz_get_ui(b));
    return take_mpz(r);
}

static Value big_rshift(mpz_srcptr a, mpz_srcptr b)
{
    if (mpz_sgn(b) < 0)
        return negative_shift();
    if (!mpz_fits_ulong_p(b) || mpz_get_ui(b) >= mpz_sizeinbase(a, 2))
        return SMALLINT_VAL(mpz_sgn(a) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, a, mpz_get_ui(b)); /* floor: -5 >> 1 == -3 */
    return take_mpz(r);
}

static Value big_binop(mpz_srcptr a, mpz_srcptr b, BinOp op)
{
    switch (op) {
    case BINOP_TRUEDIV:
        return true_divide(a, b);
    case BINOP_POW:
        if (mpz_sgn(b) < 0) {
            double x = mpz_abs_to_double(a), y = mpz_abs_to_double(b);
            if (isinf(x) || isinf(y))
                return exc_raise(&exc_OverflowError, "int too large to convert to float");
            return float_pow(mpz_sgn(a) < 0 ? -x : x, -y);
        }
        return big_pow(a, b);
    case BINOP_LSHIFT:
        return big_lshift(a, b);
    case BINOP_RSHIFT:
        return big_rshift(a, b);
    case BINOP_FLOORDIV:
    case BINOP_MOD:
        if (mpz_sgn(b) == 0)
            return op == BINOP_MOD
                       ? exc_raise(&exc_ZeroDivisionError, "integer modulo by zero")
                       : zero_division_floor();
        break;
    case BINOP_MUL:
        if ((uint64_t)mpz_sizeinbase(a, 2) + mpz_sizeinbase(b, 2) > MAX_BITS)
            return exc_nomemory();
        break;
    default:
        break;
    }
    mpz_t r;
    mpz_init(r);
    switch (op) {
    case BINOP_ADD:
        mpz_add(r, a, b);
        break;
    case BINOP_SUB:
        mpz_sub(r, a, b);
        break;
    case BINOP_MUL:
        mpz_mul(r, a, b);
        break;
    case BINOP_FLOORDIV:
        mpz_fdiv_q(r, a, b);
        break;
    case BINOP_MOD:
        mpz_fdiv_r(r, a, b);
        break;
    case BINOP_AND:
        mpz_and(r, a, b);
        break;
    case BINOP_OR:
        mpz_ior(r, a, b);
        break;
    case BINOP_XOR:
        mpz_xor(r, a, b);
        break;
    default:
        mpz_clear(r);
        return newref(NOTIMPL_VAL);
    }
    return take_mpz(r);
}

/* x ** e for e >= 0 in int64, or false on overflow. */
static bool small_pow(int64_t x, int64_t e, int64_t *out)
{
    int64_t r = 1;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r))
            return false;
        e >>= 1;
        if (e == 0)
            break;
        if (__builtin_mul_overflow(x, x, &x))
            return false;
    }
    *out = r;
    return true;
}

static Value small_as_big(intptr_t x, intptr_t y, BinOp op)
{
    IntView va, vb;
    view_small(&va, x);
    view_small(&vb, y);
    return big_binop(va.z, vb.z, op);
}

static Value small_binop(intptr_t x, intptr_t y, BinOp op)
{
    int64_t r;
    switch (op) {
    case BINOP_ADD:
        return int_from_i64((int64_t)x + y); /* 63-bit operands cannot overflow 64 bits */
    case BINOP_SUB:
        return int_from_i64((int64_t)x - y);
    case BINOP_MUL:
        if (__builtin_mul_overflow((int64_t)x, (int64_t)y, &r))
            return small_as_big(x, y, op);
        return int_from_i64(r);
    case BINOP_TRUEDIV: {
        const intptr_t exact = (intptr_t)1 << DBL_MANT_DIG;
        if (y == 0)
            return exc_raise(&exc_ZeroDivisionError, "division by zero");
        if (x >= -exact && x <= exact && y >= -exact && y <= exact)
            return float_new((double)x / (double)y); /* both exact: one rounding */
        return small_as_big(x, y, op);
    }
    case BINOP_FLOORDIV:
        if (y == 0)
            return zero_division_floor();
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0)))
            r--;
        return int_from_i64(r); /* SMALLINT_MIN // -1 leaves the small range */
    case BINOP_MOD:
        if (y == 0)
            return exc_raise(&exc_ZeroDivisionError, "integer modulo by zero");
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0)))
            r += y;
        return SMALLINT_VAL(r);
    case BINOP_POW:
        if (y < 0)
            return float_pow((double)x, (double)y);
        if (small_pow(x, y, &r))
            return int_from_i64(r);
        return small_as_big(x, y, op);
    case BINOP_LSHIFT:
        if (y < 0)
            return negative_shift();
        if (x == 0)
            return SMALLINT_VAL(0);
        /* x << y stays small iff -2**(62-y) <= x < 2**(62-y) */
        if (y <= 62 && x >= -((intptr_t)1 << (62 - y)) && x < ((intptr_t)1 << (62 - y)))
            return SMALLINT_VAL(x * ((intptr_t)1 << y));
        return small_as_big(x, y, op);
    case BINOP_RSHIFT:
        if (y < 0)
            return negative_shift();
        if (y >= 63)
            return SMALLINT_VAL(x < 0 ? -1 : 0);
        return SMALLINT_VAL(x < 0 ? ~(~x >> y) : x >> y);
    case BINOP_AND:
        return SMALLINT_VAL(x & y);
    case BINOP_OR:
        return SMALLINT_VAL(x | y);
    case BINOP_XOR:
        return SMALLINT_VAL(x ^ y);
    default:
        return newref(NOTIMPL_VAL);
    }
}

Value int_binop(Value a, Value b, BinOp op)
{
    if (LIKELY(IS_SMALLINT(a) && IS_SMALLINT(b)))
        return small_binop(AS_SMALLINT(a), AS_SMALLINT(b), op);
    if (!int_check(a) || !int_check(b))
        return newref(NOTIMPL_VAL);
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return small_binop(x, y, op);
    IntView va, vb;
    view_init(&va, a);
    view_init(&vb, b);
    return big_binop(va.z, vb.z, op);
}

/* bool & bool, | and ^ stay bools; everything else is int arithmetic. */
static Value bool_binop(Value a, Value b, BinOp op)
{
    if (is_bool(a) && is_bool(b)) {
        bool x = a == TRUE_VAL, y = b == TRUE_VAL;
        if (op == BINOP_AND)
            return BOOL_VAL(x & y);
        if (op == BINOP_OR)
            return BOOL_VAL(x | y);
        if (op == BINOP_XOR)
            return BOOL_VAL(x ^ y);
    }
    return int_binop(a, b, op);
}

Value int_divmod(Value a, Value b)
{
    intptr_t x, y;
    Value q, r;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (y == 0)
            return zero_division_floor();
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        q = int_from_i64(qq);
        r = SMALLINT_VAL(rr);
    } else {
        IntView va, vb;
        view_init(&va, a);
        view_init(&vb, b);
        if (mpz_sgn(vb.z) == 0)
            return zero_division_floor();
        mpz_t mq, mr;
        mpz_inits(mq, mr, NULL);
        mpz_fdiv_qr(mq, mr, va.z, vb.z);
        q = take_mpz(mq);
        r = take_mpz(mr);
    }
    if (q == VNULL || r == VNULL) {
        xdecref(q);
        xdecref(r);
        return VNULL;
    }
    Value t = tuple_pack(2, q, r);
    decref(q);
    decref(r);
    return t;
}

Value int_pow(Value a, Value b, Value m)
{
    if (m == VNULL || m == NONE_VAL)
        return int_binop(a, b, BINOP_POW);
    if (!int_check(a) || !int_check(b) || !int_check(m))
        return exc_raise(&exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, m);
    IntView va, vb, vm;
    view_init(&va, a);
    view_init(&vb, b);
    view_init(&vm, m);
    if (mpz_sgn(vm.z) == 0)
        return exc_raise(&exc_ValueError, "pow() 3rd argument cannot be 0");
    if (mpz_cmpabs_ui(vm.z, 1) == 0)
        return SMALLINT_VAL(0);
    mpz_t mod, base, r;
    mpz_inits(mod, base, r, NULL);
    mpz_abs(mod, vm.z);
    if (mpz_sgn(vb.z) < 0 && !mpz_invert(base, va.z, mod)) {
        mpz_clears(mod, base, r, NULL);
        return exc_raise(&exc_ValueError, "base is not invertible for the given modulus");
    }
    if (mpz_sgn(vb.z) < 0) {
        mpz_t e;
        mpz_init(e);
        mpz_neg(e, vb.z);
        mpz_powm(r, base, e, mod);
        mpz_clear(e);
    } else {
        mpz_powm(r, va.z, vb.z, mod);
    }
    /* The result takes the sign of the modulus, as % does. */
    if (mpz_sgn(vm.z) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    mpz_clears(mod, base, NULL);
    return take_mpz(r);
}

Value int_round(Value v, int64_t ndigits)
{
    if (ndigits >= 0)
        return int_exact(v);
    IntView w;
    view_init(&w, v);
    /* 10**-ndigits more than twice |v| rounds to 0 */
    if ((uint64_t)-(ndigits + 1) >= mpz_sizeinbase(w.z, 10))
        return SMALLINT_VAL(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, w.z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return take_mpz(q);
}

static Value int_unop(Value a, UnOp op)
{
    intptr_t x;
    if (small_of(a, &x)) {
        switch (op) {
        case UNOP_NEG:
            return int_from_i64(-(int64_t)x);
        case UNOP_POS:
            return SMALLINT_VAL(x);
        case UNOP_INVERT:
            return SMALLINT_VAL(~x);
        case UNOP_ABS:
            return int_from_i64(x < 0 ? -(int64_t)x : x);
        }
    }
    mpz_srcptr z = big_of(a);
    mpz_t r;
    mpz_init(r);
    switch (op) {
    case UNOP_NEG:
        mpz_neg(r, z);
        break;
    case UNOP_POS:
        mpz_set(r, z);
        break;
    case UNOP_INVERT:
        mpz_com(r, z);
        break;
    case UNOP_ABS:
        mpz_abs(r, z);
        break;
    }
    return take_mpz(r);
}

/* ---- Text ---- */

static int64_t max_str_digits(void)
{
    ThreadState *ts = thread_current();
    return ts != NULL && ts->rt != NULL ? ts->rt->int_max_str_digits : DEFAULT_MAX_STR_DIGITS;
}

static Value str_limit_error(void)
{
    return exc_raise(&exc_ValueError,
                     "Exceeds the limit (%lld digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit",
                     (long long)max_str_digits());
}

/* Digits of z in @p base (2..36, lowercase) with an optional prefix after the sign. */
static Value mpz_to_text(mpz_srcptr z, int base, const char *prefix)
{
    size_t plen = strlen(prefix);
    size_t cap = mpz_sizeinbase(z, base) + plen + 2;
    char small[128];
    char *buf = cap <= sizeof small ? small : malloc(cap);
    if (buf == NULL)
        return exc_nomemory();
    char *p = buf;
    if (mpz_sgn(z) < 0)
        *p++ = '-';
    memcpy(p, prefix, plen);
    p += plen;
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z)); /* |z|, without copying */
    mpz_get_str(p, base, a);
    Value s = str_new(buf, strlen(buf));
    if (buf != small)
        free(buf);
    return s;
}

Value int_to_str(Value v)
{
    intptr_t i;
    if (small_of(v, &i)) {
        /* By hand, backwards: snprintf's format parsing cost more than the conversion. */
        char buf[32];
        char *p = buf + sizeof buf;
        uintptr_t u = i < 0 ? (uintptr_t)0 - (uintptr_t)i : (uintptr_t)i;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u != 0);
        if (i < 0)
            *--p = '-';
        return str_new(p, (size_t)(buf + sizeof buf - p));
    }
    mpz_srcptr z = big_of(v);
    int64_t limit = max_str_digits();
    /* mpz_sizeinbase(z, 10) is exact or one too many: decide early when it is clear. */
    size_t approx = mpz_sizeinbase(z, 10);
    if (limit > 0 && approx > (uint64_t)limit + 1)
        return str_limit_error();
    Value s = mpz_to_text(z, 10, "");
    if (s != VNULL && limit > 0) {
        size_t ndigits = STR_NBYTES(s) - (mpz_sgn(z) < 0);
        if (ndigits > (uint64_t)limit) {
            decref(s);
            return str_limit_error();
        }
    }
    return s;
}

Value int_to_base(Value v, int base)
{
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    IntView w;
    view_init(&w, v);
    return mpz_to_text(w.z, base, prefix);
}

/* Bytes of the white space code point at p (ASCII or Unicode "Zs"-like), or 0. */
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

/* Narrow [*start, *end) to exclude leading and trailing white space. */
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

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Value invalid_literal(const char *text, size_t len, int base)
{
    Value s = str_new(text, len);
    if (s == VNULL)
        return VNULL;
    Value r = obj_repr(s);
    decref(s);
    if (r == VNULL)
        return VNULL;
    if (STR_LEN(r) > 200) { /* CPython prints at most 200 characters of the repr */
        Value t = str_new(STR_DATA(r), str_byte_offset(r, 200));
        decref(r);
        if (t == VNULL)
            return VNULL;
        r = t;
    }
    exc_raise(&exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    decref(r);
    return VNULL;
}

Value int_from_string(const char *text, size_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return exc_raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = text, *end = text + len;
    strip_space(&p, &end);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    int b = base;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool literal_rules = b == 0; /* base 0 without prefix: no leading zeros */
    if (b == 0)
        b = 10;
    /* Scan the digits: an underscore must sit between two digits (or after a prefix). */
    const char *digits = p;
    size_t ndigits = 0;
    bool underscore_ok = prefixed, after_underscore = false, nonzero = false;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!underscore_ok)
                return invalid_literal(text, len, base);
            underscore_ok = false;
            after_underscore = true;
            continue;
        }
        int d = digit_value(*p);
        if (d >= b)
            break;
        nonzero |= d != 0;
        ndigits++;
        underscore_ok = true;
        after_underscore = false;
    }
    if (after_underscore || ndigits == 0)
        return invalid_literal(text, len, base);
    int64_t limit = max_str_digits();
    if ((b & (b - 1)) != 0 && limit > 0 && ndigits > (uint64_t)limit)
        return exc_raise(&exc_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion: "
                         "value has %zu digits; use sys.set_int_max_str_digits() to increase "
                         "the limit",
                         (long long)limit, ndigits);
    if (p != end || (literal_rules && digits[0] == '0' && nonzero))
        return invalid_literal(text, len, base);

    uint64_t acc = 0;
    bool fits = true;
    for (const char *q = digits; q < end && fits; q++)
        if (*q != '_')
            fits = !__builtin_mul_overflow(acc, (uint64_t)b, &acc) &&
                   !__builtin_add_overflow(acc, (uint64_t)digit_value(*q), &acc);
    if (fits && acc <= (uint64_t)INT64_MAX)
        return int_from_i64(neg ? -(int64_t)acc : (int64_t)acc);

    char *clean = malloc(ndigits + 1);
    if (clean == NULL)
        return exc_nomemory();
    size_t n = 0;
    for (const char *q = digits; q < end; q++)
        if (*q != '_')
            clean[n++] = *q;
    clean[n] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, clean, b); /* validated above: cannot fail */
    free(clean);
    if (neg)
        mpz_neg(z, z);
    return take_mpz(z);
}

/* ---- Type slots ---- */

static void int_dealloc(Obj *o)
{
    mpz_clear(((IntObj *)o)->z);
    alloc_free(o);
}

static Value int_repr(Value v)
{
    return int_to_str(v);
}

static Value bool_repr(Value v)
{
    return newref(str_intern_cstr(v == TRUE_VAL ? "True" : "False"));
}

static int64_t int_hash_slot(Value v)
{
    return int_hash(v);
}

static bool cmp_holds(int c, CmpOp op)
{
    switch (op) {
    case CMP_LT:
        return c < 0;
    case CMP_LE:
        return c <= 0;
    case CMP_EQ:
        return c == 0;
    case CMP_NE:
        return c != 0;
    case CMP_GT:
        return c > 0;
    case CMP_GE:
        return c >= 0;
    }
    return false;
}

static Value int_richcompare(Value a, Value b, CmpOp op)
{
    if (!int_check(a) || !int_check(b))
        return newref(NOTIMPL_VAL);
    return BOOL_VAL(cmp_holds(int_compare(a, b), op));
}

static int int_truth(Value v)
{
    return int_sign(v) != 0;
}

static Value int_to_float(Value v)
{
    double d;
    if (int_as_double(v, &d) < 0)
        return VNULL;
    return float_new(d);
}

/* int(x) for any x but a str (and with no base). */
static Value int_of_number(Value x)
{
    if (int_check(x))
        return int_exact(x);
    Type *t = TYPE_OF(x);
    const char *dunder = "__int__";
    Value r;
    if (t->to_int != NULL) {
        r = t->to_int(x);
    } else if (t->to_index != NULL) {
        dunder = "__index__";
        r = t->to_index(x);
    } else {
        return exc_raise(&exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, "
                         "not '%T'",
                         x);
    }
    if (r == VNULL || (IS_SMALLINT(r) || AS_OBJ(r)->type == &int_type))
        return r;
    if (!int_check(r)) {
        exc_raise(&exc_TypeError, "%s returned non-int (type %T)", dunder, r);
        decref(r);
        return VNULL;
    }
    Value e = int_exact(r);
    decref(r);
    return e;
}

static Value int_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs + nkw > 2)
        return exc_raise(&exc_TypeError, "int() takes at most 2 arguments (%zu given)",
                         nargs + nkw);
    Value x = nargs > 0 ? args[0] : VNULL;
    Value base = nargs > 1 ? args[1] : VNULL;
    for (size_t i = 0; i < nkw; i++) {
        Value name = TUPLE_ITEMS(kwnames)[i];
        if (!str_eq_cstr(name, "base"))
            return exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for int()",
                             name);
        if (base != VNULL)
            return exc_raise(&exc_TypeError,
                             "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    if (x == VNULL) {
        if (base != VNULL)
            return exc_raise(&exc_TypeError, "int() missing string argument");
        return SMALLINT_VAL(0);
    }
    if (base == VNULL) {
        if (str_check(x))
            return int_from_string(STR_DATA(x), STR_NBYTES(x), 10);
        return int_of_number(x);
    }
    Value bi = obj_index(base);
    if (bi == VNULL)
        return VNULL;
    int64_t b;
    if (int_as_i64(bi, &b) < 0) {
        exc_clear();
        b = -1;
    }
    decref(bi);
    if (!str_check(x))
        return exc_raise(&exc_TypeError, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
        return exc_raise(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return int_from_string(STR_DATA(x), STR_NBYTES(x), (int)b);
}

static Value bool_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("bool", kwnames) < 0 || args_count("bool", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0)
        return FALSE_VAL;
    int t = obj_truth(args[0]);
    return t < 0 ? VNULL : BOOL_VAL(t);
}

/* ---- Methods and members ---- */

static Value m_bit_length(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_i64(int_bit_length(self));
}

static Value m_bit_count(Value self, const Value *args, size_t nargs, Value kwnames)
{
    intptr_t i;
    if (small_of(self, &i))
        return SMALLINT_VAL(__builtin_popcountll(i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i));
    mpz_srcptr z = big_of(self);
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    return int_from_u64(mpz_popcount(a));
}

static Value m_exact(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_exact(self);
}

static Value m_as_integer_ratio(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value n = int_exact(self);
    Value t = tuple_pack(2, n, SMALLINT_VAL(1));
    decref(n);
    return t;
}

static Value m_round(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("__round__", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0 || args[0] == NONE_VAL)
        return int_exact(self);
    Value nd = obj_index(args[0]);
    if (nd == VNULL)
        return VNULL;
    int64_t n;
    if (int_as_i64(nd, &n) < 0) {
        exc_clear();
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    }
    decref(nd);
    return int_round(self, n);
}

static Value get_exact(Value self)
{
    return int_exact(self);
}

static Value get_zero(Value self)
{
    return SMALLINT_VAL(0);
}

static Value get_one(Value self)
{
    return SMALLINT_VAL(1);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, METH_NOARGS, "Number of ones in the binary representation of abs(self)."},
    {"conjugate", m_exact, METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", m_as_integer_ratio, METH_NOARGS, "Return integer ratio: (self, 1)."},
    {"__trunc__", m_exact, METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", m_exact, METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", m_exact, METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, 0, "Rounding an Integral returns itself; with ndigits, rounds to tens."},
    {"__format__", format_int_method, METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef int_members[] = {
    {"real", get_exact, NULL},
    {"imag", get_zero, NULL},
    {"numerator", get_exact, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};

Type int_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "int",
    .basicsize = sizeof(IntObj),
    .flags = TYPE_INT_SUBCLASS,
    .base_type = &object_type,
    .methods = int_methods,
    .members = int_members,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .binop = int_binop,
    .unop = int_unop,
    .truth = int_truth,
    .to_int = get_exact,
    .to_float = int_to_float,
    .to_index = get_exact,
    .construct = int_construct,
};

/* bool sets every slot itself rather than relying on inheritance, so that a
 * slot-inheriting type_ready() cannot give it int's repr. */
Type bool_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "bool",
    .basicsize = sizeof(Obj),
    .flags = TYPE_INT_SUBCLASS,
    .base_type = &int_type,
    .dealloc = obj_dealloc_plain,
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .binop = bool_binop,
    .unop = int_unop,
    .truth = int_truth,
    .to_int = get_exact,
    .to_float = int_to_float,
    .to_index = get_exact,
    .construct = bool_construct,
};

Obj True_obj = OBJ_HEAD_INIT(&bool_type);
Obj False_obj = OBJ_HEAD_INIT(&bool_type);
