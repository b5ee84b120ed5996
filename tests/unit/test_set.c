// SPDX-License-Identifier: MIT
/**
 * @file test_set.c
 * @brief Unit tests of vm/set.c, vm/set_ops.c and the set operations of dict views.
 *
 * The table layout against CPython 3.11's: the table size after each
 * insertion, the iteration order of int sets (recorded from CPython),
 * dummies left by deletions and reused by insertions, pop() order and its
 * finger, keys with equal hashes, frozenset hash values, and sets of
 * 200,000 elements (growth past 50,000 doubles instead of quadrupling).
 * Then numeric key equality (1, 1.0 and True are one element), keys whose
 * `==` mutates the set during a probe, the C API, CPython's error messages,
 * and cycles through set iterators.
 */
#include "../../vm/common.h"

#include <setjmp.h>

#include <cmocka.h>

#include "../../gc/alloc.h"
#include "../../gc/gc.h"
#include "../../vm/dict.h"
#include "../../vm/exc.h"
#include "../../vm/float.h"
#include "../../vm/int.h"
#include "../../vm/list.h"
#include "../../vm/range.h"
#include "../../vm/runtime.h"
#include "../../vm/set_impl.h"
#include "../../vm/str.h"
#include "../../vm/tuple.h"

static Runtime *rt;

static int setup(void **state)
{
    (void)state;
    RuntimeOptions opts = {0};
    rt = runtime_init(&opts);
    if (rt == NULL)
        return -1;
    /* Registered by the runtime once set.c is wired in; harmless if already ready. */
    if (type_ready(&set_type) < 0 || type_ready(&frozenset_type) < 0 ||
        type_ready(&set_iter_type) < 0)
        return -1;
    return 0;
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

static SetObj *S(Value s)
{
    return (SetObj *)AS_OBJ(s);
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

static Value call(Value obj, const char *name, size_t nargs, const Value *args)
{
    Value m = obj_getattr_cstr(obj, name);
    assert_true(m != VNULL);
    Value r = obj_call(m, args, nargs);
    decref(m);
    return r;
}

/* Call a method that returns None and must succeed. */
static void call_ok(Value obj, const char *name, size_t nargs, const Value *args)
{
    Value r = call(obj, name, nargs, args);
    assert_true(r == NONE_VAL);
    decref(r);
}

/* A set of the ints vals[0..n), added in that order. */
static Value set_of(const int64_t *vals, size_t n)
{
    Value s = set_new();
    assert_true(s != VNULL);
    for (size_t i = 0; i < n; i++) {
        Value v = int_from_i64(vals[i]);
        assert_int_equal(set_add(s, v), 0);
        decref(v);
    }
    return s;
}

/* The int value of v, which must fit int64. */
static int64_t i64(Value v)
{
    int64_t x;
    assert_int_equal(int_as_i64(v, &x), 0);
    return x;
}

/* Assert that s iterates exactly as want[0..n). */
static void expect_order(Value s, const int64_t *want, size_t n)
{
    assert_int_equal(set_size(s), n);
    size_t pos = 0, k = 0;
    Value key;
    while (set_next(s, &pos, &key)) {
        assert_true(k < n);
        assert_true(i64(key) == want[k]);
        k++;
    }
    assert_int_equal(k, n);
}

/* Check the bookkeeping of a table: fill and used match its slots. */
static void check_table(Value s)
{
    SetObj *o = S(s);
    size_t used = 0, dummies = 0;
    for (size_t i = 0; i <= o->mask; i++) {
        if (o->table[i].key == SET_DUMMY) {
            assert_true(o->table[i].hash == -1);
            dummies++;
        } else if (o->table[i].key != VNULL) {
            used++;
        } else {
            assert_true(o->table[i].hash == 0);
        }
    }
    assert_int_equal(used, o->used);
    assert_int_equal(used + dummies, o->fill);
    assert_true(o->fill < o->mask + 1); /* one unused slot at least */
    assert_true((o->table == o->small) == (o->mask + 1 == SET_MINSIZE));
}

/* ------------------------------------------------------------ the table */

/* Generated with CPython 3.11: case_order[i] is list(set(case_seq[i])). */
static const int64_t case_seq[][100] = {
    /* small ints out of order */
    {5, 3, 9, 1, 7, 2},
    /* multiples of 8 collide in an 8-slot table */
    {0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88},
    /* linear probes, then perturbation */
    {7, 15, 23, 31, 39, 47, 8, 16, 24},
    /* negative ints and -1 (hash -2, as -2) */
    {-1, -2, -3, 5, -8, 13, -21, 34},
    /* equal hashes modulo 2**61 - 1 */
    {1, 2305843009213693952, 4611686018427387903, -2305843009213693950, 2305843009213693951, 0},
    /* wide range */
    {-1259801256942641786, -918615833121216985, 1921640899483315687, -587950326848977040,
     1480141274773013272, -3234228740956083381, 3982308083960668128, -2048218180272897959,
     1422563871168108484, 1490980714318600362, 1392410801746110547, 3032347810180839189,
     2895680483837357401, -839491613747675310, 163778870628821460, 1496532920426188389,
     -256773953080999593, 3952475612974545210, -2101002346415836032, 2191088725251710169,
     220122181243410982, 1577218228555786026, -2176533523191129817, -3404349293866040501,
     -1406788024188838677, 3470533948924335260, -264060410310763054, -395777957761888429,
     -1002639945735000839, 631626788875928063, 4280493686841473991, 3041955611413968211,
     947690164868813683, 524351736466422622, 4523497515500285317, -1362880893303441227,
     1290318106365136250, -3770335916372115650, 2341944337682532827, -3258288206660483631},
    /* multiples of 1024 */
    {0, 1024, 2048, 3072, 4096, 5120, 6144, 7168, 8192, 9216, 10240, 11264, 12288, 13312, 14336,
     15360, 16384, 17408, 18432, 19456, 20480, 21504, 22528, 23552, 24576, 25600, 26624, 27648,
     28672, 29696, 30720, 31744, 32768, 33792, 34816, 35840, 36864, 37888, 38912, 39936, 40960,
     41984, 43008, 44032, 45056, 46080, 47104, 48128, 49152, 50176, 51200, 52224, 53248, 54272,
     55296, 56320, 57344, 58368, 59392, 60416},
    /* random small, with repeats */
    {60, 117, 28, 265, 64, 483, 424, 107, 464, 325, 314, 472, 44, 484, 258, 88, 120, 249, 298,
     409, 374, 84, 82, 44, 64, 316, 53, 415, 483, 304, 287, 415, 309, 323, 15, 304, 55, 286, 92,
     278, 357, 161, 0, 62, 143, 14, 93, 31, 53, 325, 438, 319, 344, 317, 375, 107, 296, 106,
     330, 97, 236, 95, 242, 160, 139, 375, 232, 324, 224, 427, 366, 412, 421, 111, 204, 300,
     443, 229, 442, 214, 304, 359, 68, 451, 107, 82, 159, 203, 100, 385, 91, 182, 233, 351, 7,
     61, 171, 345, 1, 395},
    /* descending */
    {100, 97, 94, 91, 88, 85, 82, 79, 76, 73, 70, 67, 64, 61, 58, 55, 52, 49, 46, 43, 40, 37,
     34, 31, 28, 25, 22, 19, 16, 13, 10, 7, 4, 1},
};
static const size_t case_len[] = {6, 12, 9, 8, 6, 40, 60, 100, 34};
static const int64_t case_order[][100] = {
    {1, 2, 3, 5, 7, 9},
    {0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88},
    {39, 7, 8, 15, 47, 16, 23, 24, 31},
    {34, 5, -21, 13, -2, -8, -3, -1},
    {2305843009213693951, 1, -2305843009213693950, 2305843009213693952, 4611686018427387903, 0},
    {-2101002346415836032, -1259801256942641786, 4523497515500285317, 3032347810180839189,
     1480141274773013272, 3470533948924335260, 220122181243410982, -918615833121216985,
     -2176533523191129817, 1490980714318600362, 1577218228555786026, -1362880893303441227,
     3952475612974545210, -3770335916372115650, 1422563871168108484, 4280493686841473991,
     -3234228740956083381, -3404349293866040501, -3258288206660483631, -839491613747675310,
     1392410801746110547, 163778870628821460, -264060410310763054, -395777957761888429,
     -256773953080999593, 3041955611413968211, -2048218180272897959, 2895680483837357401,
     2191088725251710169, 2341944337682532827, 524351736466422622, 3982308083960668128,
     1496532920426188389, 1921640899483315687, -1406788024188838677, -587950326848977040,
     947690164868813683, -1002639945735000839, 1290318106365136250, 631626788875928063},
    {0, 1024, 4096, 2048, 3072, 5120, 6144, 7168, 8192, 9216, 12288, 59392, 16384, 52224, 20480,
     56320, 24576, 13312, 17408, 21504, 25600, 28672, 29696, 32768, 33792, 37888, 36864, 60416,
     40960, 45056, 49152, 53248, 57344, 10240, 14336, 18432, 22528, 26624, 30720, 34816, 38912,
     43008, 47104, 41984, 46080, 50176, 54272, 58368, 11264, 15360, 19456, 23552, 27648, 31744,
     35840, 39936, 44032, 48128, 51200, 55296},
    {0, 1, 7, 14, 15, 28, 31, 44, 53, 55, 60, 61, 62, 64, 68, 82, 84, 88, 91, 92, 93, 95, 97,
     100, 106, 107, 111, 117, 120, 139, 143, 159, 160, 161, 171, 182, 203, 204, 214, 224, 229,
     232, 233, 236, 242, 249, 258, 265, 278, 286, 287, 296, 298, 300, 304, 309, 314, 316, 317,
     319, 323, 324, 325, 330, 344, 345, 351, 357, 359, 366, 374, 375, 385, 395, 409, 412, 415,
     421, 424, 427, 438, 442, 443, 451, 464, 472, 483, 484},
    {1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67,
     70, 73, 76, 79, 82, 85, 88, 91, 94, 97, 100},
};
static const size_t case_order_len[] = {6, 12, 9, 8, 6, 40, 60, 88, 34};
/* list(frozenset(set(case_seq[i]))): a copy resizes once up front, so it may differ. */
static const int64_t case_copy_order[][100] = {
    {1, 2, 3, 5, 7, 9},
    {0, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56, 88},
    {39, 7, 8, 15, 47, 16, 23, 24, 31},
    {34, 5, -21, 13, -2, -8, -3, -1},
    {2305843009213693951, 1, -2305843009213693950, 2305843009213693952, 4611686018427387903, 0},
    {-2101002346415836032, -1259801256942641786, 4523497515500285317, 3032347810180839189,
     1480141274773013272, 3470533948924335260, 220122181243410982, -918615833121216985,
     -2176533523191129817, 1490980714318600362, 1577218228555786026, -1362880893303441227,
     3952475612974545210, -3770335916372115650, 1422563871168108484, 4280493686841473991,
     -3234228740956083381, -3404349293866040501, -3258288206660483631, -839491613747675310,
     1392410801746110547, 163778870628821460, -264060410310763054, -395777957761888429,
     -256773953080999593, 3041955611413968211, -2048218180272897959, 2895680483837357401,
     2191088725251710169, 2341944337682532827, 524351736466422622, 3982308083960668128,
     1496532920426188389, 1921640899483315687, -1406788024188838677, -587950326848977040,
     947690164868813683, -1002639945735000839, 1290318106365136250, 631626788875928063},
    {0, 1024, 4096, 2048, 3072, 5120, 6144, 7168, 8192, 9216, 12288, 59392, 16384, 52224, 20480,
     56320, 24576, 13312, 17408, 21504, 25600, 28672, 29696, 32768, 33792, 37888, 36864, 60416,
     40960, 45056, 49152, 53248, 57344, 10240, 14336, 18432, 22528, 26624, 30720, 34816, 38912,
     43008, 47104, 41984, 46080, 50176, 54272, 58368, 11264, 15360, 19456, 23552, 27648, 31744,
     35840, 39936, 44032, 48128, 51200, 55296},
    {0, 1, 258, 7, 265, 14, 15, 278, 28, 286, 31, 287, 296, 298, 44, 300, 304, 53, 309, 55, 314,
     60, 61, 62, 316, 64, 317, 319, 323, 68, 324, 325, 330, 82, 84, 88, 344, 345, 91, 92, 93,
     95, 351, 97, 100, 357, 359, 106, 107, 366, 111, 117, 374, 375, 120, 385, 139, 395, 143,
     409, 412, 159, 160, 161, 415, 421, 424, 171, 427, 182, 438, 442, 443, 451, 203, 204, 464,
     214, 472, 224, 483, 484, 229, 232, 233, 236, 242, 249},
    {1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67,
     70, 73, 76, 79, 82, 85, 88, 91, 94, 97, 100},
};

static void test_growth_sizes(void **state)
{
    (void)state;
    /* CPython 3.11, from sys.getsizeof: 8 slots up to 4 elements, then 32, then 128. */
    Value s = set_new();
    assert_int_equal(S(s)->mask + 1, 8);
    assert_true(S(s)->table == S(s)->small);
    for (int64_t n = 1; n < 70; n++) {
        Value v = int_from_i64(n * 1000003);
        assert_int_equal(set_add(s, v), 0);
        decref(v);
        size_t want = n < 5 ? 8 : n < 19 ? 32 : 128;
        assert_int_equal(S(s)->mask + 1, want);
        check_table(s);
    }
    /* Up to 50,000 elements a full table grows to 4 * used; then to 2 * used. */
    for (int64_t n = 70; n < 60000; n++) {
        size_t before = S(s)->mask + 1;
        assert_int_equal(set_add(s, I(n * 1000003)), 0);
        size_t after = S(s)->mask + 1;
        if (after != before) {
            size_t used = S(s)->used, want = SET_MINSIZE;
            while (want <= (used > 50000 ? used * 2 : used * 4))
                want <<= 1;
            assert_int_equal(after, want);
        }
    }
    assert_int_equal(S(s)->mask + 1, 131072);
    check_table(s);
    decref(s);
}

static void test_recorded_orders(void **state)
{
    (void)state;
    for (size_t c = 0; c < ARRAY_LEN(case_len); c++) {
        Value s = set_of(case_seq[c], case_len[c]);
        expect_order(s, case_order[c], case_order_len[c]);
        check_table(s);
        /* A copy is presized, then keeps the layout through further copies. */
        Value f = frozenset_new(s), t = set_from_iterable(f);
        expect_order(f, case_copy_order[c], case_order_len[c]);
        expect_order(t, case_copy_order[c], case_order_len[c]);
        decref(f);
        decref(t);
        decref(s);
    }
}

static void test_dummies(void **state)
{
    (void)state;
    int64_t seq[16];
    for (int i = 0; i < 16; i++)
        seq[i] = i * 4;
    Value s = set_of(seq, 16);
    for (int64_t x = 0; x < 64; x += 8)
        assert_int_equal(set_discard(s, I(x)), 1);
    assert_int_equal(set_discard(s, I(0)), 0);
    assert_int_equal(S(s)->used, 8);
    assert_int_equal(S(s)->fill, 16); /* the deleted slots are dummies */
    check_table(s);
    static const int64_t after_discard[] = {4, 36, 12, 44, 60, 20, 52, 28};
    expect_order(s, after_discard, 8);
    /* 64 and 128 hash to slot 0: they land in dummies passed on the way (CPython's order). */
    assert_int_equal(set_add(s, I(64)), 0);
    assert_int_equal(set_add(s, I(128)), 0);
    static const int64_t after_add[] = {128, 64, 4, 36, 12, 44, 60, 20, 52, 28};
    expect_order(s, after_add, 10);
    assert_int_equal(S(s)->fill, 16); /* reusing a dummy does not raise fill */
    check_table(s);
    decref(s);

    /* In a small table the last dummy passed is reused: {1, 9, 17, 25} - {9, 17} + {33}. */
    static const int64_t small[] = {1, 9, 17, 25}, small_after[] = {1, 25, 33};
    s = set_of(small, 4);
    assert_int_equal(set_discard(s, I(9)), 1);
    assert_int_equal(set_discard(s, I(17)), 1);
    assert_int_equal(set_add(s, I(33)), 0);
    expect_order(s, small_after, 3);
    check_table(s);
    decref(s);

    /* difference_update purges dummies once they exceed a quarter of the table. */
    Value r = range_new(I(0), I(300), I(1));
    s = set_from_iterable(r);
    decref(r);
    assert_int_equal(S(s)->mask + 1, 512);
    r = range_new(I(0), I(300), I(2));
    assert_int_equal(set_difference_update(s, r), 0); /* 150 dummies: rebuilt, larger */
    decref(r);
    assert_int_equal(S(s)->fill, S(s)->used);
    assert_int_equal(S(s)->mask + 1, 1024);
    check_table(s);
    static const int64_t odd_head[] = {1, 3, 5, 7, 9};
    size_t pos = 0;
    Value key;
    for (int i = 0; i < 5; i++) {
        assert_int_equal(set_next(s, &pos, &key), 1);
        assert_true(key == I(odd_head[i]));
    }
    decref(s);
    r = range_new(I(0), I(300), I(1));
    s = set_from_iterable(r);
    decref(r);
    for (int64_t i = 0; i < 290; i++) /* discard() never rebuilds */
        assert_int_equal(set_discard(s, I(i)), 1);
    assert_int_equal(S(s)->mask + 1, 512);
    assert_int_equal(S(s)->fill, 300);
    assert_int_equal(set_difference_update(s, s), 0); /* s - s: cleared */
    assert_int_equal(S(s)->mask + 1, SET_MINSIZE);
    check_table(s);
    decref(s);
}

static void test_pop_order(void **state)
{
    (void)state;
    int64_t seq[15];
    for (int i = 0; i < 15; i++)
        seq[i] = i * 7;
    Value s = set_of(seq, 15);
    static const int64_t popped[] = {0, 98, 35, 70, 7};
    static const int64_t rest[] = {42, 77, 14, 49, 84, 21, 56, 91, 28, 63};
    for (int i = 0; i < 5; i++) {
        Value v = call(s, "pop", 0, NULL);
        assert_true(v == I(popped[i]));
    }
    expect_order(s, rest, 10);
    check_table(s);
    /* clear() keeps the finger: the next pop starts where the last one stopped. */
    set_clear(s);
    assert_int_equal(S(s)->mask + 1, SET_MINSIZE);
    static const int64_t refill[] = {3, 2, 1, 40}, left[] = {2, 3};
    for (int i = 0; i < 4; i++)
        assert_int_equal(set_add(s, I(refill[i])), 0);
    Value a = call(s, "pop", 0, NULL), b = call(s, "pop", 0, NULL);
    assert_true(a == I(40) && b == I(1));
    expect_order(s, left, 2);
    assert_int_equal(set_discard(s, I(2)), 1);
    assert_int_equal(set_discard(s, I(3)), 1);
    assert_true(call(s, "pop", 0, NULL) == VNULL);
    expect_exc(&exc_KeyError, "'pop from an empty set'");
    check_table(s);
    decref(s);
}

static void test_equal_hash_keys(void **state)
{
    (void)state;
    /* 1000 ints k * (2**61 - 1) + 12345: one hash, 1000 distinct keys. */
    Value s = set_new(), m = int_from_i64(((int64_t)1 << 61) - 1);
    Value keys[1000];
    for (int64_t k = 0; k < 1000; k++) {
        Value km = int_binop(I(k), m, BINOP_MUL);
        keys[k] = int_binop(km, I(12345), BINOP_ADD);
        decref(km);
        assert_int_equal(int_hash(keys[k]), 12345);
        assert_int_equal(set_add(s, keys[k]), 0);
    }
    assert_int_equal(set_size(s), 1000);
    for (int k = 0; k < 1000; k++)
        assert_int_equal(set_contains(s, keys[k]), 1);
    assert_int_equal(set_contains(s, I(12346)), 0);
    for (int k = 0; k < 1000; k += 2)
        assert_int_equal(set_discard(s, keys[k]), 1);
    for (int k = 0; k < 1000; k++)
        assert_int_equal(set_contains(s, keys[k]), k % 2);
    check_table(s);
    for (int k = 0; k < 1000; k++)
        decref(keys[k]);
    decref(m);
    decref(s);
}

static void test_frozenset_hash(void **state)
{
    (void)state;
    /* Values printed by CPython 3.11. */
    Value f = frozenset_new(VNULL);
    assert_true(obj_hash(f) == INT64_C(133146708735736));
    decref(f);
    Value s = set_new();
    set_add(s, I(0));
    f = frozenset_new(s);
    assert_true(obj_hash(f) == INT64_C(-2704248722033767810));
    decref(f);
    set_clear(s);
    set_add(s, I(-1));
    f = frozenset_new(s);
    assert_true(obj_hash(f) == INT64_C(6776983852052281967));
    decref(f);
    Value r = range_new(I(1), I(4), I(1));
    f = frozenset_new(r);
    assert_true(obj_hash(f) == INT64_C(-272375401224217160));
    decref(f);
    decref(r);
    /* hash(frozenset({frozenset({1}), frozenset({2})})), built in both orders. */
    Value s1 = set_new(), s2 = set_new();
    set_add(s1, I(1));
    set_add(s2, I(2));
    Value f1 = frozenset_new(s1), f2 = frozenset_new(s2);
    Value outer = set_new(), other = set_new();
    set_add(outer, f1);
    set_add(outer, f2);
    set_add(other, f2);
    set_add(other, f1);
    Value fo = frozenset_new(outer), fo2 = frozenset_new(other);
    assert_true(obj_hash(fo) == INT64_C(304806268181062474));
    assert_true(obj_hash(fo2) == obj_hash(fo));
    assert_int_equal(obj_eq(fo, fo2), 1);
    assert_int_equal(obj_eq(fo, outer), 1);
    /* Only frozenset is hashable. */
    assert_int_equal(obj_hash(s1), -1);
    expect_exc(&exc_TypeError, "unhashable type: 'set'");
    Value all[] = {s, s1, s2, f1, f2, outer, other, fo, fo2};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

static void test_many_elements(void **state)
{
    (void)state;
    Value r = range_new(I(0), I(200000), I(1));
    Value f = frozenset_new(r);
    decref(r);
    assert_int_equal(set_size(f), 200000);
    assert_true(obj_hash(f) == INT64_C(1095033619977275455));
    Value s = set_new();
    for (int64_t i = 199999; i >= 0; i--)
        assert_int_equal(set_add(s, I(i * 3)), 0);
    check_table(s);
    for (int64_t i = 0; i < 600000; i++)
        assert_int_equal(set_contains(s, I(i)), i % 3 == 0);
    /* Remove everything through difference_update: the table shrinks back. */
    Value t = call(s, "copy", 0, NULL);
    assert_int_equal(set_difference_update(t, s), 0);
    assert_int_equal(set_size(t), 0);
    check_table(t);
    int64_t n = 0;
    Value x;
    while (set_size(s) > 0) {
        x = call(s, "pop", 0, NULL);
        assert_true(x != VNULL);
        n++;
    }
    assert_int_equal(n, 200000);
    check_table(s);
    decref(t);
    decref(s);
    decref(f);
}

/* ------------------------------------------------------------ semantics */

static void test_numeric_keys(void **state)
{
    (void)state;
    Value one_f = float_new(1.0), two_f = float_new(2.0);
    Value s = set_new();
    assert_int_equal(set_add(s, I(1)), 0);
    assert_int_equal(set_add(s, one_f), 0);
    assert_int_equal(set_add(s, TRUE_VAL), 0);
    assert_int_equal(set_size(s), 1);
    size_t pos = 0;
    Value key;
    assert_int_equal(set_next(s, &pos, &key), 1);
    assert_true(key == I(1)); /* the first one stays */
    assert_int_equal(set_contains(s, one_f), 1);
    /* {1} & {1.0, 2.0}: the smaller set's key; {1.0, 2.0, 3.0} & {1} likewise. */
    Value t = set_new();
    set_add(t, one_f);
    set_add(t, two_f);
    Value a = obj_binop(s, t, BINOP_AND), b = obj_binop(t, s, BINOP_AND);
    pos = 0;
    assert_int_equal(set_next(a, &pos, &key), 1);
    assert_true(key == I(1));
    pos = 0;
    assert_int_equal(set_next(b, &pos, &key), 1);
    assert_true(key == I(1));
    assert_int_equal(set_discard(t, TRUE_VAL), 1);
    assert_int_equal(set_size(t), 1);
    Value all[] = {one_f, two_f, s, t, a, b};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

static void test_algebra_orders(void **state)
{
    (void)state;
    Value a = set_new(), b = set_new();
    for (int64_t i = 0; i < 40; i += 3)
        set_add(a, I(i));
    for (int64_t i = 0; i < 40; i += 2)
        set_add(b, I(i));
    static const int64_t and_[] = {0, 36, 6, 12, 18, 24, 30};
    static const int64_t sub[] = {33, 3, 39, 9, 15, 21, 27};
    static const int64_t xor_[] = {2,  3,  4,  8,  9,  10, 14, 15, 16, 20,
                                   21, 22, 26, 27, 28, 32, 33, 34, 38, 39};
    Value r = obj_binop(a, b, BINOP_AND);
    expect_order(r, and_, ARRAY_LEN(and_));
    decref(r);
    r = obj_binop(a, b, BINOP_SUB);
    expect_order(r, sub, ARRAY_LEN(sub));
    decref(r);
    r = obj_binop(a, b, BINOP_XOR);
    expect_order(r, xor_, ARRAY_LEN(xor_));
    decref(r);
    r = obj_binop(b, a, BINOP_XOR);
    expect_order(r, xor_, ARRAY_LEN(xor_));
    decref(r);
    r = obj_binop(a, b, BINOP_OR);
    assert_int_equal(set_size(r), 27);
    check_table(r);
    decref(r);
    /* &= swaps the result's table in: small and large tables both ways. */
    Value c = call(a, "copy", 0, NULL);
    r = obj_inplace(c, b, BINOP_AND);
    assert_true(r == c);
    decref(r);
    expect_order(c, and_, ARRAY_LEN(and_));
    check_table(c);
    Value e = set_new();
    r = obj_inplace(c, e, BINOP_AND);
    decref(r);
    assert_int_equal(set_size(c), 0);
    assert_true(S(c)->table == S(c)->small);
    check_table(c);
    /* Results follow the left operand: frozenset | set is a frozenset. */
    Value f = frozenset_new(a);
    r = obj_binop(f, b, BINOP_OR);
    assert_true(TYPE_OF(r) == &frozenset_type);
    decref(r);
    r = obj_binop(b, f, BINOP_OR);
    assert_true(TYPE_OF(r) == &set_type);
    decref(r);
    /* frozenset |= set makes a new frozenset. */
    r = obj_inplace(f, b, BINOP_OR);
    assert_true(r != f && TYPE_OF(r) == &frozenset_type);
    decref(r);
    /* Comparisons are by content across set and frozenset. */
    assert_int_equal(obj_compare_bool(f, a, CMP_EQ), 1);
    r = obj_binop(a, b, BINOP_AND);
    assert_int_equal(obj_compare_bool(r, a, CMP_LT), 1);
    assert_int_equal(obj_compare_bool(a, r, CMP_GT), 1);
    assert_int_equal(obj_compare_bool(r, f, CMP_LE), 1);
    assert_int_equal(obj_compare_bool(a, b, CMP_LE), 0);
    assert_int_equal(obj_compare_bool(a, b, CMP_NE), 1);
    decref(r);
    Value all[] = {a, b, c, e, f};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

/** A key whose == can mutate the set it is being looked up in. */
typedef struct EvilObj {
    Obj base; /**< header */
    int id;   /**< equal iff the ids are equal */
} EvilObj;

/** What the next == does to ::evil_target before answering. */
static enum { EVIL_NONE, EVIL_CLEAR, EVIL_GROW, EVIL_DELETE_SELF, EVIL_RAISE } evil_action;
/** The set the action applies to. */
static Value evil_target;
/** Number of == calls made. */
static int evil_calls;

static int64_t evil_hash(Value v)
{
    return 7;
}

static Value evil_richcompare(Value a, Value b, CmpOp op)
{
    if (op != CMP_EQ || TYPE_OF(b) != TYPE_OF(a))
        return newref(NOTIMPL_VAL);
    evil_calls++;
    int action = evil_action;
    evil_action = EVIL_NONE;
    switch (action) {
    case EVIL_CLEAR:
        set_clear(evil_target);
        break;
    case EVIL_GROW:
        for (int64_t i = 0; i < 100; i++)
            set_add(evil_target, I(1000 + i));
        break;
    case EVIL_DELETE_SELF:
        set_discard(evil_target, a); /* a is the stored key */
        break;
    case EVIL_RAISE:
        return exc_raise(&exc_ValueError, "bad eq");
    default:
        break;
    }
    return newref(BOOL_VAL(((EvilObj *)AS_OBJ(a))->id == ((EvilObj *)AS_OBJ(b))->id));
}

/** The type of the keys above. */
static Type evil_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "Evil",
    .basicsize = sizeof(EvilObj),
    .base_type = &object_type,
    .dealloc = obj_dealloc_plain,
    .hash = evil_hash,
    .richcompare = evil_richcompare,
};

static Value evil_new(int id)
{
    EvilObj *o = (EvilObj *)alloc_object(&evil_type);
    assert_non_null(o);
    o->id = id;
    return OBJ_VAL(o);
}

static void test_mutating_eq(void **state)
{
    (void)state;
    assert_int_equal(type_ready(&evil_type), 0);
    Value k1 = evil_new(1), k1b = evil_new(1), k2 = evil_new(2), k3 = evil_new(3);
    Value s = set_new();
    evil_target = s;

    set_add(s, k1);
    set_add(s, k2);
    assert_int_equal(set_contains(s, k1b), 1);
    set_add(s, k1b);
    assert_int_equal(set_size(s), 2);

    /* == clears the set: the probe restarts and finds nothing */
    evil_action = EVIL_CLEAR;
    assert_int_equal(set_contains(s, k3), 0);
    assert_int_equal(set_size(s), 0);
    check_table(s);

    /* == grows the set (a new table): the probe restarts on it */
    set_add(s, k1);
    evil_action = EVIL_GROW;
    evil_calls = 0;
    assert_int_equal(set_contains(s, k1b), 1);
    assert_int_equal(evil_calls, 2);
    assert_int_equal(set_size(s), 101);
    check_table(s);

    /* == deletes the key it is compared with: add inserts the new key */
    set_clear(s);
    set_add(s, k1);
    evil_action = EVIL_DELETE_SELF;
    assert_int_equal(set_add(s, k1b), 0);
    assert_int_equal(set_size(s), 1);
    size_t pos = 0;
    Value k;
    assert_int_equal(set_next(s, &pos, &k), 1);
    assert_true(k == k1b);
    check_table(s);

    /* a raising == propagates from every entry point */
    evil_action = EVIL_RAISE;
    assert_int_equal(set_add(s, k1), -1);
    expect_exc(&exc_ValueError, "bad eq");
    evil_action = EVIL_RAISE;
    assert_int_equal(obj_contains(s, k1), -1);
    expect_exc(&exc_ValueError, "bad eq");
    evil_action = EVIL_RAISE;
    assert_int_equal(set_discard(s, k1), -1);
    expect_exc(&exc_ValueError, "bad eq");
    evil_action = EVIL_RAISE;
    Value t = set_new();
    set_add(t, k1);
    assert_int_equal(obj_compare_bool(s, t, CMP_EQ), -1);
    expect_exc(&exc_ValueError, "bad eq");
    assert_int_equal(set_size(s), 1);
    evil_action = EVIL_NONE;
    Value all[] = {k1, k1b, k2, k3, s, t};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

static void test_c_api(void **state)
{
    (void)state;
    Value s = set_new();
    assert_true(set_check(s) && anyset_check(s) && !frozenset_check(s));
    Value l = list_new(0);
    for (int64_t i = 0; i < 10; i++)
        list_append(l, I(i % 4));
    assert_int_equal(set_update(s, l), 0);
    assert_int_equal(set_size(s), 4);
    assert_int_equal(set_contains(s, I(3)), 1);
    assert_int_equal(set_contains(s, I(4)), 0);
    assert_int_equal(set_discard(s, I(3)), 1);
    assert_int_equal(set_discard(s, I(3)), 0);
    Value f = frozenset_new(s);
    assert_true(frozenset_check(f) && anyset_check(f) && !set_check(f));
    Value g = frozenset_new(f); /* an exact frozenset is returned itself */
    assert_true(g == f);
    Value h = call(f, "copy", 0, NULL);
    assert_true(h == f);
    assert_true(!anyset_check(l) && !anyset_check(I(1)));
    /* set(dict) takes the keys, in the dict's order of hashes. */
    Value d = dict_new();
    dict_set(d, I(40), I(0));
    dict_set(d, I(3), I(0));
    Value sd = set_from_iterable(d);
    static const int64_t dk[] = {40, 3};
    expect_order(sd, dk, 2);
    Value i = set_intersection(sd, l);
    static const int64_t i3[] = {3};
    expect_order(i, i3, 1);
    assert_int_equal(set_symmetric_difference_update(sd, l), 0);
    assert_int_equal(set_size(sd), 4); /* {0, 1, 2, 40} */
    Value all[] = {s, l, f, g, h, d, sd, i};
    for (size_t k = 0; k < ARRAY_LEN(all); k++)
        decref(all[k]);
}

static void test_fold_constant(void **state)
{
    (void)state;
    /* {100, 36, 4, 68, 132, 164, 196, 228, 260, 292} and {16, 0, 48, 32, 5}, as displays and
     * as the iterable of a for loop, in CPython 3.11. */
    static const int64_t src1[] = {100, 36, 4, 68, 132, 164, 196, 228, 260, 292};
    static const int64_t disp1[] = {100, 132, 4, 36, 68, 164, 196, 228, 260, 292};
    static const int64_t loop1[] = {100, 132, 4, 36, 68, 164, 196, 228, 260, 292};
    static const int64_t src2[] = {16, 0, 48, 32, 5};
    static const int64_t disp2[] = {0, 32, 16, 48, 5};
    static const int64_t loop2[] = {0, 32, 5, 16, 48};
    const int64_t *src[] = {src1, src2}, *disp[] = {disp1, disp2}, *loop[] = {loop1, loop2};
    size_t n[] = {10, 5};
    for (int c = 0; c < 2; c++) {
        Value t = tuple_new(n[c]);
        for (size_t i = 0; i < n[c]; i++)
            TUPLE_ITEMS(t)[i] = I(src[c][i]);
        Value f = set_fold_constant(t);
        assert_true(f != VNULL && TYPE_OF(f) == &frozenset_type);
        expect_order(f, loop[c], n[c]);
        Value s = set_new(); /* BUILD_SET 0; LOAD_CONST f; SET_UPDATE 1 */
        assert_int_equal(set_update(s, f), 0);
        expect_order(s, disp[c], n[c]);
        decref(s);
        decref(f);
        decref(t);
    }
}

static void test_errors(void **state)
{
    (void)state;
    Value s = set_new(), l = list_new(0);
    assert_int_equal(set_add(s, l), -1);
    expect_exc(&exc_TypeError, "unhashable type: 'list'");
    assert_int_equal(set_update(s, I(5)), -1);
    expect_exc(&exc_TypeError, "'int' object is not iterable");
    assert_true(set_from_iterable(I(5)) == VNULL);
    expect_exc(&exc_TypeError, "'int' object is not iterable");
    Value r = call(s, "remove", 1, &l);
    assert_true(r == VNULL);
    expect_exc(&exc_TypeError, "unhashable type: 'list'");
    Value k = I(42);
    r = call(s, "remove", 1, &k);
    assert_true(r == VNULL);
    expect_exc(&exc_KeyError, "42");
    /* A set argument is retried as a frozenset: in, remove, discard. */
    Value inner = set_new();
    set_add(inner, I(1));
    Value fin = frozenset_new(inner);
    set_add(s, fin);
    assert_int_equal(obj_contains(s, inner), 1);
    call_ok(s, "discard", 1, &inner);
    assert_int_equal(set_size(s), 0);
    r = call(s, "remove", 1, &inner);
    assert_true(r == VNULL);
    expect_exc(&exc_KeyError, "{1}");
    assert_true(obj_binop(s, l, BINOP_OR) == VNULL);
    expect_exc(&exc_TypeError, "unsupported operand type(s) for |: 'set' and 'list'");
    assert_true(obj_inplace(s, l, BINOP_SUB) == VNULL);
    expect_exc(&exc_TypeError, "unsupported operand type(s) for -=: 'set' and 'list'");
    assert_int_equal(obj_compare_bool(s, l, CMP_LT), -1);
    expect_exc(&exc_TypeError, "'<' not supported between instances of 'set' and 'list'");
    Value two[] = {I(1), I(2)};
    assert_true(obj_call(OBJ_VAL(&set_type), two, 2) == VNULL);
    expect_exc(&exc_TypeError, "set expected at most 1 argument, got 2");
    assert_true(obj_call(OBJ_VAL(&frozenset_type), two, 2) == VNULL);
    expect_exc(&exc_TypeError, "frozenset expected at most 1 argument, got 2");
    Value all[] = {s, l, inner, fin};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

static void test_iterator(void **state)
{
    (void)state;
    Value s = set_new();
    for (int64_t i = 0; i < 5; i++)
        set_add(s, I(i));
    Value it = obj_iter(s);
    Value v = obj_next(it);
    assert_true(v == I(0));
    /* Same size again after a discard and an add: no error (as CPython). */
    set_discard(s, I(4));
    set_add(s, I(10));
    v = obj_next(it);
    assert_true(v == I(1));
    set_add(s, I(11));
    assert_true(obj_next(it) == VNULL);
    expect_exc(&exc_RuntimeError, "Set changed size during iteration");
    set_discard(s, I(11));
    assert_true(obj_next(it) == VNULL); /* stays broken */
    expect_exc(&exc_RuntimeError, "Set changed size during iteration");
    decref(it);
    it = obj_iter(s);
    int n = 0;
    while ((v = obj_next(it)) != VNULL)
        n++;
    assert_false(exc_occurred());
    assert_int_equal(n, 5);
    decref(it);
    decref(s);
}

static void test_dict_views(void **state)
{
    (void)state;
    Value d = dict_new();
    for (int64_t i = 0; i < 30; i++)
        dict_set(d, I(i * 13 % 37), I(i));
    Value k = call(d, "keys", 0, NULL), items = call(d, "items", 0, NULL);
    Value evens = set_new();
    for (int64_t i = 0; i < 40; i += 2)
        set_add(evens, I(i));
    /* Recorded from CPython 3.11. */
    static const int64_t and_[] = {0, 32, 2, 34, 4, 36, 6, 8, 10, 12, 14, 16, 18, 26, 28, 30};
    Value r = obj_binop(k, evens, BINOP_AND);
    expect_order(r, and_, ARRAY_LEN(and_));
    decref(r);
    r = obj_binop(evens, k, BINOP_AND);
    expect_order(r, and_, ARRAY_LEN(and_));
    decref(r);
    r = obj_binop(k, evens, BINOP_SUB);
    assert_int_equal(set_size(r), 14);
    decref(r);
    assert_int_equal(obj_compare_bool(k, d, CMP_EQ), 0); /* a dict is not set-like */
    Value sd = set_from_iterable(d);
    assert_int_equal(obj_compare_bool(k, sd, CMP_EQ), 1);
    assert_int_equal(obj_compare_bool(sd, k, CMP_EQ), 1);
    assert_int_equal(obj_compare_bool(k, evens, CMP_LE), 0);
    Value kd = call(k, "isdisjoint", 1, &evens);
    assert_true(kd == FALSE_VAL);
    assert_int_equal(obj_hash(k), -1);
    expect_exc(&exc_TypeError, "unhashable type: 'dict_keys'");
    r = obj_binop(items, items, BINOP_XOR);
    assert_int_equal(set_size(r), 0);
    decref(r);
    Value all[] = {d, k, items, evens, sd};
    for (size_t i = 0; i < ARRAY_LEN(all); i++)
        decref(all[i]);
}

static void test_cycles_collected(void **state)
{
    (void)state;
    gc_collect(rt, GC_GENERATIONS - 1);
    int64_t before = gc_tracked_count(rt);
    Value s = set_new();
    Value it = obj_iter(s);
    set_add(s, it); /* s holds its own iterator */
    Value f = frozenset_new(s); /* and so does f, through s's iterator */
    Value l = list_new(0);
    list_append(l, f);
    Value t = tuple_pack(1, l);
    Value g = set_new();
    set_add(g, I(1));
    Value git = obj_iter(g);
    set_add(g, git);
    decref(it);
    decref(s);
    decref(f);
    decref(l);
    decref(t);
    decref(git);
    decref(g);
    assert_true(gc_collect(rt, GC_GENERATIONS - 1) >= 4);
    assert_int_equal(gc_tracked_count(rt), before);
}

/** Run the tests with one runtime for the group. */
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_sizes),
        cmocka_unit_test(test_recorded_orders),
        cmocka_unit_test(test_dummies),
        cmocka_unit_test(test_pop_order),
        cmocka_unit_test(test_equal_hash_keys),
        cmocka_unit_test(test_frozenset_hash),
        cmocka_unit_test(test_many_elements),
        cmocka_unit_test(test_numeric_keys),
        cmocka_unit_test(test_algebra_orders),
        cmocka_unit_test(test_mutating_eq),
        cmocka_unit_test(test_c_api),
        cmocka_unit_test(test_fold_constant),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_iterator),
        cmocka_unit_test(test_dict_views),
        cmocka_unit_test(test_cycles_collected),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
