// SPDX-License-Identifier: MIT
/**
 * @file test_dict.c
 * @brief Unit tests of vm/dict.c and vm/dict_views.c.
 *
 * The hash table under growth, deletion (holes and dummies), heavy
 * collisions (keys that all hash to 0, keys whose hashes differ only in high
 * bits), a random workload checked against a model of insertion order, the
 * version rules the eval loop's caches rely on, dict_next, popitem order, a
 * dict of 100,000 items, numeric key equality (1, 1.0 and True are one key),
 * iterators and views, keys whose `==` mutates the dict during a lookup,
 * and CPython's error messages.
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

static DictObj *D(Value d)
{
    return (DictObj *)AS_OBJ(d);
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

static void assert_repr(Value v, const char *expect)
{
    Value r = obj_repr(v);
    assert_true(r != VNULL);
    assert_string_equal(STR_DATA(r), expect);
    decref(r);
}

/* d[key] for a key known present, as a borrowed-style value (small ints only). */
static Value get(Value d, Value key)
{
    Value v;
    assert_int_equal(dict_lookup(d, key, &v), 1);
    decref(v);
    return v;
}

static bool has(Value d, Value key)
{
    Value v;
    int r = dict_lookup(d, key, &v);
    assert_true(r >= 0);
    if (r > 0)
        decref(v);
    return r > 0;
}

/* Check the table's invariants. */
static void check_table(Value dv)
{
    DictObj *d = D(dv);
    if (d->indices == NULL) {
        assert_int_equal(d->used, 0);
        return;
    }
    size_t size = d->mask + 1, live = 0, slots = 0;
    assert_true((size & d->mask) == 0 && size >= 8);
    assert_int_equal(d->capacity, size * 2 / 3);
    assert_true(d->nentries <= d->capacity);
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != VNULL)
            live++;
    assert_int_equal(live, d->used);
    for (size_t i = 0; i < size; i++) {
        int64_t ix = d->indices[i];
        assert_true(ix >= -2 && ix < (int64_t)d->nentries);
        if (ix >= 0) {
            assert_true(d->entries[ix].key != VNULL);
            slots++;
        }
    }
    assert_int_equal(slots, d->used);
}

/* Check that iteration gives exactly keys[0..n) (small ints) in order, with values 2*key. */
static void check_order(Value d, const int64_t *keys, size_t n)
{
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        assert_true(i < n);
        assert_true(k == I(keys[i]));
        assert_true(v == I(2 * keys[i]));
        i++;
    }
    assert_int_equal(i, n);
    assert_int_equal(dict_size(d), n);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* i * (2**61 - 1): every such int hashes to 0. */
static Value mersenne_multiple(int64_t i)
{
    mpz_t z;
    mpz_init_set_ui(z, (UINT64_C(1) << 61) - 1);
    mpz_mul_si(z, z, (long)i);
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

/* ------------------------------------------------------------------ tests */

static void test_growth_order(void **state)
{
    (void)state;
    enum { N = 5000 };
    static int64_t keys[N];
    Value d = dict_new();
    assert_true(D(d)->indices == NULL); /* nothing allocated until the first insertion */
    size_t last_mask = 0;
    int resizes = 0;
    for (int64_t i = 0; i < N; i++) {
        /* scattered keys, so the order is not the hash order */
        keys[i] = (i * 7919) % 100003 - 50000;
        assert_int_equal(dict_set(d, I(keys[i]), I(2 * keys[i])), 0);
        if (D(d)->mask != last_mask) {
            resizes++;
            last_mask = D(d)->mask;
            check_table(d);
            check_order(d, keys, (size_t)i + 1);
        }
        /* grows when two thirds are used */
        assert_true(D(d)->used <= (D(d)->mask + 1) * 2 / 3);
    }
    assert_true(resizes >= 9); /* 8 -> 8192: every size on the way */
    check_order(d, keys, N);
    for (int64_t i = 0; i < N; i++)
        assert_true(get(d, I(keys[i])) == I(2 * keys[i]));
    assert_false(has(d, I(100000)));
    decref(d);
}

static void test_delete_reinsert_order(void **state)
{
    (void)state;
    /* Random inserts, overwrites and deletes against a model of insertion order. */
    enum { KEYS = 300, OPS = 30000 };
    int64_t model[KEYS];
    size_t n = 0;
    Value d = dict_new();
    for (int op = 0; op < OPS; op++) {
        int64_t k = (int64_t)(rng() % KEYS);
        size_t at = n;
        for (size_t i = 0; i < n; i++)
            if (model[i] == k)
                at = i;
        if (rng() % 3 != 0) {
            /* insert or overwrite: an overwrite keeps the position */
            assert_int_equal(dict_set(d, I(k), I(2 * k)), 0);
            if (at == n)
                model[n++] = k;
        } else if (at < n) {
            if (op % 2) {
                assert_int_equal(dict_del(d, I(k)), 0);
            } else {
                Value v;
                assert_int_equal(dict_pop(d, I(k), &v), 1);
                assert_true(v == I(2 * k));
            }
            memmove(&model[at], &model[at + 1], (n - at - 1) * sizeof(int64_t));
            n--;
        } else {
            assert_int_equal(dict_del(d, I(k)), -1);
            expect_exc(&exc_KeyError, NULL);
            Value v;
            assert_int_equal(dict_pop(d, I(k), &v), 0);
        }
        if (op % 1000 == 0) {
            check_table(d);
            check_order(d, model, n);
        }
    }
    check_table(d);
    check_order(d, model, n);

    /* a deleted key inserted again goes to the end */
    Value e = dict_new();
    for (int64_t i = 0; i < 5; i++)
        dict_set(e, I(i), I(2 * i));
    dict_del(e, I(1));
    dict_del(e, I(3));
    dict_set(e, I(1), I(2));
    int64_t expect[] = {0, 2, 4, 1};
    check_order(e, expect, 4);
    check_table(e);
    decref(e);
    decref(d);
}

static void test_collisions_same_hash(void **state)
{
    (void)state;
    enum { N = 300 };
    Value keys[N];
    Value d = dict_new();
    for (int64_t i = 0; i < N; i++) {
        keys[i] = mersenne_multiple(i % 2 ? i + 1 : -(i + 1));
        assert_int_equal(obj_hash(keys[i]), 0);
        assert_int_equal(dict_set(d, keys[i], I(i)), 0);
    }
    assert_int_equal(dict_size(d), N);
    check_table(d);
    for (int64_t i = 0; i < N; i++) {
        /* an equal but distinct object finds the entry */
        Value k = mersenne_multiple(i % 2 ? i + 1 : -(i + 1));
        assert_true(get(d, k) == I(i));
        decref(k);
    }
    for (int64_t i = 0; i < 50; i++) {
        Value k = mersenne_multiple(1000 + i);
        assert_int_equal(obj_hash(k), 0);
        assert_false(has(d, k));
        decref(k);
    }
    for (int64_t i = 0; i < N; i += 2)
        assert_int_equal(dict_del(d, keys[i]), 0);
    check_table(d);
    for (int64_t i = 0; i < N; i++)
        assert_int_equal(has(d, keys[i]), i % 2 == 1);
    for (int64_t i = 0; i < N; i += 2)
        assert_int_equal(dict_set(d, keys[i], I(-i)), 0);
    for (int64_t i = 0; i < N; i++)
        assert_true(get(d, keys[i]) == I(i % 2 ? i : -i));
    check_table(d);
    for (int64_t i = 0; i < N; i++)
        decref(keys[i]);
    decref(d);
}

static void test_collisions_high_bits(void **state)
{
    (void)state;
    /* hashes equal in their low 40 bits: the same first slot in any table below 2**40 */
    enum { N = 4000 };
    Value d = dict_new();
    for (int64_t i = 0; i < N; i++) {
        Value k = I(i << 40);
        assert_int_equal(obj_hash(k) & ((INT64_C(1) << 40) - 1), 0);
        assert_int_equal(dict_set(d, k, I(i)), 0);
    }
    check_table(d);
    for (int64_t i = 0; i < N; i++)
        assert_true(get(d, I(i << 40)) == I(i));
    assert_false(has(d, I((int64_t)N << 40)));
    assert_false(has(d, I(1)));
    for (int64_t i = 0; i < N; i += 3)
        assert_int_equal(dict_del(d, I(i << 40)), 0);
    for (int64_t i = 0; i < N; i++)
        assert_int_equal(has(d, I(i << 40)), i % 3 != 0);
    check_table(d);
    decref(d);
}

static void test_dummies(void **state)
{
    (void)state;
    Value d = dict_new();
    int64_t n = 0;
    /* fill until the entries array is full */
    do {
        dict_set(d, I(n), I(2 * n));
        n++;
    } while (n < 1000 || D(d)->nentries < D(d)->capacity);
    size_t mask = D(d)->mask;
    for (int64_t i = 0; i < n - 10; i++)
        assert_int_equal(dict_del(d, I(i)), 0);
    /* holes stay until the next rebuild; lookups probe past the dummies */
    assert_int_equal(D(d)->nentries, (size_t)n);
    assert_int_equal(D(d)->mask, mask);
    check_table(d);
    for (int64_t i = 0; i < n; i++)
        assert_int_equal(has(d, I(i)), i >= n - 10);
    int64_t expect[11];
    for (int i = 0; i < 10; i++)
        expect[i] = n - 10 + i;
    check_order(d, expect, 10);
    /* the next insertion rebuilds: holes dropped, table sized for 3 * used */
    dict_set(d, I(n), I(2 * n));
    expect[10] = n;
    assert_int_equal(D(d)->nentries, 11);
    assert_int_equal(D(d)->mask + 1, 32);
    check_table(d);
    check_order(d, expect, 11);
    for (int64_t i = 0; i <= n; i++)
        assert_int_equal(has(d, I(i)), i >= n - 10);
    decref(d);
}

static void test_version(void **state)
{
    (void)state;
    Value d = dict_new(), e = dict_new();
    assert_true(D(d)->version != D(e)->version);
    uint64_t v = D(d)->version;
    dict_set(d, I(1), I(1));
    assert_true(D(d)->version != v);
    v = D(d)->version;
    /* overwriting a value: same version, same entry */
    dict_set(d, I(1), I(2));
    Value f = float_new(1.0);
    dict_set(d, f, I(3)); /* 1.0 == 1: an overwrite too */
    decref(f);
    dict_set(d, TRUE_VAL, I(4));
    assert_true(D(d)->version == v);
    assert_int_equal(dict_size(d), 1);
    /* reads never change it */
    Value out;
    dict_lookup(d, I(1), &out);
    decref(out);
    dict_lookup(d, I(5), &out);
    dict_pop(d, I(5), &out);
    assert_int_equal(dict_del(d, I(5)), -1);
    expect_exc(&exc_KeyError, "5");
    assert_true(D(d)->version == v);
    /* every key insertion or removal changes it, to a value never seen */
    uint64_t seen[64];
    int nseen = 0;
    seen[nseen++] = v;
    for (int64_t i = 2; i < 40; i++) {
        dict_set(d, I(i), I(i));
        for (int k = 0; k < nseen; k++)
            assert_true(D(d)->version != seen[k]);
        seen[nseen++] = D(d)->version;
    }
    v = D(d)->version;
    dict_del(d, I(2));
    assert_true(D(d)->version != v);
    v = D(d)->version;
    Value r = call(d, "popitem", 0, NULL);
    decref(r);
    assert_true(D(d)->version != v);
    v = D(d)->version;
    Value args[2] = {I(100), I(0)};
    r = call(d, "setdefault", 2, args);
    decref(r);
    assert_true(D(d)->version != v);
    v = D(d)->version;
    r = call(d, "setdefault", 2, args); /* present: no change */
    decref(r);
    assert_true(D(d)->version == v);
    dict_clear(d);
    assert_true(D(d)->version != v);
    assert_true(D(d)->version != D(e)->version);
    decref(d);
    decref(e);
}

/* dict_lookup_str_index: the entry a cache may remember while the version holds. */
static void test_lookup_str_index(void **state)
{
    (void)state;
    Value d = dict_new();
    Value ka = str_intern_cstr("alpha"), kb = str_intern_cstr("beta");
    assert_int_equal(dict_lookup_str_index(d, ka), -1); /* empty: no table yet */
    dict_set(d, I(7), I(0));
    dict_set(d, ka, I(1));
    dict_set(d, kb, I(2));
    int64_t ia = dict_lookup_str_index(d, ka), ib = dict_lookup_str_index(d, kb);
    assert_int_equal(ia, 1);
    assert_int_equal(ib, 2);
    assert_true(D(d)->entries[ia].key == ka);
    /* an equal str that is not the same object finds the same entry */
    Value copy = str_from_cstr("beta");
    assert_int_equal(dict_lookup_str_index(d, copy), ib);
    decref(copy);
    /* a replaced value keeps the entry and the version; the entry holds the new value */
    uint64_t v = D(d)->version;
    dict_set(d, ka, I(10));
    assert_true(D(d)->version == v);
    assert_int_equal(dict_lookup_str_index(d, ka), ia);
    assert_true(D(d)->entries[ia].value == I(10));
    /* absent, or removed: -1 and a new version */
    assert_int_equal(dict_lookup_str_index(d, str_intern_cstr("gamma")), -1);
    dict_del(d, ka);
    assert_true(D(d)->version != v);
    assert_int_equal(dict_lookup_str_index(d, ka), -1);
    assert_int_equal(dict_lookup_str_index(d, kb), ib);
    /* dict_set_str_index: where the key is after the store */
    v = D(d)->version;
    assert_int_equal(dict_set_str_index(d, kb, I(20)), ib); /* replaced in place */
    assert_true(D(d)->version == v);
    assert_true(D(d)->entries[ib].value == I(20));
    int64_t ig = dict_set_str_index(d, str_intern_cstr("gamma"), I(30)); /* appended */
    assert_int_equal(ig, (int64_t)D(d)->nentries - 1);
    assert_true(D(d)->version != v);
    assert_int_equal(dict_lookup_str_index(d, str_intern_cstr("gamma")), ig);
    assert_int_equal(dict_set_str_index(d, I(8), I(0)), -2); /* not a str: stored, no index */
    Value out;
    assert_int_equal(dict_lookup(d, I(8), &out), 1);
    decref(d);
}

static void test_dict_next(void **state)
{
    (void)state;
    Value d = dict_new();
    size_t pos = 0;
    Value k, v;
    assert_int_equal(dict_next(d, &pos, &k, &v), 0);
    for (int64_t i = 0; i < 20; i++)
        dict_set(d, I(i), I(2 * i));
    for (int64_t i = 0; i < 20; i += 4)
        dict_del(d, I(i));
    int64_t expect[20];
    size_t n = 0;
    for (int64_t i = 0; i < 20; i++)
        if (i % 4)
            expect[n++] = i;
    check_order(d, expect, n);
    /* positions are resumable */
    pos = 0;
    assert_int_equal(dict_next(d, &pos, &k, &v), 1);
    assert_true(k == I(1));
    size_t saved = pos;
    assert_int_equal(dict_next(d, &pos, &k, &v), 1);
    assert_true(k == I(2));
    pos = saved;
    assert_int_equal(dict_next(d, &pos, &k, &v), 1);
    assert_true(k == I(2));
    Value keys = dict_keys_list(d);
    assert_int_equal(list_size(keys), n);
    for (size_t i = 0; i < n; i++)
        assert_true(list_get_ref(keys, (int64_t)i) == I(expect[i]));
    decref(keys);
    decref(d);
}

static void test_popitem_order(void **state)
{
    (void)state;
    Value d = dict_new();
    for (int64_t i = 0; i < 10; i++)
        dict_set(d, I(i), I(2 * i));
    dict_del(d, I(9));
    dict_del(d, I(5));
    int64_t expect[] = {8, 7, 6, 4};
    for (int i = 0; i < 4; i++) {
        Value t = call(d, "popitem", 0, NULL);
        assert_true(tuple_check(t));
        assert_true(TUPLE_ITEMS(t)[0] == I(expect[i]));
        assert_true(TUPLE_ITEMS(t)[1] == I(2 * expect[i]));
        decref(t);
    }
    /* a new key goes last and comes out first */
    dict_set(d, I(42), I(84));
    Value t = call(d, "popitem", 0, NULL);
    assert_true(TUPLE_ITEMS(t)[0] == I(42));
    decref(t);
    check_table(d);
    int64_t rest[] = {0, 1, 2, 3};
    check_order(d, rest, 4);
    for (int i = 0; i < 4; i++) {
        t = call(d, "popitem", 0, NULL);
        decref(t);
    }
    assert_true(call(d, "popitem", 0, NULL) == VNULL);
    expect_exc(&exc_KeyError, "'popitem(): dictionary is empty'");
    decref(d);
}

static void test_large(void **state)
{
    (void)state;
    enum { N = 100000 };
    Value d = dict_new();
    for (int64_t i = 0; i < N; i++) {
        Value k = int_from_i64(i * 1000003);
        assert_int_equal(dict_set(d, k, I(i)), 0);
        decref(k);
    }
    assert_int_equal(dict_size(d), N);
    for (int64_t i = 0; i < N; i++) {
        Value k = int_from_i64(i * 1000003);
        assert_true(get(d, k) == I(i));
        decref(k);
    }
    for (int64_t i = 0; i < N; i += 2) {
        Value k = int_from_i64(i * 1000003);
        assert_int_equal(dict_del(d, k), 0);
        decref(k);
    }
    assert_int_equal(dict_size(d), N / 2);
    for (int64_t i = 0; i < N; i++) {
        Value k = int_from_i64(i * 1000003);
        assert_int_equal(has(d, k), i % 2 == 1);
        decref(k);
    }
    /* string keys too */
    Value s = dict_new();
    for (int64_t i = 0; i < N; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "key%lld", (long long)i);
        Value k = str_from_cstr(buf);
        assert_int_equal(dict_set(s, k, I(i)), 0);
        decref(k);
    }
    for (int64_t i = 0; i < N; i += 7) {
        char buf[32];
        snprintf(buf, sizeof buf, "key%lld", (long long)i);
        Value k = str_from_cstr(buf), out;
        assert_int_equal(dict_lookup_str(s, k, &out), 1);
        assert_true(out == I(i));
        decref(k);
    }
    check_table(d);
    check_table(s);
    decref(s);
    decref(d);
}

static void test_numeric_keys(void **state)
{
    (void)state;
    /* {1: 'a', True: 'b'} == {1: 'b'}: the first key object is kept */
    Value a = str_from_cstr("a"), b = str_from_cstr("b");
    Value d = dict_new();
    dict_set(d, I(1), a);
    dict_set(d, TRUE_VAL, b);
    assert_int_equal(dict_size(d), 1);
    size_t pos = 0;
    Value k, v;
    assert_int_equal(dict_next(d, &pos, &k, &v), 1);
    assert_true(k == I(1));
    assert_true(v == b);
    assert_repr(d, "{1: 'b'}");
    Value f = float_new(1.0);
    assert_true(has(d, f));
    decref(f);
    Value e = dict_new();
    dict_set(e, I(1), b);
    assert_int_equal(obj_compare_bool(d, e, CMP_EQ), 1);
    dict_set(e, I(2), b);
    assert_int_equal(obj_compare_bool(d, e, CMP_EQ), 0);
    assert_int_equal(obj_compare_bool(d, e, CMP_NE), 1);
    assert_int_equal(obj_compare_bool(d, e, CMP_LT), -1);
    expect_exc(&exc_TypeError, "'<' not supported between instances of 'dict' and 'dict'");
    /* a big int and the equal float */
    mpz_t z;
    mpz_init_set_ui(z, 1);
    mpz_mul_2exp(z, z, 70);
    Value big = int_from_mpz(z);
    mpz_clear(z);
    Value bigf = float_new(1180591620717411303424.0);
    dict_set(d, bigf, a);
    assert_true(has(d, big));
    dict_set(d, big, b);
    assert_int_equal(dict_size(d), 2);
    Value out;
    assert_int_equal(dict_lookup(d, bigf, &out), 1);
    assert_true(out == b);
    decref(out);
    /* unhashable */
    Value l = list_new(0);
    assert_int_equal(dict_set(d, l, a), -1);
    expect_exc(&exc_TypeError, "unhashable type: 'list'");
    assert_int_equal(dict_lookup(d, l, &out), -1);
    expect_exc(&exc_TypeError, "unhashable type: 'list'");
    Value empty = dict_new();
    assert_int_equal(dict_pop(empty, l, &out), 0); /* as CPython: {}.pop([], 1) is 1 */
    decref(empty);
    decref(l);
    decref(big);
    decref(bigf);
    decref(a);
    decref(b);
    decref(d);
    decref(e);
}

static void test_str_keys(void **state)
{
    (void)state;
    Value d = dict_new();
    assert_int_equal(dict_set_cstr(d, "alpha", I(1)), 0);
    Value k = str_from_cstr("alpha"); /* equal, not the interned object */
    Value out;
    assert_int_equal(dict_lookup_str(d, k, &out), 1);
    assert_true(out == I(1));
    assert_int_equal(dict_lookup_cstr(d, "alpha", &out), 1);
    assert_int_equal(dict_lookup_cstr(d, "beta", &out), 0);
    dict_set(d, k, I(2)); /* overwrite through the other object */
    assert_int_equal(dict_size(d), 1);
    assert_int_equal(dict_lookup_cstr(d, "alpha", &out), 1);
    assert_true(out == I(2));
    decref(k);
    /* a str key never matches an int key */
    dict_set(d, I(5), I(5));
    Value five = str_from_cstr("5");
    assert_false(has(d, five));
    assert_int_equal(dict_lookup_str(d, five, &out), 0);
    decref(five);
    decref(d);
}

static void test_iterators(void **state)
{
    (void)state;
    Value d = dict_new();
    for (int64_t i = 0; i < 4; i++)
        dict_set(d, I(i), I(2 * i));
    /* forward and reverse over keys, values, items */
    Value it = obj_iter(d);
    for (int64_t i = 0; i < 4; i++)
        assert_true(obj_next(it) == I(i));
    assert_true(obj_next(it) == VNULL);
    assert_false(exc_occurred());
    decref(it);
    it = call(d, "__reversed__", 0, NULL);
    assert_string_equal(TYPE_OF(it)->name, "dict_reversekeyiterator");
    for (int64_t i = 3; i >= 0; i--)
        assert_true(obj_next(it) == I(i));
    assert_true(obj_next(it) == VNULL);
    decref(it);
    Value items = call(d, "items", 0, NULL);
    it = obj_iter(items);
    assert_string_equal(TYPE_OF(it)->name, "dict_itemiterator");
    Value t = obj_next(it);
    assert_true(TUPLE_ITEMS(t)[0] == I(0) && TUPLE_ITEMS(t)[1] == I(0));
    decref(t);
    decref(it);
    it = call(items, "__reversed__", 0, NULL);
    t = obj_next(it);
    assert_true(TUPLE_ITEMS(t)[0] == I(3) && TUPLE_ITEMS(t)[1] == I(6));
    assert_int_equal(obj_contains(items, t), 1);
    decref(t);
    decref(it);
    t = tuple_pack(2, I(3), I(7));
    assert_int_equal(obj_contains(items, t), 0);
    decref(t);
    assert_int_equal(obj_contains(items, I(3)), 0);
    Value values = call(d, "values", 0, NULL);
    it = call(values, "__reversed__", 0, NULL);
    assert_string_equal(TYPE_OF(it)->name, "dict_reversevalueiterator");
    assert_true(obj_next(it) == I(6));
    decref(it);
    assert_int_equal(obj_contains(values, I(4)), 1);
    assert_int_equal(obj_contains(values, I(3)), 0);
    assert_int_equal(obj_len(values), 4);
    Value keys = call(d, "keys", 0, NULL);
    assert_int_equal(obj_contains(keys, I(3)), 1);
    assert_int_equal(obj_contains(keys, I(6)), 0);

    /* changing the size during iteration */
    it = obj_iter(d);
    assert_true(obj_next(it) == I(0));
    dict_set(d, I(9), I(18));
    assert_true(obj_next(it) == VNULL);
    expect_exc(&exc_RuntimeError, "dictionary changed size during iteration");
    dict_del(d, I(9)); /* back to the old size: still an error */
    assert_true(obj_next(it) == VNULL);
    expect_exc(&exc_RuntimeError, "dictionary changed size during iteration");
    decref(it);
    /* same size, different keys: after a compaction the iterator just sees the new layout
       (CPython gives [2, 3, 10] here too) */
    it = obj_iter(d);
    assert_true(obj_next(it) == I(0));
    dict_del(d, I(0));
    dict_set(d, I(10), I(20));
    assert_true(obj_next(it) == I(2));
    assert_true(obj_next(it) == I(3));
    assert_true(obj_next(it) == I(10));
    assert_true(obj_next(it) == VNULL);
    assert_false(exc_occurred());
    decref(it);
    /* without one, the extra entry is seen: "keys changed" */
    Value f = dict_new();
    for (int64_t i = 0; i < 4; i++)
        dict_set(f, I(i), I(2 * i));
    it = obj_iter(f);
    assert_true(obj_next(it) == I(0));
    dict_del(f, I(0));
    dict_set(f, I(10), I(20));
    int n = 0;
    while (obj_next(it) != VNULL)
        n++;
    assert_int_equal(n, 3);
    expect_exc(&exc_RuntimeError, "dictionary keys changed during iteration");
    assert_true(obj_next(it) == VNULL); /* and then exhausted */
    assert_false(exc_occurred());
    decref(it);
    decref(f);
    dict_set(d, I(0), I(0));
    dict_del(d, I(10));
    /* views are live */
    assert_int_equal(obj_len(keys), 4);
    dict_set(d, I(11), I(22));
    assert_int_equal(obj_len(keys), 5);
    decref(keys);
    decref(values);
    decref(items);
    decref(d);
}

static void test_repr(void **state)
{
    (void)state;
    Value d = dict_new();
    assert_repr(d, "{}");
    Value a = str_from_cstr("a");
    dict_set(d, a, I(1));
    Value l = list_new(0);
    list_append(l, I(1));
    Value b = str_from_cstr("b");
    dict_set(d, b, l);
    decref(l);
    assert_repr(d, "{'a': 1, 'b': [1]}");
    Value keys = call(d, "keys", 0, NULL);
    assert_repr(keys, "dict_keys(['a', 'b'])");
    Value items = call(d, "items", 0, NULL);
    assert_repr(items, "dict_items([('a', 1), ('b', [1])])");
    decref(keys);
    decref(items);
    dict_del(d, b);
    decref(b);
    /* recursion */
    dict_set(d, a, d);
    assert_repr(d, "{'a': {...}}");
    Value values = call(d, "values", 0, NULL);
    dict_set(d, a, values);
    assert_repr(d, "{'a': dict_values([...])}");
    decref(values);
    items = call(d, "items", 0, NULL);
    dict_set(d, a, items);
    assert_repr(d, "{'a': dict_items([('a', ...)])}");
    decref(items);
    keys = call(d, "keys", 0, NULL);
    dict_set(d, a, keys);
    assert_repr(d, "{'a': dict_keys(['a'])}");
    decref(keys);
    dict_clear(d);
    Value empty = call(d, "values", 0, NULL);
    assert_repr(empty, "dict_values([])");
    decref(empty);
    decref(a);
    decref(d);
}

static void test_copy_update_merge(void **state)
{
    (void)state;
    Value d = dict_new();
    for (int64_t i = 0; i < 10; i++)
        dict_set(d, I(i), I(2 * i));
    dict_del(d, I(3));
    Value c = dict_copy(d);
    int64_t expect[] = {0, 1, 2, 4, 5, 6, 7, 8, 9};
    check_order(c, expect, 9);
    check_table(c);
    assert_int_equal(obj_compare_bool(c, d, CMP_EQ), 1);

    /* update from pairs */
    Value p1 = tuple_pack(2, I(3), I(6)), p2 = list_new(0);
    list_append(p2, I(0));
    list_append(p2, I(0));
    Value pairs = list_new(0);
    list_append(pairs, p1);
    list_append(pairs, p2);
    assert_int_equal(dict_update(c, pairs), 0);
    assert_true(get(c, I(3)) == I(6));
    assert_true(get(c, I(0)) == I(0));
    decref(pairs);
    decref(p1);
    decref(p2);
    pairs = list_new(0);
    p1 = tuple_pack(3, I(1), I(2), I(3));
    list_append(pairs, p1);
    assert_int_equal(dict_update(c, pairs), -1);
    expect_exc(&exc_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    decref(p1);
    list_clear(pairs);
    p1 = tuple_pack(2, I(1), I(2));
    list_append(pairs, p1);
    list_append(pairs, I(5));
    assert_int_equal(dict_update(c, pairs), -1);
    expect_exc(&exc_TypeError, "cannot convert dictionary update sequence element #1 to a sequence");
    decref(p1);
    decref(pairs);
    assert_int_equal(dict_update(c, I(1)), -1);
    expect_exc(&exc_TypeError, "'int' object is not iterable");

    /* merge: override, and the duplicate-key error for **kwargs */
    Value x = dict_new(), y = dict_new();
    Value ka = str_intern_cstr("a"), kb = str_intern_cstr("b");
    dict_set(x, ka, I(1));
    dict_set(y, ka, I(2));
    dict_set(y, kb, I(3));
    Value z = dict_new();
    assert_int_equal(dict_merge(z, x, false), 0);
    assert_int_equal(dict_merge(z, y, false), -2);
    assert_true(exc_matches(&exc_KeyError));
    expect_exc(&exc_KeyError, "'a'");
    assert_int_equal(dict_merge(z, y, true), 0);
    assert_repr(z, "{'a': 2, 'b': 3}");
    /* | and |= */
    Value o = obj_binop(x, y, BINOP_OR);
    assert_repr(o, "{'a': 2, 'b': 3}");
    decref(o);
    assert_true(obj_binop(x, I(1), BINOP_OR) == VNULL);
    expect_exc(&exc_TypeError, "unsupported operand type(s) for |: 'dict' and 'int'");
    o = obj_inplace(x, y, BINOP_OR);
    assert_true(o == x);
    decref(o);
    assert_repr(x, "{'a': 2, 'b': 3}");
    decref(x);
    decref(y);
    decref(z);
    decref(c);
    decref(d);
}

static void test_methods(void **state)
{
    (void)state;
    Value d = dict_new();
    Value ka = str_intern_cstr("a");
    dict_set(d, ka, I(1));
    Value args[2] = {ka, I(9)};
    assert_true(call(d, "get", 1, args) == I(1));
    args[0] = I(5);
    assert_true(call(d, "get", 1, args) == NONE_VAL);
    assert_true(call(d, "get", 2, args) == I(9));
    assert_true(call(d, "get", 0, args) == VNULL);
    expect_exc(&exc_TypeError, "get expected at least 1 argument, got 0");
    assert_true(call(d, "pop", 2, args) == I(9));
    assert_true(call(d, "pop", 1, args) == VNULL);
    expect_exc(&exc_KeyError, "5");
    assert_true(obj_getitem(d, I(5)) == VNULL);
    expect_exc(&exc_KeyError, "5");
    assert_true(call(d, "setdefault", 2, args) == I(9));
    assert_true(call(d, "setdefault", 1, args) == I(9));
    args[0] = I(6);
    assert_true(call(d, "setdefault", 1, args) == NONE_VAL);
    assert_repr(d, "{'a': 1, 5: 9, 6: None}");
    Value c = call(d, "copy", 0, NULL);
    assert_true(call(d, "clear", 0, NULL) == NONE_VAL);
    assert_int_equal(dict_size(d), 0);
    assert_int_equal(dict_size(c), 3);

    /* update(mapping, **kw) and dict(pairs, **kw) */
    Value kwnames = tuple_pack(1, str_intern_cstr("z"));
    Value kwargs[2] = {c, I(26)};
    Value m = obj_getattr_cstr(d, "update");
    Value r = obj_call_kw(m, kwargs, 1, kwnames);
    assert_true(r == NONE_VAL);
    decref(m);
    assert_repr(d, "{'a': 1, 5: 9, 6: None, 'z': 26}");
    Value dtype = OBJ_VAL(&dict_type);
    r = obj_call_kw(dtype, kwargs, 1, kwnames);
    assert_repr(r, "{'a': 1, 5: 9, 6: None, 'z': 26}");
    decref(r);
    r = obj_call(dtype, NULL, 0);
    assert_repr(r, "{}");
    decref(r);
    assert_true(obj_call(dtype, kwargs, 2) == VNULL);
    expect_exc(&exc_TypeError, "dict expected at most 1 argument, got 2");
    decref(kwnames);

    /* fromkeys is a class method */
    Value fk = obj_getattr_cstr(dtype, "fromkeys");
    Value abc = str_from_cstr("abc");
    r = obj_call(fk, &abc, 1);
    assert_repr(r, "{'a': None, 'b': None, 'c': None}");
    decref(r);
    Value fa[2] = {abc, I(0)};
    r = obj_call(fk, fa, 2);
    assert_repr(r, "{'a': 0, 'b': 0, 'c': 0}");
    decref(r);
    decref(fk);
    r = call(d, "fromkeys", 1, &abc);
    assert_int_equal(dict_size(r), 3);
    decref(r);
    decref(abc);
    decref(c);
    decref(d);
}

/* Equal hashes between an int and a float key: compared with obj_eq outside the section. */
static void test_mixed_numeric_collisions(void **state)
{
    (void)state;
    Value d = dict_new();
    Value k1 = mersenne_multiple(3), k2 = mersenne_multiple(5);
    dict_set(d, k1, I(1));
    dict_set(d, k2, I(2));
    Value f = float_new(0.0); /* hash 0 too, compared with ints through obj_eq */
    assert_false(has(d, f));
    dict_set(d, f, I(3));
    assert_int_equal(dict_size(d), 3);
    Value z = I(0); /* 0 == 0.0: same key */
    assert_true(get(d, z) == I(3));
    dict_set(d, z, I(4));
    assert_int_equal(dict_size(d), 3);
    assert_true(get(d, f) == I(4));
    decref(f);
    decref(k1);
    decref(k2);
    decref(d);
}

/* ---------------------------------------------- keys whose == mutates the dict */

/** A key type defined here: fixed hash, and an == that runs an action on a dict first. */
typedef struct EvilObj {
    Obj base; /**< header */
    int id;   /**< equal iff the ids are equal */
} EvilObj;

/** What the next == does to ::evil_target before answering. */
static enum { EVIL_NONE, EVIL_CLEAR, EVIL_GROW, EVIL_DELETE_SELF, EVIL_RAISE } evil_action;
/** The dict the action applies to. */
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
        dict_clear(evil_target);
        break;
    case EVIL_GROW:
        for (int64_t i = 0; i < 100; i++)
            dict_set(evil_target, I(1000 + i), I(i));
        break;
    case EVIL_DELETE_SELF:
        /* a is the stored key: remove it while it is being compared */
        dict_del(evil_target, a);
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
    Value d = dict_new();
    evil_target = d;

    /* plain: equal ids are the same key */
    dict_set(d, k1, I(1));
    dict_set(d, k2, I(2));
    assert_true(get(d, k1b) == I(1));
    dict_set(d, k1b, I(11));
    assert_int_equal(dict_size(d), 2);

    /* == clears the dict: the lookup restarts and finds nothing */
    evil_action = EVIL_CLEAR;
    assert_false(has(d, k3));
    assert_int_equal(dict_size(d), 0);
    check_table(d);

    /* == grows the dict (a rebuild): the lookup restarts on the new table */
    dict_set(d, k1, I(1));
    evil_action = EVIL_GROW;
    evil_calls = 0;
    assert_true(get(d, k1b) == I(1));
    assert_int_equal(evil_calls, 2); /* compared again after the restart */
    assert_int_equal(dict_size(d), 101);
    check_table(d);

    /* == deletes the entry it is comparing: restart, then absent; a set inserts anew */
    dict_clear(d);
    dict_set(d, k1, I(1));
    evil_action = EVIL_DELETE_SELF;
    assert_int_equal(dict_set(d, k1b, I(5)), 0);
    assert_int_equal(dict_size(d), 1);
    size_t pos = 0;
    Value k, v;
    assert_int_equal(dict_next(d, &pos, &k, &v), 1);
    assert_true(k == k1b && v == I(5));
    check_table(d);

    /* a raising == propagates from every entry point */
    evil_action = EVIL_RAISE;
    assert_int_equal(dict_set(d, k1, I(0)), -1);
    expect_exc(&exc_ValueError, "bad eq");
    evil_action = EVIL_RAISE;
    assert_int_equal(obj_contains(d, k1), -1);
    expect_exc(&exc_ValueError, "bad eq");
    evil_action = EVIL_RAISE;
    Value out;
    assert_int_equal(dict_pop(d, k1, &out), -1);
    expect_exc(&exc_ValueError, "bad eq");
    assert_int_equal(dict_size(d), 1);

    /* list operations call == outside the list's section too */
    Value l = list_new(0);
    list_append(l, k1);
    list_append(l, k2);
    evil_action = EVIL_RAISE;
    assert_int_equal(obj_contains(l, k3), -1);
    expect_exc(&exc_ValueError, "bad eq");
    decref(l);

    evil_target = VNULL;
    decref(d);
    decref(k1);
    decref(k1b);
    decref(k2);
    decref(k3);
}

static void test_cycles_collected(void **state)
{
    (void)state;
    gc_collect(rt, GC_GENERATIONS - 1);
    int64_t before = gc_tracked_count(rt);
    Value d = dict_new();
    dict_set(d, I(0), d); /* d = {0: d} */
    Value keys = call(d, "keys", 0, NULL), items = call(d, "items", 0, NULL);
    dict_set(d, I(1), keys);
    dict_set(d, I(2), items);
    Value it = obj_iter(items); /* iterators hold their dict */
    dict_set(d, I(3), it);
    Value rit = call(d, "__reversed__", 0, NULL);
    dict_set(d, rit, I(4)); /* as a key too */
    Value e = dict_new(), f = dict_new();
    dict_set(e, I(0), f);
    dict_set(f, I(0), e);
    decref(keys);
    decref(items);
    decref(it);
    decref(rit);
    decref(d);
    decref(e);
    decref(f);
    assert_int_equal(gc_tracked_count(rt), before + 7);
    assert_true(gc_collect(rt, GC_GENERATIONS - 1) >= 7);
    assert_int_equal(gc_tracked_count(rt), before);
}

/** Run the tests with one runtime for the group. */
int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_order),
        cmocka_unit_test(test_delete_reinsert_order),
        cmocka_unit_test(test_collisions_same_hash),
        cmocka_unit_test(test_collisions_high_bits),
        cmocka_unit_test(test_dummies),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_lookup_str_index),
        cmocka_unit_test(test_dict_next),
        cmocka_unit_test(test_popitem_order),
        cmocka_unit_test(test_large),
        cmocka_unit_test(test_numeric_keys),
        cmocka_unit_test(test_str_keys),
        cmocka_unit_test(test_iterators),
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_copy_update_merge),
        cmocka_unit_test(test_methods),
        cmocka_unit_test(test_mixed_numeric_collisions),
        cmocka_unit_test(test_mutating_eq),
        cmocka_unit_test(test_cycles_collected),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
