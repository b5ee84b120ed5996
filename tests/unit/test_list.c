// SPDX-License-Identifier: MIT
/**
 * @file test_list.c
 * @brief Unit tests of vm/list.c and vm/list_sort.c.
 *
 * Growth, insert/pop at the edges, a table of slice reads, assignments and
 * deletions generated with CPython, sorting (against qsort, stability with
 * and without a key, errors and mutation during a sort), iterators, repr and
 * the error messages, which must be CPython's.
 */
#include "../../vm/common.h"

#include <math.h>
#include <setjmp.h>

#include <cmocka.h>

#include "../../gc/gc.h"
#include "../../vm/cfunc.h"
#include "../../vm/exc.h"
#include "../../vm/float.h"
#include "../../vm/int.h"
#include "../../vm/list.h"
#include "../../vm/range.h"
#include "../../vm/runtime.h"
#include "../../vm/str.h"
#include "../../vm/tuple.h"

static Runtime *rt;

static int setup(void **state)
{
    (void)state;
    RuntimeOptions opts = {0};
    rt = runtime_init(&opts);
    return rt != NULL ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    runtime_fini(rt);
    return 0;
}

/* ---------------------------------------------------------------- helpers */

/** The small int n as a value. */
#define I(n) SMALLINT_VAL(n)

/* A list of the small ints in vals. */
static Value make_list(const int64_t *vals, size_t n)
{
    Value l = list_new(0);
    assert_true(l != VNULL);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(list_append(l, I(vals[i])), 0);
    return l;
}

/* [0, 1, ..., n-1] */
static Value range_list(int64_t n)
{
    Value l = list_new(0);
    for (int64_t i = 0; i < n; i++)
        assert_int_equal(list_append(l, I(i)), 0);
    return l;
}

/* The items (small ints) as "a,b,c" in a static buffer. */
static const char *csv(Value l)
{
    static char buf[4096];
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < list_size(l); i++) {
        Value v = list_get_ref(l, (int64_t)i);
        assert_true(IS_SMALLINT(v));
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%lld", i ? "," : "",
                                (long long)AS_SMALLINT(v));
    }
    return buf;
}

/* Assert that an exception of type t with str() msg is set, and clear it. */
static void expect_exc(Type *t, const char *msg)
{
    assert_true(exc_occurred());
    assert_true(exc_matches(t));
    Value e = exc_fetch();
    if (msg != NULL) {
        Value s = obj_str(e);
        assert_true(s != VNULL);
        assert_string_equal(STR_DATA(s), msg);
        decref(s);
    }
    decref(e);
}

/* obj.name(*args) */
static Value call(Value obj, const char *name, size_t nargs, const Value *args)
{
    Value m = obj_getattr_cstr(obj, name);
    assert_true(m != VNULL);
    Value r = obj_call(m, args, nargs);
    decref(m);
    return r;
}

/* obj.name() returning None */
static void call_none(Value obj, const char *name, size_t nargs, const Value *args)
{
    Value r = call(obj, name, nargs, args);
    assert_true(r == NONE_VAL);
}

static Value repr_of(Value v)
{
    Value r = obj_repr(v);
    assert_true(r != VNULL);
    return r;
}

static void assert_repr(Value v, const char *expect)
{
    Value r = repr_of(v);
    assert_string_equal(STR_DATA(r), expect);
    decref(r);
}

/* ------------------------------------------------------------------ tests */

static void test_append_growth(void **state)
{
    (void)state;
    Value l = list_new(0);
    ListObj *lo = (ListObj *)AS_OBJ(l);
    size_t reallocs = 0, cap = lo->cap;
    for (int64_t i = 0; i < 100000; i++) {
        assert_int_equal(list_append(l, I(i)), 0);
        assert_true(lo->cap >= lo->size);
        if (lo->cap != cap) {
            reallocs++;
            /* Over-allocation: about n/8 spare, never less than what is needed. */
            assert_true(lo->cap <= lo->size + lo->size / 8 + 8);
            cap = lo->cap;
        }
    }
    assert_int_equal(list_size(l), 100000);
    /* Amortised O(1): geometric growth, so few reallocations. */
    assert_true(reallocs < 120);
    for (int64_t i = 0; i < 100000; i += 997) {
        Value v = list_get_ref(l, i);
        assert_true(v == I(i));
    }
    /* Popping everything gives memory back. */
    for (int64_t i = 0; i < 100000; i++) {
        Value v = call(l, "pop", 0, NULL);
        assert_true(v == I(99999 - i));
    }
    assert_int_equal(list_size(l), 0);
    assert_true(lo->cap < 16);
    decref(l);
}

static void test_insert_pop_edges(void **state)
{
    (void)state;
    Value l = range_list(3);
    Value args[2];
    args[0] = I(-100), args[1] = I(10);
    call_none(l, "insert", 2, args);
    args[0] = I(100), args[1] = I(11);
    call_none(l, "insert", 2, args);
    args[0] = I(-1), args[1] = I(12);
    call_none(l, "insert", 2, args);
    args[0] = I(2), args[1] = I(13);
    call_none(l, "insert", 2, args);
    args[0] = I(0), args[1] = I(14);
    call_none(l, "insert", 2, args);
    args[0] = TRUE_VAL, args[1] = I(15);
    call_none(l, "insert", 2, args);
    assert_string_equal(csv(l), "14,15,10,0,13,1,2,12,11");

    Value v = call(l, "pop", 0, NULL);
    assert_true(v == I(11));
    args[0] = I(0);
    v = call(l, "pop", 1, args);
    assert_true(v == I(14));
    args[0] = I(-7);
    v = call(l, "pop", 1, args);
    assert_true(v == I(15));
    args[0] = I(2);
    v = call(l, "pop", 1, args);
    assert_true(v == I(13));
    assert_string_equal(csv(l), "10,0,1,2,12");
    args[0] = I(5);
    assert_true(call(l, "pop", 1, args) == VNULL);
    expect_exc(&exc_IndexError, "pop index out of range");
    args[0] = I(-6);
    assert_true(call(l, "pop", 1, args) == VNULL);
    expect_exc(&exc_IndexError, "pop index out of range");
    args[0] = str_from_cstr("a");
    assert_true(call(l, "pop", 1, args) == VNULL);
    expect_exc(&exc_TypeError, "'str' object cannot be interpreted as an integer");
    decref(args[0]);
    list_clear(l);
    assert_true(call(l, "pop", 0, NULL) == VNULL);
    expect_exc(&exc_IndexError, "pop from empty list");
    args[0] = I(0), args[1] = I(1);
    call_none(l, "insert", 2, args);
    assert_string_equal(csv(l), "1");
    decref(l);
}

static void test_index_errors(void **state)
{
    (void)state;
    Value l = range_list(3);
    assert_true(obj_getitem(l, I(3)) == VNULL);
    expect_exc(&exc_IndexError, "list index out of range");
    assert_true(obj_getitem(l, I(-4)) == VNULL);
    expect_exc(&exc_IndexError, "list index out of range");
    Value v = obj_getitem(l, I(-3));
    assert_true(v == I(0));
    v = obj_getitem(l, TRUE_VAL);
    assert_true(v == I(1));
    Value s = str_from_cstr("x");
    assert_true(obj_getitem(l, s) == VNULL);
    expect_exc(&exc_TypeError, "list indices must be integers or slices, not str");
    assert_int_equal(obj_setitem(l, s, I(1)), -1);
    expect_exc(&exc_TypeError, "list indices must be integers or slices, not str");
    decref(s);
    Value f = float_new(1.0);
    assert_true(obj_getitem(l, f) == VNULL);
    expect_exc(&exc_TypeError, "list indices must be integers or slices, not float");
    decref(f);
    assert_int_equal(obj_setitem(l, I(3), I(0)), -1);
    expect_exc(&exc_IndexError, "list assignment index out of range");
    assert_int_equal(obj_delitem(l, I(-4)), -1);
    expect_exc(&exc_IndexError, "list assignment index out of range");
    mpz_t z;
    mpz_init_set_ui(z, 1);
    mpz_mul_2exp(z, z, 100);
    Value big = int_from_mpz(z);
    mpz_clear(z);
    assert_true(obj_getitem(l, big) == VNULL);
    expect_exc(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
    Value args[2] = {big, I(0)};
    assert_true(call(l, "insert", 2, args) == VNULL);
    expect_exc(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    decref(big);
    assert_int_equal(obj_setitem(l, I(-1), I(7)), 0);
    assert_int_equal(obj_delitem(l, I(0)), 0);
    assert_string_equal(csv(l), "1,7");
    assert_true(list_get_ref(l, 2) == VNULL);
    expect_exc(&exc_IndexError, "list index out of range");
    assert_int_equal(list_set(l, 1, I(8)), 0);
    assert_string_equal(csv(l), "1,8");
    decref(l);
}

/* ------------------------------------------------------------- slice table */

/** A missing slice bound (None) in the table. */
#define NONE INT64_MIN

/** One (start, stop, step) and the lists CPython gives for six operations. */
typedef struct SliceCase {
    int64_t start;         /**< start, or NONE */
    int64_t stop;          /**< stop, or NONE */
    int64_t step;          /**< step, or NONE */
    const char *expect[6]; /**< after del; after assigning 0, 1, 2, 4 items; the slice read */
} SliceCase;

/*
 * Generated by this python3 script (CPython 3.11):
 *
 * # For every (start, stop, step): a = [0, 1, 2, 3, 4, 5], then
 * #   del a[start:stop:step];  a[start:stop:step] = [100, ...] of 0, 1, 2, 4 items;  a[start:stop:step]
 * # giving the resulting list, or "E" for ValueError.
 * B = [None, -8, -2, 0, 1, 4, 9]
 * S = [None, 2, -1, -3]
 * def enc(v):
 *     return 'NONE' if v is None else str(v)
 * def run(start, stop, step, n):
 *     a = list(range(6))
 *     try:
 *         if n is None:
 *             del a[start:stop:step]
 *         elif n == 'read':
 *             a = a[start:stop:step]
 *         else:
 *             a[start:stop:step] = list(range(100, 100 + n))
 *     except ValueError:
 *         return 'E'
 *     return ','.join(map(str, a))
 * for start in B:
 *     for stop in B:
 *         for step in S:
 *             r = ['"%s"' % run(start, stop, step, n) for n in (None, 0, 1, 2, 4, 'read')]
 *             print('    {%s, %s, %s,\n     {%s}},' % (enc(start), enc(stop), enc(step), ', '.join(r))) */
static const SliceCase slice_cases[] = {
    {NONE, NONE, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {NONE, NONE, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {NONE, NONE, -1,
     {"", "E", "E", "E", "E", "5,4,3,2,1,0"}},
    {NONE, NONE, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {NONE, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {NONE, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {NONE, -8, -1,
     {"", "E", "E", "E", "E", "5,4,3,2,1,0"}},
    {NONE, -8, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {NONE, -2, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {NONE, -2, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {NONE, -2, -1,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {NONE, -2, -3,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {NONE, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {NONE, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {NONE, 0, -1,
     {"0", "E", "E", "E", "E", "5,4,3,2,1"}},
    {NONE, 0, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {NONE, 1, NONE,
     {"1,2,3,4,5", "1,2,3,4,5", "100,1,2,3,4,5", "100,101,1,2,3,4,5", "100,101,102,103,1,2,3,4,5", "0"}},
    {NONE, 1, 2,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {NONE, 1, -1,
     {"0,1", "E", "E", "E", "0,1,103,102,101,100", "5,4,3,2"}},
    {NONE, 1, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {NONE, 4, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {NONE, 4, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {NONE, 4, -1,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {NONE, 4, -3,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {NONE, 9, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {NONE, 9, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {NONE, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {NONE, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, NONE, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {-8, NONE, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {-8, NONE, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, NONE, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {-8, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, -8, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, -8, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, -2, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {-8, -2, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {-8, -2, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, -2, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {-8, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 0, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 0, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 1, NONE,
     {"1,2,3,4,5", "1,2,3,4,5", "100,1,2,3,4,5", "100,101,1,2,3,4,5", "100,101,102,103,1,2,3,4,5", "0"}},
    {-8, 1, 2,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {-8, 1, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 1, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 4, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {-8, 4, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {-8, 4, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 4, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 9, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {-8, 9, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {-8, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-8, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, NONE, NONE,
     {"0,1,2,3", "0,1,2,3", "0,1,2,3,100", "0,1,2,3,100,101", "0,1,2,3,100,101,102,103", "4,5"}},
    {-2, NONE, 2,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {-2, NONE, -1,
     {"5", "E", "E", "E", "E", "4,3,2,1,0"}},
    {-2, NONE, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {-2, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {-2, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, -8, -1,
     {"5", "E", "E", "E", "E", "4,3,2,1,0"}},
    {-2, -8, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {-2, -2, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {-2, -2, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, -2, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, -2, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {-2, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 0, -1,
     {"0,5", "E", "E", "E", "0,103,102,101,100,5", "4,3,2,1"}},
    {-2, 0, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {-2, 1, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {-2, 1, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 1, -1,
     {"0,1,5", "E", "E", "E", "E", "4,3,2"}},
    {-2, 1, -3,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {-2, 4, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {-2, 4, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 4, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 4, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 9, NONE,
     {"0,1,2,3", "0,1,2,3", "0,1,2,3,100", "0,1,2,3,100,101", "0,1,2,3,100,101,102,103", "4,5"}},
    {-2, 9, 2,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {-2, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {-2, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, NONE, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {0, NONE, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {0, NONE, -1,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {0, NONE, -3,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {0, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {0, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, -8, -1,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {0, -8, -3,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {0, -2, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {0, -2, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {0, -2, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, -2, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "100,0,1,2,3,4,5", "100,101,0,1,2,3,4,5", "100,101,102,103,0,1,2,3,4,5", ""}},
    {0, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 0, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 0, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 1, NONE,
     {"1,2,3,4,5", "1,2,3,4,5", "100,1,2,3,4,5", "100,101,1,2,3,4,5", "100,101,102,103,1,2,3,4,5", "0"}},
    {0, 1, 2,
     {"1,2,3,4,5", "E", "100,1,2,3,4,5", "E", "E", "0"}},
    {0, 1, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 1, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 4, NONE,
     {"4,5", "4,5", "100,4,5", "100,101,4,5", "100,101,102,103,4,5", "0,1,2,3"}},
    {0, 4, 2,
     {"1,3,4,5", "E", "E", "100,1,101,3,4,5", "E", "0,2"}},
    {0, 4, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 4, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 9, NONE,
     {"", "", "100", "100,101", "100,101,102,103", "0,1,2,3,4,5"}},
    {0, 9, 2,
     {"1,3,5", "E", "E", "E", "E", "0,2,4"}},
    {0, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {0, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, NONE, NONE,
     {"0", "0", "0,100", "0,100,101", "0,100,101,102,103", "1,2,3,4,5"}},
    {1, NONE, 2,
     {"0,2,4", "E", "E", "E", "E", "1,3,5"}},
    {1, NONE, -1,
     {"2,3,4,5", "E", "E", "101,100,2,3,4,5", "E", "1,0"}},
    {1, NONE, -3,
     {"0,2,3,4,5", "E", "0,100,2,3,4,5", "E", "E", "1"}},
    {1, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,100,1,2,3,4,5", "0,100,101,1,2,3,4,5", "0,100,101,102,103,1,2,3,4,5", ""}},
    {1, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, -8, -1,
     {"2,3,4,5", "E", "E", "101,100,2,3,4,5", "E", "1,0"}},
    {1, -8, -3,
     {"0,2,3,4,5", "E", "0,100,2,3,4,5", "E", "E", "1"}},
    {1, -2, NONE,
     {"0,4,5", "0,4,5", "0,100,4,5", "0,100,101,4,5", "0,100,101,102,103,4,5", "1,2,3"}},
    {1, -2, 2,
     {"0,2,4,5", "E", "E", "0,100,2,101,4,5", "E", "1,3"}},
    {1, -2, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, -2, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,100,1,2,3,4,5", "0,100,101,1,2,3,4,5", "0,100,101,102,103,1,2,3,4,5", ""}},
    {1, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 0, -1,
     {"0,2,3,4,5", "E", "0,100,2,3,4,5", "E", "E", "1"}},
    {1, 0, -3,
     {"0,2,3,4,5", "E", "0,100,2,3,4,5", "E", "E", "1"}},
    {1, 1, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,100,1,2,3,4,5", "0,100,101,1,2,3,4,5", "0,100,101,102,103,1,2,3,4,5", ""}},
    {1, 1, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 1, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 1, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 4, NONE,
     {"0,4,5", "0,4,5", "0,100,4,5", "0,100,101,4,5", "0,100,101,102,103,4,5", "1,2,3"}},
    {1, 4, 2,
     {"0,2,4,5", "E", "E", "0,100,2,101,4,5", "E", "1,3"}},
    {1, 4, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 4, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 9, NONE,
     {"0", "0", "0,100", "0,100,101", "0,100,101,102,103", "1,2,3,4,5"}},
    {1, 9, 2,
     {"0,2,4", "E", "E", "E", "E", "1,3,5"}},
    {1, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {1, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, NONE, NONE,
     {"0,1,2,3", "0,1,2,3", "0,1,2,3,100", "0,1,2,3,100,101", "0,1,2,3,100,101,102,103", "4,5"}},
    {4, NONE, 2,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {4, NONE, -1,
     {"5", "E", "E", "E", "E", "4,3,2,1,0"}},
    {4, NONE, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {4, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {4, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, -8, -1,
     {"5", "E", "E", "E", "E", "4,3,2,1,0"}},
    {4, -8, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {4, -2, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {4, -2, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, -2, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, -2, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {4, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 0, -1,
     {"0,5", "E", "E", "E", "0,103,102,101,100,5", "4,3,2,1"}},
    {4, 0, -3,
     {"0,2,3,5", "E", "E", "0,101,2,3,100,5", "E", "4,1"}},
    {4, 1, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {4, 1, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 1, -1,
     {"0,1,5", "E", "E", "E", "E", "4,3,2"}},
    {4, 1, -3,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {4, 4, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,100,4,5", "0,1,2,3,100,101,4,5", "0,1,2,3,100,101,102,103,4,5", ""}},
    {4, 4, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 4, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 4, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 9, NONE,
     {"0,1,2,3", "0,1,2,3", "0,1,2,3,100", "0,1,2,3,100,101", "0,1,2,3,100,101,102,103", "4,5"}},
    {4, 9, 2,
     {"0,1,2,3,5", "E", "0,1,2,3,100,5", "E", "E", "4"}},
    {4, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {4, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, NONE, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, NONE, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, NONE, -1,
     {"", "E", "E", "E", "E", "5,4,3,2,1,0"}},
    {9, NONE, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {9, -8, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, -8, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, -8, -1,
     {"", "E", "E", "E", "E", "5,4,3,2,1,0"}},
    {9, -8, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {9, -2, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, -2, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, -2, -1,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {9, -2, -3,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {9, 0, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, 0, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, 0, -1,
     {"0", "E", "E", "E", "E", "5,4,3,2,1"}},
    {9, 0, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {9, 1, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, 1, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, 1, -1,
     {"0,1", "E", "E", "E", "0,1,103,102,101,100", "5,4,3,2"}},
    {9, 1, -3,
     {"0,1,3,4", "E", "E", "0,1,101,3,4,100", "E", "5,2"}},
    {9, 4, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, 4, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, 4, -1,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {9, 4, -3,
     {"0,1,2,3,4", "E", "0,1,2,3,4,100", "E", "E", "5"}},
    {9, 9, NONE,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "0,1,2,3,4,5,100", "0,1,2,3,4,5,100,101", "0,1,2,3,4,5,100,101,102,103", ""}},
    {9, 9, 2,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, 9, -1,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
    {9, 9, -3,
     {"0,1,2,3,4,5", "0,1,2,3,4,5", "E", "E", "E", ""}},
};

static Value bound(int64_t v)
{
    return v == NONE ? NONE_VAL : I(v);
}

static void test_slice_table(void **state)
{
    (void)state;
    static const int nrepl[] = {0, 1, 2, 4};
    for (size_t c = 0; c < ARRAY_LEN(slice_cases); c++) {
        const SliceCase *sc = &slice_cases[c];
        Value sl = slice_new(bound(sc->start), bound(sc->stop), bound(sc->step));
        assert_true(sl != VNULL);
        for (int k = 0; k < 6; k++) {
            Value l = range_list(6);
            int rc;
            if (k == 0)
                rc = obj_delitem(l, sl);
            else if (k == 5) {
                Value r = obj_getitem(l, sl);
                assert_true(r != VNULL);
                assert_true(list_check(r));
                decref(l);
                l = r;
                rc = 0;
            } else {
                int64_t vals[4] = {100, 101, 102, 103};
                Value repl = make_list(vals, (size_t)nrepl[k - 1]);
                rc = obj_setitem(l, sl, repl);
                decref(repl);
            }
            if (strcmp(sc->expect[k], "E") == 0) {
                assert_int_equal(rc, -1);
                expect_exc(&exc_ValueError, NULL);
                assert_string_equal(csv(l), "0,1,2,3,4,5");
            } else {
                if (rc != 0 || strcmp(csv(l), sc->expect[k]) != 0)
                    fail_msg("case %zu op %d: got %s, want %s", c, k, rc ? "error" : csv(l),
                             sc->expect[k]);
            }
            decref(l);
        }
        decref(sl);
    }
}

static void test_slice_misc(void **state)
{
    (void)state;
    /* a[i:j] = a */
    Value l = range_list(3);
    Value sl = slice_new(I(1), I(2), VNULL);
    assert_int_equal(obj_setitem(l, sl, l), 0);
    assert_string_equal(csv(l), "0,0,1,2,2");
    decref(sl);
    /* a[::-1] = a */
    sl = slice_new(VNULL, VNULL, I(-1));
    assert_int_equal(obj_setitem(l, sl, l), 0);
    assert_string_equal(csv(l), "2,2,1,0,0");
    /* extended slice size mismatch */
    Value two = range_list(2);
    assert_int_equal(obj_setitem(l, sl, two), -1);
    expect_exc(&exc_ValueError, "attempt to assign sequence of size 2 to extended slice of size 5");
    assert_int_equal(obj_setitem(l, sl, I(1)), -1);
    expect_exc(&exc_TypeError, "must assign iterable to extended slice");
    decref(sl);
    sl = slice_new(I(0), I(1), VNULL);
    assert_int_equal(obj_setitem(l, sl, I(1)), -1);
    expect_exc(&exc_TypeError, "can only assign an iterable");
    /* any iterable: a tuple, a str */
    Value t = tuple_pack(2, I(7), I(8));
    assert_int_equal(obj_setitem(l, sl, t), 0);
    assert_string_equal(csv(l), "7,8,2,1,0,0");
    decref(t);
    decref(sl);
    sl = slice_new(VNULL, VNULL, I(0));
    assert_true(obj_getitem(l, sl) == VNULL);
    expect_exc(&exc_ValueError, "slice step cannot be zero");
    assert_int_equal(obj_setitem(l, sl, two), -1);
    expect_exc(&exc_ValueError, "slice step cannot be zero");
    decref(sl);
    Value s = str_from_cstr("a");
    sl = slice_new(s, VNULL, VNULL);
    assert_true(obj_getitem(l, sl) == VNULL);
    expect_exc(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    decref(sl);
    decref(s);
    decref(two);
    /* huge bounds clamp */
    mpz_t z;
    mpz_init_set_si(z, -1);
    mpz_mul_2exp(z, z, 100);
    Value big = int_from_mpz(z);
    mpz_neg(z, z);
    Value bigp = int_from_mpz(z);
    mpz_clear(z);
    sl = slice_new(big, bigp, VNULL);
    Value r = obj_getitem(l, sl);
    assert_string_equal(csv(r), "7,8,2,1,0,0");
    decref(r);
    decref(sl);
    decref(big);
    decref(bigp);
    decref(l);
}

/* ----------------------------------------------------------------- sorting */

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int cmp_i64_desc(const void *a, const void *b)
{
    return cmp_i64(b, a);
}

static uint64_t rng_state = 88172645463325252ull;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void check_sorted_ints(const int64_t *vals, size_t n, bool reverse)
{
    Value l = make_list(vals, n);
    assert_int_equal(list_sort(l, VNULL, reverse), 0);
    int64_t *expect = malloc((n + 1) * sizeof(int64_t));
    memcpy(expect, vals, n * sizeof(int64_t));
    qsort(expect, n, sizeof(int64_t), reverse ? cmp_i64_desc : cmp_i64);
    assert_int_equal(list_size(l), n);
    for (size_t i = 0; i < n; i++) {
        Value v = list_get_ref(l, (int64_t)i);
        assert_true(v == I(expect[i]));
    }
    free(expect);
    decref(l);
}

static void test_sort_random_ints(void **state)
{
    (void)state;
    enum { N = 10000 };
    int64_t *vals = malloc(N * sizeof(int64_t));
    for (int round = 0; round < 4; round++) {
        for (size_t i = 0; i < N; i++) {
            uint64_t r = rng();
            vals[i] = round == 0   ? (int64_t)(r >> 3) - (INT64_C(1) << 59)
                      : round == 1 ? (int64_t)(r % 100) /* many duplicates */
                      : round == 2 ? (int64_t)i + (int64_t)(r % 5) /* nearly sorted */
                                   : (int64_t)(N - i) * ((i / 100) % 2 ? 1 : -1); /* runs */
        }
        check_sorted_ints(vals, N, false);
        check_sorted_ints(vals, N, true);
    }
    /* small and boundary sizes, sawtooth and organ-pipe shapes */
    static const size_t sizes[] = {0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1000, 4097};
    for (size_t s = 0; s < ARRAY_LEN(sizes); s++) {
        size_t n = sizes[s];
        for (size_t i = 0; i < n; i++)
            vals[i] = (int64_t)(i % 17);
        check_sorted_ints(vals, n, false);
        for (size_t i = 0; i < n; i++)
            vals[i] = (int64_t)(i < n / 2 ? i : n - i);
        check_sorted_ints(vals, n, false);
        check_sorted_ints(vals, n, true);
    }
    free(vals);
}

static void test_sort_mixed_numbers(void **state)
{
    (void)state;
    /* ints and floats mixed: the generic comparison path */
    enum { N = 3000 };
    Value l = list_new(0);
    double *expect = malloc(N * sizeof(double));
    for (size_t i = 0; i < N; i++) {
        int64_t r = (int64_t)(rng() % 2000) - 1000;
        Value v = i % 3 == 0 ? float_new((double)r + 0.5) : I(r);
        expect[i] = i % 3 == 0 ? (double)r + 0.5 : (double)r;
        list_append(l, v);
        decref(v);
    }
    assert_int_equal(list_sort(l, VNULL, false), 0);
    for (size_t i = 1; i < N; i++) {
        Value a = list_get_ref(l, (int64_t)i - 1), b = list_get_ref(l, (int64_t)i);
        assert_int_equal(obj_compare_bool(b, a, CMP_LT), 0);
        decref(a);
        decref(b);
    }
    free(expect);
    decref(l);

    /* stability without a key: 1 == 1.0 == True, 0 == 0.0 */
    Value f1 = float_new(1.0), f0 = float_new(0.0);
    Value items[5] = {I(1), f1, I(0), TRUE_VAL, f0};
    l = list_from_array(items, 5);
    assert_int_equal(list_sort(l, VNULL, false), 0);
    assert_repr(l, "[0, 0.0, 1, 1.0, True]");
    decref(l);
    l = list_from_array(items, 5);
    assert_int_equal(list_sort(l, VNULL, true), 0);
    assert_repr(l, "[1, 1.0, True, 0, 0.0]");
    decref(l);
    decref(f1);
    decref(f0);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_sort_strings(void **state)
{
    (void)state;
    enum { N = 2000 };
    char **words = malloc(N * sizeof(char *));
    Value l = list_new(0);
    for (size_t i = 0; i < N; i++) {
        char buf[8];
        size_t len = 1 + rng() % 5;
        for (size_t k = 0; k < len; k++)
            buf[k] = (char)('a' + rng() % 4);
        buf[len] = '\0';
        words[i] = strdup(buf);
        Value s = str_from_cstr(buf);
        list_append(l, s);
        decref(s);
    }
    assert_int_equal(list_sort(l, VNULL, false), 0);
    qsort(words, N, sizeof(char *), cmp_str);
    for (size_t i = 0; i < N; i++) {
        Value s = list_get_ref(l, (int64_t)i);
        assert_string_equal(STR_DATA(s), words[i]);
        decref(s);
        free(words[i]);
    }
    free(words);
    decref(l);
}

static Value key_mod10(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return I(AS_SMALLINT(args[0]) % 10);
}

static Value key_negate_or_fail(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (AS_SMALLINT(args[0]) == 42)
        return exc_raise(&exc_ValueError, "no 42");
    return I(-AS_SMALLINT(args[0]));
}

static Value mutated_list;

static Value key_mutate(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (list_append(mutated_list, I(99)) < 0)
        return VNULL;
    return newref(args[0]);
}

static const MethodDef key_defs[] = {
    {"mod10", key_mod10, METH_O, NULL},
    {"negate_or_fail", key_negate_or_fail, METH_O, NULL},
    {"mutate", key_mutate, METH_O, NULL},
};

static void test_sort_key_stability(void **state)
{
    (void)state;
    enum { N = 1000 };
    int64_t vals[N], pos[N];
    for (int64_t i = 0; i < N; i++)
        vals[i] = i;
    for (int64_t i = N - 1; i > 0; i--) { /* shuffle */
        int64_t j = (int64_t)(rng() % (uint64_t)(i + 1)), t = vals[i];
        vals[i] = vals[j];
        vals[j] = t;
    }
    for (int64_t i = 0; i < N; i++)
        pos[vals[i]] = i;
    Value key = cfunc_new(&key_defs[0], VNULL, NULL);
    for (int reverse = 0; reverse < 2; reverse++) {
        Value l = make_list(vals, N);
        assert_int_equal(list_sort(l, key, reverse), 0);
        for (int64_t i = 1; i < N; i++) {
            int64_t a = AS_SMALLINT(list_get_ref(l, i - 1)), b = AS_SMALLINT(list_get_ref(l, i));
            if (a % 10 == b % 10)
                assert_true(pos[a] < pos[b]); /* equal keys keep their order */
            else
                assert_true(reverse ? a % 10 > b % 10 : a % 10 < b % 10);
        }
        decref(l);
    }
    /* through the method, with keywords */
    Value l = make_list(vals, N);
    Value kwnames = tuple_pack(2, str_intern_cstr("key"), str_intern_cstr("reverse"));
    Value args[2] = {key, TRUE_VAL};
    Value m = obj_getattr_cstr(l, "sort");
    Value r = obj_call_kw(m, args, 0, kwnames);
    assert_true(r == NONE_VAL);
    assert_true(AS_SMALLINT(list_get_ref(l, 0)) % 10 == 9);
    Value one = I(1);
    assert_true(obj_call(m, &one, 1) == VNULL);
    expect_exc(&exc_TypeError, "sort() takes no positional arguments");
    decref(kwnames);
    kwnames = tuple_pack(1, str_intern_cstr("reverse"));
    args[0] = NONE_VAL;
    assert_true(obj_call_kw(m, args, 0, kwnames) == VNULL);
    expect_exc(&exc_TypeError, "'NoneType' object cannot be interpreted as an integer");
    decref(kwnames);
    kwnames = tuple_pack(1, str_intern_cstr("foo"));
    assert_true(obj_call_kw(m, args, 0, kwnames) == VNULL);
    expect_exc(&exc_TypeError, "'foo' is an invalid keyword argument for sort()");
    decref(kwnames);
    decref(m);
    decref(l);
    decref(key);
}

static void test_sort_errors(void **state)
{
    (void)state;
    /* a failing key leaves the list untouched */
    int64_t vals[100];
    for (int i = 0; i < 100; i++)
        vals[i] = (i * 37) % 100;
    Value key = cfunc_new(&key_defs[1], VNULL, NULL);
    Value l = make_list(vals, 100);
    char before[4096];
    strcpy(before, csv(l));
    assert_int_equal(list_sort(l, key, false), -1);
    expect_exc(&exc_ValueError, "no 42");
    assert_string_equal(csv(l), before);
    decref(l);
    decref(key);

    /* a failing comparison leaves a permutation */
    l = make_list(vals, 100);
    Value s = str_from_cstr("x");
    assert_int_equal(list_set(l, 50, s), 0);
    decref(s);
    assert_int_equal(list_sort(l, VNULL, false), -1);
    expect_exc(&exc_TypeError, NULL);
    assert_int_equal(list_size(l), 100);
    int seen[100] = {0}, strs = 0;
    for (int i = 0; i < 100; i++) {
        Value v = list_get_ref(l, i);
        if (IS_SMALLINT(v))
            seen[AS_SMALLINT(v)]++;
        else
            strs++;
        decref(v);
    }
    assert_int_equal(strs, 1);
    for (int i = 0; i < 100; i++)
        assert_int_equal(seen[i], vals[50] == i ? 0 : 1);
    decref(l);

    /* mutation during the sort */
    mutated_list = make_list(vals, 3);
    key = cfunc_new(&key_defs[2], VNULL, NULL);
    assert_int_equal(list_sort(mutated_list, key, false), -1);
    expect_exc(&exc_ValueError, "list modified during sort");
    assert_string_equal(csv(mutated_list), "0,37,74");
    decref(mutated_list);
    decref(key);
}

/* ------------------------------------------------------------------- misc */

static void test_reverse(void **state)
{
    (void)state;
    for (int64_t n = 0; n < 6; n++) {
        Value l = range_list(n);
        list_reverse(l);
        for (int64_t i = 0; i < n; i++)
            assert_true(list_get_ref(l, i) == I(n - 1 - i));
        call_none(l, "reverse", 0, NULL);
        for (int64_t i = 0; i < n; i++)
            assert_true(list_get_ref(l, i) == I(i));
        /* reversed() */
        Value it = call(l, "__reversed__", 0, NULL);
        for (int64_t i = n - 1; i >= 0; i--)
            assert_true(obj_next(it) == I(i));
        assert_true(obj_next(it) == VNULL);
        assert_false(exc_occurred());
        decref(it);
        decref(l);
    }
}

static void test_repr_and_compare(void **state)
{
    (void)state;
    Value l = range_list(3);
    assert_repr(l, "[0, 1, 2]");
    Value e = list_new(0);
    assert_repr(e, "[]");
    list_append(l, l);
    assert_repr(l, "[0, 1, 2, [...]]");
    list_clear(l); /* break the cycle */
    Value a = range_list(3), b = range_list(3), c = range_list(2);
    assert_int_equal(obj_compare_bool(a, b, CMP_EQ), 1);
    assert_int_equal(obj_compare_bool(a, c, CMP_EQ), 0);
    assert_int_equal(obj_compare_bool(a, c, CMP_NE), 1);
    assert_int_equal(obj_compare_bool(c, a, CMP_LT), 1);
    assert_int_equal(obj_compare_bool(a, b, CMP_LE), 1);
    assert_int_equal(obj_compare_bool(a, b, CMP_LT), 0);
    list_set(b, 2, I(-1));
    assert_int_equal(obj_compare_bool(a, b, CMP_GT), 1);
    assert_int_equal(obj_compare_bool(a, I(1), CMP_EQ), 0);
    assert_int_equal(obj_compare_bool(a, I(1), CMP_LT), -1);
    expect_exc(&exc_TypeError, "'<' not supported between instances of 'list' and 'int'");
    Value nan = float_new(NAN);
    Value n1 = list_from_array(&nan, 1), n2 = list_from_array(&nan, 1);
    assert_int_equal(obj_compare_bool(n1, n2, CMP_EQ), 1); /* identity shortcut */
    decref(n1);
    decref(n2);
    decref(nan);
    decref(a);
    decref(b);
    decref(c);
    decref(e);
    decref(l);
}

static void test_methods(void **state)
{
    (void)state;
    int64_t vals[] = {3, 1, 3, 2, 3};
    Value l = make_list(vals, 5);
    Value three = I(3);
    Value r = call(l, "count", 1, &three);
    assert_true(r == I(3));
    Value args[3] = {I(3), I(1), I(4)};
    r = call(l, "index", 3, args);
    assert_true(r == I(2));
    args[1] = I(-2);
    r = call(l, "index", 2, args);
    assert_true(r == I(4));
    args[0] = I(7);
    assert_true(call(l, "index", 1, args) == VNULL);
    expect_exc(&exc_ValueError, "7 is not in list");
    Value s = str_from_cstr("a");
    assert_true(call(l, "index", 1, &s) == VNULL);
    expect_exc(&exc_ValueError, "'a' is not in list");
    args[0] = I(3), args[1] = NONE_VAL;
    assert_true(call(l, "index", 2, args) == VNULL);
    expect_exc(&exc_TypeError, "slice indices must be integers or have an __index__ method");
    call_none(l, "remove", 1, &three);
    assert_string_equal(csv(l), "1,3,2,3");
    assert_true(call(l, "remove", 1, &s) == VNULL);
    expect_exc(&exc_ValueError, "list.remove(x): x not in list");
    decref(s);
    assert_int_equal(obj_contains(l, I(2)), 1);
    assert_int_equal(obj_contains(l, I(5)), 0);
    Value cp = call(l, "copy", 0, NULL);
    assert_string_equal(csv(cp), "1,3,2,3");
    call_none(l, "extend", 1, &l); /* extend by itself */
    assert_string_equal(csv(l), "1,3,2,3,1,3,2,3");
    call_none(cp, "clear", 0, NULL);
    assert_int_equal(list_size(cp), 0);
    Value t = list_as_tuple(l);
    assert_int_equal(TUPLE_SIZE(t), 8);
    Value l2 = list_from_iterable(t);
    assert_int_equal(obj_compare_bool(l, l2, CMP_EQ), 1);
    decref(t);
    decref(l2);
    decref(cp);
    decref(l);
}

static void test_arithmetic(void **state)
{
    (void)state;
    Value a = range_list(2), b = range_list(3);
    Value r = obj_binop(a, b, BINOP_ADD);
    assert_string_equal(csv(r), "0,1,0,1,2");
    decref(r);
    r = obj_binop(a, I(3), BINOP_MUL);
    assert_string_equal(csv(r), "0,1,0,1,0,1");
    decref(r);
    r = obj_binop(I(2), a, BINOP_MUL);
    assert_string_equal(csv(r), "0,1,0,1");
    decref(r);
    r = obj_binop(a, I(-1), BINOP_MUL);
    assert_string_equal(csv(r), "");
    decref(r);
    Value t = tuple_pack(1, I(1));
    assert_true(obj_binop(a, t, BINOP_ADD) == VNULL);
    expect_exc(&exc_TypeError, "can only concatenate list (not \"tuple\") to list");
    Value f = float_new(2.0);
    assert_true(obj_binop(a, f, BINOP_MUL) == VNULL);
    expect_exc(&exc_TypeError, "can't multiply sequence by non-int of type 'float'");
    assert_true(obj_binop(f, a, BINOP_MUL) == VNULL);
    expect_exc(&exc_TypeError, "can't multiply sequence by non-int of type 'float'");
    assert_true(obj_inplace(a, f, BINOP_MUL) == VNULL);
    expect_exc(&exc_TypeError, "can't multiply sequence by non-int of type 'float'");
    assert_true(obj_binop(a, I(SMALLINT_MAX), BINOP_MUL) == VNULL);
    expect_exc(&exc_MemoryError, NULL);
    r = obj_inplace(a, t, BINOP_ADD);
    assert_true(r == a);
    decref(r);
    assert_string_equal(csv(a), "0,1,1");
    r = obj_inplace(a, I(2), BINOP_MUL);
    assert_true(r == a);
    decref(r);
    assert_string_equal(csv(a), "0,1,1,0,1,1");
    assert_true(obj_inplace(a, I(1), BINOP_ADD) == VNULL);
    expect_exc(&exc_TypeError, "'int' object is not iterable");
    r = obj_inplace(a, I(0), BINOP_MUL);
    decref(r);
    assert_int_equal(list_size(a), 0);
    decref(f);
    decref(t);
    decref(a);
    decref(b);
}

static void test_iterator_sees_appends(void **state)
{
    (void)state;
    Value l = range_list(2);
    Value it = obj_iter(l);
    int64_t n = 0;
    for (;;) {
        Value v = obj_next(it);
        if (v == VNULL)
            break;
        if (n < 5)
            list_append(l, I(10 + n));
        n++;
    }
    assert_false(exc_occurred());
    assert_int_equal(n, 7);
    /* exhausted stays exhausted */
    list_append(l, I(0));
    assert_true(obj_next(it) == VNULL);
    decref(it);
    decref(l);
}

static void test_construct(void **state)
{
    (void)state;
    Value ltype = OBJ_VAL(&list_type);
    Value r = obj_call(ltype, NULL, 0);
    assert_true(list_check(r));
    assert_int_equal(list_size(r), 0);
    decref(r);
    Value t = tuple_pack(2, I(4), I(5));
    r = obj_call(ltype, &t, 1);
    assert_string_equal(csv(r), "4,5");
    decref(r);
    Value two[2] = {t, t};
    assert_true(obj_call(ltype, two, 2) == VNULL);
    expect_exc(&exc_TypeError, "list expected at most 1 argument, got 2");
    Value one = I(1);
    assert_true(obj_call(ltype, &one, 1) == VNULL);
    expect_exc(&exc_TypeError, "'int' object is not iterable");
    decref(t);
}

static void test_cycles_collected(void **state)
{
    (void)state;
    gc_collect(rt, GC_GENERATIONS - 1);
    int64_t before = gc_tracked_count(rt);
    Value a = list_new(0);
    list_append(a, a); /* a = [a] */
    Value b = list_new(0), c = list_new(0);
    list_append(b, c);
    list_append(c, b);
    Value it = obj_iter(b); /* iterators hold their list */
    list_append(b, it);
    Value rit = call(c, "__reversed__", 0, NULL);
    list_append(c, rit);
    decref(it);
    decref(rit);
    decref(a);
    decref(b);
    decref(c);
    assert_int_equal(gc_tracked_count(rt), before + 5);
    assert_true(gc_collect(rt, GC_GENERATIONS - 1) >= 5);
    assert_int_equal(gc_tracked_count(rt), before);
}

/** Run the tests with one runtime for the group. */
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_append_growth),
        cmocka_unit_test(test_insert_pop_edges),
        cmocka_unit_test(test_index_errors),
        cmocka_unit_test(test_slice_table),
        cmocka_unit_test(test_slice_misc),
        cmocka_unit_test(test_sort_random_ints),
        cmocka_unit_test(test_sort_mixed_numbers),
        cmocka_unit_test(test_sort_strings),
        cmocka_unit_test(test_sort_key_stability),
        cmocka_unit_test(test_sort_errors),
        cmocka_unit_test(test_reverse),
        cmocka_unit_test(test_repr_and_compare),
        cmocka_unit_test(test_methods),
        cmocka_unit_test(test_arithmetic),
        cmocka_unit_test(test_iterator_sees_appends),
        cmocka_unit_test(test_construct),
        cmocka_unit_test(test_cycles_collected),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
