// SPDX-License-Identifier: MIT
/**
 * @file range.c
 * @brief range and slice objects, and the range iterators.
 *
 * A range stores start, stop, step and its length as ints of any size, as
 * CPython does, so `range(10**30)` works and `len()` of it raises the
 * OverflowError CPython raises. Arithmetic takes a fast path when every
 * number is a small int and falls back to GMP otherwise.
 *
 * Iterating a range whose numbers all fit in int64 (virtually every range a
 * program builds) uses ::RangeIterObj, three int64 counters and no
 * allocation per step beyond the int it returns; any other range iterates
 * with GMP (`longrange_iterator`, as in CPython).
 *
 * slice_indices() is CPython's PySlice_Unpack() followed by
 * PySlice_AdjustIndices(): bounds are clamped to the int64 range first, then
 * negative ones count from the end and everything is clipped to the
 * sequence. Slicing a range, and slice.indices(), use the arbitrary-precision
 * variant (CPython's _PySlice_GetLongIndices()).
 */
#include "range.h"

#include <gmp.h>

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

static inline RangeObj *R(Value v)
{
    return (RangeObj *)AS_OBJ(v);
}

static inline SliceObj *SL(Value v)
{
    return (SliceObj *)AS_OBJ(v);
}

/* ---- Slice bounds ---- */

int slice_index(Value v, bool allow_none, int64_t *out)
{
    if (v == NONE_VAL && allow_none)
        return 0;
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 0;
    }
    if (!int_check(v) && TYPE_OF(v)->to_index == NULL) {
        exc_raise(&exc_TypeError, allow_none ? "slice indices must be integers or None or have "
                                               "an __index__ method"
                                             : "slice indices must be integers or have an "
                                               "__index__ method");
        return -1;
    }
    Value idx = obj_index(v);
    if (idx == VNULL)
        return -1;
    if (int_as_i64(idx, out) < 0) {
        if (!exc_matches(&exc_OverflowError)) {
            decref(idx);
            return -1;
        }
        exc_clear();
        *out = int_sign(idx) < 0 ? INT64_MIN : INT64_MAX;
    }
    decref(idx);
    return 0;
}

int slice_indices(Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                  int64_t *slicelen)
{
    SliceObj *s = SL(slice);
    *step = 1;
    if (s->step != NONE_VAL) {
        if (slice_index(s->step, true, step) < 0)
            return -1;
        if (*step == 0) {
            exc_raise(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    *start = *step < 0 ? INT64_MAX : 0;
    if (slice_index(s->start, true, start) < 0)
        return -1;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (slice_index(s->stop, true, stop) < 0)
        return -1;

    bool neg = *step < 0;
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = neg ? -1 : 0;
    } else if (*start >= len) {
        *start = neg ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = neg ? -1 : 0;
    } else if (*stop >= len) {
        *stop = neg ? len - 1 : len;
    }
    *slicelen = 0;
    if (neg) {
        if (*stop < *start)
            *slicelen = (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        *slicelen = (*stop - *start - 1) / *step + 1;
    }
    return 0;
}

/* A slice bound for the arbitrary-precision resolution: 0 or -1. */
static int long_bound(Value v, mpz_t out)
{
    if (!int_check(v) && TYPE_OF(v)->to_index == NULL) {
        exc_raise(&exc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value idx = obj_index(v);
    if (idx == VNULL)
        return -1;
    int_to_mpz(idx, out);
    decref(idx);
    return 0;
}

/* Clip a bound as _PySlice_GetLongIndices: negative counts from the end, then [lower, upper]. */
static void long_clip(mpz_t x, const mpz_t len, const mpz_t lower, const mpz_t upper)
{
    if (mpz_sgn(x) < 0) {
        mpz_add(x, x, len);
        if (mpz_cmp(x, lower) < 0)
            mpz_set(x, lower);
    } else if (mpz_cmp(x, upper) > 0) {
        mpz_set(x, upper);
    }
}

/* Resolve @p slice against length @p len with unbounded ints (initialised mpz outputs). */
static int slice_long_indices(Value slice, const mpz_t len, mpz_t start, mpz_t stop, mpz_t step)
{
    SliceObj *s = SL(slice);
    mpz_set_si(step, 1);
    if (s->step != NONE_VAL) {
        if (long_bound(s->step, step) < 0)
            return -1;
        if (mpz_sgn(step) == 0) {
            exc_raise(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = mpz_sgn(step) < 0;
    mpz_t lower, upper;
    mpz_init_set_si(lower, neg ? -1 : 0);
    mpz_init(upper);
    mpz_add(upper, len, lower);
    int rc = 0;
    if (s->start == NONE_VAL) {
        mpz_set(start, neg ? upper : lower);
    } else if ((rc = long_bound(s->start, start)) == 0) {
        long_clip(start, len, lower, upper);
    }
    if (rc == 0) {
        if (s->stop == NONE_VAL)
            mpz_set(stop, neg ? lower : upper);
        else if ((rc = long_bound(s->stop, stop)) == 0)
            long_clip(stop, len, lower, upper);
    }
    mpz_clears(lower, upper, NULL);
    return rc;
}

/* ---- slice ---- */

/* Could @p v reach a reference cycle (is it an object of a collected type)? */
static inline bool may_hold_cycle(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_GC) != 0;
}

Value slice_new(Value start, Value stop, Value step)
{
    SliceObj *s = (SliceObj *)alloc_object(&slice_type);
    if (s == NULL)
        return VNULL;
    s->start = newref(start != VNULL ? start : NONE_VAL);
    s->stop = newref(stop != VNULL ? stop : NONE_VAL);
    s->step = newref(step != VNULL ? step : NONE_VAL);
    /* A slice is immutable: one of ints and None (x[a:b], nearly all of them) can never be
       part of a cycle, so the collector need not see it (as CPython untracks such tuples). */
    if (may_hold_cycle(s->start) || may_hold_cycle(s->stop) || may_hold_cycle(s->step))
        gc_track(&s->base);
    return OBJ_VAL(s);
}

static void slice_dealloc(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    gc_untrack(o);
    xdecref(s->start);
    xdecref(s->stop);
    xdecref(s->step);
    alloc_free(o);
}

static void slice_traverse(Obj *o, VisitFn visit, void *arg)
{
    SliceObj *s = (SliceObj *)o;
    Value parts[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++)
        if (parts[i] != VNULL && IS_OBJ(parts[i]))
            visit(AS_OBJ(parts[i]), arg);
}

static void slice_clear(Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    clearref(&s->start);
    clearref(&s->stop);
    clearref(&s->step);
}

/* "name(repr(parts[0]), ...)". */
static Value repr_call(const char *name, const Value *parts, size_t n)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, name);
    strbuf_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            strbuf_append(&b, ", ", 2);
        if (strbuf_append_repr(&b, parts[i]) < 0) {
            strbuf_free(&b);
            return VNULL;
        }
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(&b);
}

static Value slice_repr(Value v)
{
    SliceObj *s = SL(v);
    Value parts[3] = {s->start, s->stop, s->step};
    return repr_call("slice", parts, 3);
}

static Value slice_richcompare(Value a, Value b, CmpOp op)
{
    if (!IS_OBJ(a) || !IS_OBJ(b) || AS_OBJ(a)->type != &slice_type ||
        AS_OBJ(b)->type != &slice_type)
        return newref(NOTIMPL_VAL);
    if (a == b)
        return newref(BOOL_VAL(op == CMP_EQ || op == CMP_LE || op == CMP_GE));
    Value ta = tuple_pack(3, SL(a)->start, SL(a)->stop, SL(a)->step);
    if (ta == VNULL)
        return VNULL;
    Value tb = tuple_pack(3, SL(b)->start, SL(b)->stop, SL(b)->step);
    if (tb == VNULL) {
        decref(ta);
        return VNULL;
    }
    Value r = obj_compare(ta, tb, op);
    decref(ta);
    decref(tb);
    return r;
}

static Value slice_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0)
        return VNULL;
    if (nargs == 1)
        return slice_new(VNULL, args[0], VNULL);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : VNULL);
}

static Value slice_indices_method(Value self, const Value *args, size_t nargs, Value kw)
{
    Value length = obj_index(args[0]);
    if (length == VNULL)
        return VNULL;
    if (int_sign(length) < 0) {
        decref(length);
        return exc_raise(&exc_ValueError, "length should not be negative");
    }
    mpz_t len, start, stop, step;
    mpz_inits(len, start, stop, step, NULL);
    int_to_mpz(length, len);
    decref(length);
    Value r = VNULL;
    if (slice_long_indices(self, len, start, stop, step) == 0) {
        Value a = int_from_mpz(start), b = int_from_mpz(stop), c = int_from_mpz(step);
        if (a != VNULL && b != VNULL && c != VNULL)
            r = tuple_pack(3, a, b, c);
        xdecref(a);
        xdecref(b);
        xdecref(c);
    }
    mpz_clears(len, start, stop, step, NULL);
    return r;
}

static Value slice_get_start(Value v)
{
    return newref(SL(v)->start);
}

static Value slice_get_stop(Value v)
{
    return newref(SL(v)->stop);
}

static Value slice_get_step(Value v)
{
    return newref(SL(v)->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_O,
     "Return (start, stop, stride) for a sequence of the given length."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef slice_members[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type slice_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .flags = TYPE_GC,
    .methods = slice_methods,
    .members = slice_members,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .construct = slice_construct,
};

/* ---- range ---- */

static bool exact_int(Value v)
{
    return IS_SMALLINT(v) || AS_OBJ(v)->type == &int_type || AS_OBJ(v)->type == &bool_type;
}

static bool fits_i64(Value v, int64_t *out)
{
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return true;
    }
    if (int_as_i64(v, out) == 0)
        return true;
    exc_clear();
    return false;
}

/* The number of values in range(start, stop, step), into an initialised mpz. */
static void length_mpz(mpz_t n, const mpz_t lo, const mpz_t hi, const mpz_t st)
{
    int s = mpz_sgn(st);
    if ((s > 0 && mpz_cmp(lo, hi) < 0) || (s < 0 && mpz_cmp(lo, hi) > 0)) {
        mpz_t absst;
        mpz_init(absst);
        mpz_abs(absst, st);
        if (s > 0)
            mpz_sub(n, hi, lo);
        else
            mpz_sub(n, lo, hi);
        mpz_sub_ui(n, n, 1);
        mpz_tdiv_q(n, n, absst);
        mpz_add_ui(n, n, 1);
        mpz_clear(absst);
    } else {
        mpz_set_ui(n, 0);
    }
}

static Value compute_len(Value start, Value stop, Value step)
{
    if (IS_SMALLINT(start) && IS_SMALLINT(stop) && IS_SMALLINT(step)) {
        /* Small ints have 63 bits, so these differences cannot overflow. */
        int64_t lo = AS_SMALLINT(start), hi = AS_SMALLINT(stop), st = AS_SMALLINT(step), n = 0;
        if (st > 0 && lo < hi)
            n = (hi - lo - 1) / st + 1;
        else if (st < 0 && lo > hi)
            n = (lo - hi - 1) / -st + 1;
        return int_from_i64(n);
    }
    mpz_t lo, hi, st, n;
    mpz_inits(lo, hi, st, n, NULL);
    int_to_mpz(start, lo);
    int_to_mpz(stop, hi);
    int_to_mpz(step, st);
    length_mpz(n, lo, hi, st);
    Value r = int_from_mpz(n);
    mpz_clears(lo, hi, st, n, NULL);
    return r;
}

/* A range from exact ints (stolen); step is non-zero. */
static Value make_range(Value start, Value stop, Value step)
{
    Value len = compute_len(start, stop, step);
    RangeObj *r = len == VNULL ? NULL : (RangeObj *)alloc_object(&range_type);
    if (r == NULL) {
        decref(start);
        decref(stop);
        decref(step);
        xdecref(len);
        return VNULL;
    }
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return OBJ_VAL(r);
}

Value range_new(Value start, Value stop, Value step)
{
    Value a = obj_index(start);
    if (a == VNULL)
        return VNULL;
    Value b = obj_index(stop);
    if (b == VNULL) {
        decref(a);
        return VNULL;
    }
    Value c = obj_index(step);
    if (c == VNULL || int_sign(c) == 0) {
        if (c != VNULL)
            exc_raise(&exc_ValueError, "range() arg 3 must not be zero");
        decref(a);
        decref(b);
        xdecref(c);
        return VNULL;
    }
    return make_range(a, b, c);
}

static Value range_from_mpz(const mpz_t start, const mpz_t stop, const mpz_t step)
{
    Value a = int_from_mpz(start), b = int_from_mpz(stop), c = int_from_mpz(step);
    if (a == VNULL || b == VNULL || c == VNULL) {
        xdecref(a);
        xdecref(b);
        xdecref(c);
        return VNULL;
    }
    return make_range(a, b, c);
}

static void range_dealloc(Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    decref(r->start);
    decref(r->stop);
    decref(r->step);
    decref(r->len);
    alloc_free(o);
}

static Value range_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0)
        return VNULL;
    if (nargs == 1)
        return range_new(SMALLINT_VAL(0), args[0], SMALLINT_VAL(1));
    return range_new(args[0], args[1], nargs == 3 ? args[2] : SMALLINT_VAL(1));
}

static Value range_repr(Value v)
{
    RangeObj *r = R(v);
    Value parts[3] = {r->start, r->stop, r->step};
    bool unit = IS_SMALLINT(r->step) && AS_SMALLINT(r->step) == 1;
    return repr_call("range", parts, unit ? 2 : 3);
}

static int64_t range_len(Value v)
{
    int64_t n;
    if (fits_i64(R(v)->len, &n))
        return n;
    exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_truth(Value v)
{
    return int_sign(R(v)->len) != 0;
}

/* start + i * step, without a bounds check. */
static Value range_item(RangeObj *r, Value i)
{
    if (IS_SMALLINT(i) && IS_SMALLINT(r->start) && IS_SMALLINT(r->step)) {
        int64_t p, q;
        if (!__builtin_mul_overflow((int64_t)AS_SMALLINT(i), (int64_t)AS_SMALLINT(r->step), &p) &&
            !__builtin_add_overflow(p, (int64_t)AS_SMALLINT(r->start), &q))
            return int_from_i64(q);
    }
    mpz_t x, y;
    mpz_inits(x, y, NULL);
    int_to_mpz(i, x);
    int_to_mpz(r->step, y);
    mpz_mul(x, x, y);
    int_to_mpz(r->start, y);
    mpz_add(x, x, y);
    Value res = int_from_mpz(x);
    mpz_clears(x, y, NULL);
    return res;
}

static Value range_index_item(RangeObj *r, Value key)
{
    Value idx = obj_index(key);
    if (idx == VNULL)
        return VNULL;
    if (IS_SMALLINT(idx) && IS_SMALLINT(r->len)) {
        int64_t i = AS_SMALLINT(idx), n = AS_SMALLINT(r->len);
        if (i < 0)
            i += n;
        if (i < 0 || i >= n)
            return exc_raise(&exc_IndexError, "range object index out of range");
        return range_item(r, SMALLINT_VAL(i));
    }
    mpz_t i, n;
    mpz_inits(i, n, NULL);
    int_to_mpz(idx, i);
    decref(idx);
    int_to_mpz(r->len, n);
    if (mpz_sgn(i) < 0)
        mpz_add(i, i, n);
    Value res;
    if (mpz_sgn(i) < 0 || mpz_cmp(i, n) >= 0) {
        res = exc_raise(&exc_IndexError, "range object index out of range");
    } else {
        Value iv = int_from_mpz(i);
        res = iv == VNULL ? VNULL : range_item(r, iv);
        xdecref(iv);
    }
    mpz_clears(i, n, NULL);
    return res;
}

static Value range_slice(RangeObj *r, Value slice)
{
    mpz_t len, start, stop, step, rstart, rstep;
    mpz_inits(len, start, stop, step, rstart, rstep, NULL);
    int_to_mpz(r->len, len);
    Value res = VNULL;
    if (slice_long_indices(slice, len, start, stop, step) == 0) {
        int_to_mpz(r->start, rstart);
        int_to_mpz(r->step, rstep);
        mpz_mul(start, start, rstep);
        mpz_add(start, start, rstart);
        mpz_mul(stop, stop, rstep);
        mpz_add(stop, stop, rstart);
        mpz_mul(step, step, rstep);
        res = range_from_mpz(start, stop, step);
    }
    mpz_clears(len, start, stop, step, rstart, rstep, NULL);
    return res;
}

static Value range_getitem(Value v, Value key)
{
    if (int_check(key) || TYPE_OF(key)->to_index != NULL)
        return range_index_item(R(v), key);
    if (IS_OBJ(key) && AS_OBJ(key)->type == &slice_type)
        return range_slice(R(v), key);
    return exc_raise(&exc_TypeError, "range indices must be integers or slices, not %s",
                     obj_type_name(key));
}

/* x in r for an int x, by arithmetic. */
static bool contains_int(RangeObj *r, Value x)
{
    if (x == TRUE_VAL || x == FALSE_VAL)
        x = SMALLINT_VAL(x == TRUE_VAL);
    if (IS_SMALLINT(x) && IS_SMALLINT(r->start) && IS_SMALLINT(r->stop) && IS_SMALLINT(r->step)) {
        int64_t v = AS_SMALLINT(x), lo = AS_SMALLINT(r->start), hi = AS_SMALLINT(r->stop);
        int64_t st = AS_SMALLINT(r->step);
        bool in = st > 0 ? lo <= v && v < hi : hi < v && v <= lo;
        return in && (v - lo) % st == 0;
    }
    mpz_t v, lo, hi, st;
    mpz_inits(v, lo, hi, st, NULL);
    int_to_mpz(x, v);
    int_to_mpz(r->start, lo);
    int_to_mpz(r->stop, hi);
    int_to_mpz(r->step, st);
    bool in = mpz_sgn(st) > 0 ? mpz_cmp(lo, v) <= 0 && mpz_cmp(v, hi) < 0
                              : mpz_cmp(hi, v) < 0 && mpz_cmp(v, lo) <= 0;
    if (in) {
        mpz_sub(v, v, lo);
        in = mpz_divisible_p(v, st) != 0;
    }
    mpz_clears(v, lo, hi, st, NULL);
    return in;
}

static Value range_iter(Value v);

/* Generic search by ==: index of the first match, -1 if none, -2 on error. */
static int64_t search_eq(Value v, Value x, bool count, int64_t *found)
{
    Value it = range_iter(v);
    if (it == VNULL)
        return -2;
    int64_t i = 0, result = -1;
    *found = 0;
    for (;; i++) {
        Value item = obj_next(it);
        if (item == VNULL) {
            if (exc_occurred())
                result = -2;
            break;
        }
        int eq = obj_eq(item, x);
        decref(item);
        if (eq < 0) {
            result = -2;
            break;
        }
        if (eq) {
            (*found)++;
            if (!count) {
                result = i;
                break;
            }
        }
    }
    decref(it);
    return result;
}

static int range_contains(Value v, Value x)
{
    if (exact_int(x))
        return contains_int(R(v), x);
    int64_t found;
    return search_eq(v, x, false, &found) == -2 ? -1 : found > 0;
}

static Value range_count(Value self, const Value *args, size_t nargs, Value kw)
{
    if (exact_int(args[0]))
        return SMALLINT_VAL(contains_int(R(self), args[0]));
    int64_t found;
    if (search_eq(self, args[0], true, &found) == -2)
        return VNULL;
    return int_from_i64(found);
}

static Value range_index(Value self, const Value *args, size_t nargs, Value kw)
{
    Value x = args[0];
    RangeObj *r = R(self);
    if (exact_int(x)) {
        if (!contains_int(r, x))
            return exc_raise(&exc_ValueError, "%R is not in range", x);
        mpz_t v, lo, st;
        mpz_inits(v, lo, st, NULL);
        int_to_mpz(x, v);
        int_to_mpz(r->start, lo);
        int_to_mpz(r->step, st);
        mpz_sub(v, v, lo);
        mpz_divexact(v, v, st);
        Value res = int_from_mpz(v);
        mpz_clears(v, lo, st, NULL);
        return res;
    }
    int64_t found, i = search_eq(self, x, false, &found);
    if (i == -2)
        return VNULL;
    if (i < 0)
        return exc_raise(&exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(i);
}

static Value range_richcompare(Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !IS_OBJ(a) || !IS_OBJ(b) ||
        AS_OBJ(a)->type != &range_type || AS_OBJ(b)->type != &range_type)
        return newref(NOTIMPL_VAL);
    RangeObj *x = R(a), *y = R(b);
    bool eq;
    if (a == b)
        eq = true;
    else if (int_compare(x->len, y->len) != 0)
        eq = false;
    else if (int_sign(x->len) == 0)
        eq = true;
    else if (int_compare(x->start, y->start) != 0)
        eq = false;
    else if (IS_SMALLINT(x->len) && AS_SMALLINT(x->len) == 1)
        eq = true;
    else
        eq = int_compare(x->step, y->step) == 0;
    return newref(BOOL_VAL(eq == (op == CMP_EQ)));
}

static int64_t range_hash(Value v)
{
    /* As CPython: hash((len, start, step)), with None for what does not matter. */
    RangeObj *r = R(v);
    Value t;
    if (int_sign(r->len) == 0)
        t = tuple_pack(3, r->len, NONE_VAL, NONE_VAL);
    else if (IS_SMALLINT(r->len) && AS_SMALLINT(r->len) == 1)
        t = tuple_pack(3, r->len, r->start, NONE_VAL);
    else
        t = tuple_pack(3, r->len, r->start, r->step);
    if (t == VNULL)
        return -1;
    int64_t h = obj_hash(t);
    decref(t);
    return h;
}

static Value range_get_start(Value v)
{
    return newref(R(v)->start);
}

static Value range_get_stop(Value v)
{
    return newref(R(v)->stop);
}

static Value range_get_step(Value v)
{
    return newref(R(v)->step);
}

/* ---- Iterators ---- */

/** Iterator over a range whose numbers do not fit in int64. */
typedef struct LongRangeIterObj {
    Obj base;   /**< header */
    mpz_t next; /**< next value */
    mpz_t step; /**< step */
    mpz_t left; /**< values remaining */
} LongRangeIterObj;

static Value fast_iter(int64_t next, int64_t step, int64_t left)
{
    RangeIterObj *it = (RangeIterObj *)alloc_object(&range_iter_type);
    if (it == NULL)
        return VNULL;
    it->next = next;
    it->step = step;
    it->left = left;
    return OBJ_VAL(it);
}

/* An iterator from @p first by @p step for @p len values; negate the step if @p reverse. */
static Value long_iter(const mpz_t first, const mpz_t step, Value len, bool reverse)
{
    LongRangeIterObj *it = (LongRangeIterObj *)alloc_object(&longrange_iter_type);
    if (it == NULL)
        return VNULL;
    mpz_init_set(it->next, first);
    mpz_init_set(it->step, step);
    if (reverse)
        mpz_neg(it->step, it->step);
    mpz_init(it->left);
    int_to_mpz(len, it->left);
    return OBJ_VAL(it);
}

static Value range_iter(Value v)
{
    RangeObj *r = R(v);
    int64_t start, stop, step, len;
    if (fits_i64(r->start, &start) && fits_i64(r->stop, &stop) && fits_i64(r->step, &step) &&
        fits_i64(r->len, &len))
        return fast_iter(start, step, len);
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    int_to_mpz(r->start, a);
    int_to_mpz(r->step, b);
    Value it = long_iter(a, b, r->len, false);
    mpz_clears(a, b, NULL);
    return it;
}

static Value range_reversed(Value self, const Value *args, size_t nargs, Value kw)
{
    RangeObj *r = R(self);
    int64_t start, stop, step, len, last;
    if (fits_i64(r->start, &start) && fits_i64(r->stop, &stop) && fits_i64(r->step, &step) &&
        fits_i64(r->len, &len) && step != INT64_MIN) {
        if (len == 0)
            return fast_iter(start, -step, 0);
        /* The last value lies between start and stop, so it fits when they do. */
        if (!__builtin_mul_overflow(len - 1, step, &last) &&
            !__builtin_add_overflow(last, start, &last))
            return fast_iter(last, -step, len);
    }
    mpz_t a, b, n;
    mpz_inits(a, b, n, NULL);
    int_to_mpz(r->start, a);
    int_to_mpz(r->step, b);
    int_to_mpz(r->len, n);
    if (mpz_sgn(n) > 0) {
        mpz_sub_ui(n, n, 1);
        mpz_addmul(a, n, b);
    }
    Value it = long_iter(a, b, r->len, true);
    mpz_clears(a, b, n, NULL);
    return it;
}

static Value range_iter_next(Value v)
{
    RangeIterObj *it = (RangeIterObj *)AS_OBJ(v);
    bool more;
    int64_t x;
    CritSection cs;
    cs_begin(&cs, &it->base);
    more = it->left > 0;
    x = it->next;
    if (more) {
        it->left--;
        it->next = (int64_t)((uint64_t)x + (uint64_t)it->step);
    }
    cs_end(&cs);
    return more ? int_from_i64(x) : VNULL;
}

static Value longrange_iter_next(Value v)
{
    LongRangeIterObj *it = (LongRangeIterObj *)AS_OBJ(v);
    mpz_t x;
    bool more;
    mpz_init(x);
    CritSection cs;
    cs_begin(&cs, &it->base);
    more = mpz_sgn(it->left) > 0;
    if (more) {
        mpz_set(x, it->next);
        mpz_add(it->next, it->next, it->step);
        mpz_sub_ui(it->left, it->left, 1);
    }
    cs_end(&cs);
    Value r = more ? int_from_mpz(x) : VNULL;
    mpz_clear(x);
    return r;
}

static void longrange_iter_dealloc(Obj *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    mpz_clears(it->next, it->step, it->left, NULL);
    alloc_free(o);
}

static Value iter_self(Value v)
{
    return newref(v);
}

static const MethodDef range_methods[] = {
    {"count", range_count, METH_O, "Return number of occurrences of value."},
    {"index", range_index, METH_O, "Return index of value."},
    {"__reversed__", range_reversed, METH_NOARGS, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef range_members[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type range_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .methods = range_methods,
    .members = range_members,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .construct = range_construct,
};

Type range_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = obj_dealloc_plain,
    .iter = iter_self,
    .iternext = range_iter_next,
};

Type longrange_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .dealloc = longrange_iter_dealloc,
    .iter = iter_self,
    .iternext = longrange_iter_next,
};
