// SPDX-License-Identifier: MIT
/**
 * @file test_gc.c
 * @brief Unit tests of the cycle collector (gc/gc.c) and of depth-bounded
 *        deallocation (gc/alloc.c).
 *
 * Cycles through lists, dicts and tuples are found and counted as CPython
 * counts them; what is reachable from outside the examined set (a C
 * reference, an older generation) survives with its contents intact;
 * garbage that refers to live objects releases exactly its references;
 * survivors move up a generation; the thresholds and gc.disable() decide
 * when the allocator asks for a collection. Long chains (100,000 objects)
 * are collected and freed on a thread with a 512 KiB stack, which would
 * overflow if either the collector or deallocation recursed per level.
 */
#include "../../vm/common.h"

#include <pthread.h>
#include <setjmp.h>

#include <cmocka.h>

#include "../../gc/alloc.h"
#include "../../gc/gc.h"
#include "../../vm/dict.h"
#include "../../vm/exc.h"
#include "../../vm/int.h"
#include "../../vm/list.h"
#include "../../vm/modules.h"
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

/* Each test starts from a heap without garbage, automatic collection on, default thresholds. */
static int fresh(void **state)
{
    (void)state;
    rt->gc.enabled = true;
    rt->gc.gen[0].threshold = 700;
    rt->gc.gen[1].threshold = 10;
    rt->gc.gen[2].threshold = 10;
    gc_collect(rt, GC_GENERATIONS - 1);
    thread_breaker_clear(thread_current(), BREAKER_GC);
    return 0;
}

/* ---------------------------------------------------------------- helpers */

#define I(n) SMALLINT_VAL(n)

static Value new_list(void)
{
    Value l = list_new(0);
    assert_true(l != VNULL);
    return l;
}

static void append(Value l, Value v)
{
    assert_int_equal(list_append(l, v), 0);
}

static void dset(Value d, const char *key, Value v)
{
    assert_int_equal(dict_set_cstr(d, key, v), 0);
}

/* d[key], borrowed (d keeps it alive). */
static Value dget(Value d, const char *key)
{
    Value v = VNULL;
    assert_int_equal(dict_lookup_cstr(d, key, &v), 1);
    decref(v);
    return v;
}

/* l[i], borrowed (l keeps it alive). */
static Value item(Value l, int64_t i)
{
    Value v = list_get_ref(l, i);
    assert_true(v != VNULL);
    decref(v);
    return v;
}

/* Which generation list holds o: 0..2, or -1 if none. */
static int generation_of(Value o)
{
    GCHead *g = GC_HEAD(AS_OBJ(o));
    for (int i = 0; i < GC_GENERATIONS; i++) {
        GCHead *h = &rt->gc.gen[i].list.head;
        for (GCHead *p = h->next; p != h; p = p->next)
            if (p == g)
                return i;
    }
    return -1;
}

static int64_t collect(void)
{
    return gc_collect(rt, GC_GENERATIONS - 1);
}

/* ---------------------------------------------------------- simple cycles */

static void test_self_list(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    Value a = new_list();
    append(a, a);
    assert_int_equal(rc_count(AS_OBJ(a)), 2);
    assert_int_equal(gc_tracked_count(rt), before + 1);
    decref(a);
    assert_int_equal(gc_tracked_count(rt), before + 1); /* refcounting alone cannot free it */
    assert_int_equal(collect(), 1);
    assert_int_equal(gc_tracked_count(rt), before);
    assert_int_equal(collect(), 0);
}

static void test_two_lists(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    Value a = new_list(), b = new_list();
    append(a, b);
    append(b, a);
    decref(a);
    decref(b);
    assert_int_equal(collect(), 2);
    assert_int_equal(gc_tracked_count(rt), before);
}

static void test_dict_cycles(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    Value d = dict_new();
    dset(d, "me", d);
    decref(d);
    assert_int_equal(collect(), 1);

    Value d1 = dict_new(), d2 = dict_new();
    dset(d1, "other", d2);
    dset(d2, "other", d1);
    dset(d2, "n", I(5));
    decref(d1);
    decref(d2);
    assert_int_equal(collect(), 2);

    /* A cycle through a dict's key: a tuple key holding a list that holds the dict. */
    Value d3 = dict_new(), l = new_list();
    Value key = tuple_pack(1, I(1));
    assert_true(key != VNULL);
    dset(d3, "l", l);
    append(l, d3);
    assert_int_equal(dict_set(d3, key, l), 0);
    decref(key);
    decref(l);
    decref(d3);
    assert_int_equal(collect(), 3);
    assert_int_equal(gc_tracked_count(rt), before);
}

static void test_tuple_cycle(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    Value l = new_list();
    Value t = tuple_pack(2, l, I(7));
    assert_true(t != VNULL);
    append(l, t);
    decref(t);
    decref(l);
    assert_int_equal(collect(), 2);
    assert_int_equal(gc_tracked_count(rt), before);
}

/* Many separate cycles of different shapes, one collection. */
static void test_many_cycles(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    for (int i = 0; i < 300; i++) {
        Value a = new_list(), d = dict_new();
        append(a, d);
        dset(d, "a", a);
        Value t = tuple_pack(2, a, d);
        append(a, t);
        decref(t);
        decref(a);
        decref(d);
    }
    assert_int_equal(collect(), 900);
    assert_int_equal(gc_tracked_count(rt), before);
}

/* -------------------------------------------------- reachable from outside */

/* A cycle the C code still holds is not collected, and nothing in it is cleared. */
static void test_cycle_held_from_c(void **state)
{
    (void)state;
    Value a = new_list(), b = new_list();
    append(a, b);
    append(a, I(1));
    append(b, a);
    append(b, I(2));
    decref(b); /* b is now reachable only through a; a only from C */
    assert_int_equal(collect(), 0);
    assert_int_equal(list_size(a), 2);
    assert_true(item(a, 0) == b);
    assert_true(item(a, 1) == I(1));
    assert_int_equal(list_size(b), 2);
    assert_true(item(b, 0) == a);
    assert_true(item(b, 1) == I(2));
    assert_int_equal(rc_count(AS_OBJ(a)), 2);
    assert_int_equal(rc_count(AS_OBJ(b)), 1);
    decref(a);
    assert_int_equal(collect(), 2);
}

/* Objects referenced only from C (no cycle, deep inside a container chain) survive. */
static void test_chain_held_from_c(void **state)
{
    (void)state;
    Value inner = new_list();
    Value d = dict_new();
    dset(d, "inner", inner);
    append(inner, inner); /* a cycle, reachable from C only through outer -> d -> inner */
    Value outer = tuple_pack(2, d, I(3));
    assert_true(outer != VNULL);
    decref(d);
    decref(inner);
    assert_int_equal(collect(), 0);
    Value d2 = TUPLE_ITEMS(outer)[0];
    Value in2 = dget(d2, "inner");
    assert_true(item(in2, 0) == in2);
    assert_int_equal(rc_count(AS_OBJ(in2)), 2);
    decref(outer);
    /* The tuple and the dict went by reference counting; the self-cycle is left. */
    assert_int_equal(collect(), 1);
}

/* Garbage that refers to live objects drops exactly its references to them. */
static void test_garbage_refers_to_live(void **state)
{
    (void)state;
    Value live = new_list();
    Value live_d = dict_new();
    append(live, live_d);
    dset(live_d, "x", I(42));
    int64_t rc_live = rc_count(AS_OBJ(live));
    int64_t rc_d = rc_count(AS_OBJ(live_d));

    Value g1 = new_list(), g2 = dict_new();
    append(g1, g2);
    append(g1, live);
    dset(g2, "g1", g1);
    dset(g2, "live", live_d);
    decref(g1);
    decref(g2);
    assert_int_equal(rc_count(AS_OBJ(live)), rc_live + 1);
    assert_int_equal(collect(), 2);
    assert_int_equal(rc_count(AS_OBJ(live)), rc_live);
    assert_int_equal(rc_count(AS_OBJ(live_d)), rc_d);
    assert_int_equal(list_size(live), 1);
    assert_true(item(live, 0) == live_d);
    assert_true(dget(live_d, "x") == I(42));
    decref(live);
    decref(live_d);
    assert_int_equal(collect(), 0);
}

/* A reachable cycle next to an unreachable one: only the latter goes. */
static void test_reachable_and_unreachable(void **state)
{
    (void)state;
    Value keep = new_list();
    Value ring[10];
    for (int i = 0; i < 10; i++)
        ring[i] = new_list();
    for (int i = 0; i < 10; i++) {
        append(ring[i], I(i));
        append(ring[i], ring[(i + 1) % 10]);
    }
    append(keep, ring[3]); /* the whole ring is reachable through keep */
    for (int i = 0; i < 10; i++)
        decref(ring[i]);
    Value junk = new_list();
    append(junk, junk);
    decref(junk);
    assert_int_equal(collect(), 1);
    Value node = item(keep, 0);
    for (int i = 0; i < 10; i++) {
        assert_true(item(node, 0) == I((3 + i) % 10));
        node = item(node, 1);
    }
    assert_true(node == item(keep, 0));
    decref(keep);
    assert_int_equal(collect(), 10);
}

/* ------------------------------------------------------------ generations */

static void test_generations(void **state)
{
    (void)state;
    Value a = new_list();
    assert_int_equal(generation_of(a), 0);
    assert_int_equal(gc_collect(rt, 0), 0);
    assert_int_equal(generation_of(a), 1);
    assert_int_equal(gc_collect(rt, 0), 0);
    assert_int_equal(generation_of(a), 1); /* a young collection does not examine gen 1 */
    assert_int_equal(gc_collect(rt, 1), 0);
    assert_int_equal(generation_of(a), 2);
    assert_int_equal(gc_collect(rt, 2), 0);
    assert_int_equal(generation_of(a), 2);

    /* A cycle that moved up is found only by a collection that examines its generation. */
    append(a, a);
    decref(a);
    assert_int_equal(gc_collect(rt, 0), 0);
    assert_int_equal(gc_collect(rt, 1), 0);
    assert_int_equal(gc_collect(rt, 2), 1);
}

/* A young object referenced only by an old one survives a young collection. */
static void test_old_refers_to_young(void **state)
{
    (void)state;
    Value old = new_list();
    assert_int_equal(gc_collect(rt, 1), 0);
    assert_int_equal(generation_of(old), 2);
    Value young = new_list();
    append(young, young);
    append(young, I(9));
    append(old, young);
    decref(young);
    assert_int_equal(generation_of(young), 0);
    assert_int_equal(gc_collect(rt, 0), 0);
    assert_int_equal(generation_of(young), 1);
    assert_true(item(young, 0) == young);
    assert_true(item(young, 1) == I(9));
    decref(old);
    assert_int_equal(collect(), 1);
}

static void test_tracked_count(void **state)
{
    (void)state;
    int64_t before = gc_tracked_count(rt);
    Value l[50];
    for (int i = 0; i < 50; i++)
        l[i] = new_list();
    Value s = str_from_cstr("not tracked");
    assert_int_equal(gc_tracked_count(rt), before + 50);
    assert_false(gc_is_tracked(AS_OBJ(s)));
    assert_true(gc_is_tracked(AS_OBJ(l[0])));
    gc_collect(rt, 0);
    assert_int_equal(gc_tracked_count(rt), before + 50);
    for (int i = 0; i < 50; i++)
        decref(l[i]);
    decref(s);
    assert_int_equal(gc_tracked_count(rt), before);
}

/* ------------------------------------------------------- long chains */

enum { CHAIN = 100000 };

/* [[[...[]...]]], CHAIN lists deep; a new reference to the outermost. */
static Value nested_lists(int n)
{
    Value inner = new_list();
    for (int i = 1; i < n; i++) {
        Value outer = new_list();
        append(outer, inner);
        decref(inner);
        inner = outer;
    }
    return inner;
}

/* {'d': {'d': ...}}, n dicts deep. */
static Value nested_dicts(int n)
{
    Value inner = dict_new();
    for (int i = 1; i < n; i++) {
        Value outer = dict_new();
        dset(outer, "d", inner);
        decref(inner);
        inner = outer;
    }
    return inner;
}

/* ((...(),...),), n tuples deep around a list. */
static Value nested_tuples(int n)
{
    Value inner = new_list();
    for (int i = 1; i < n; i++) {
        Value outer = tuple_pack(1, inner);
        assert_true(outer != VNULL);
        decref(inner);
        inner = outer;
    }
    return inner;
}

typedef struct ChainJob {
    int64_t found[4];  /* what each collection returned */
    int64_t leftover;  /* tracked objects left beyond the start */
} ChainJob;

/* Build chains hanging off cycles, collect them, free one by refcounting: all with a small stack. */
static void *chain_thread(void *arg)
{
    ChainJob *job = arg;
    ThreadState *ts = thread_state_new(rt);
    if (ts == NULL)
        return NULL;
    int64_t before = gc_tracked_count(rt);

    /* 1. A self-referencing list with a chain of lists hanging off it. */
    Value a = new_list();
    append(a, a);
    Value chain = nested_lists(CHAIN);
    append(a, chain);
    decref(chain);
    decref(a);
    job->found[0] = gc_collect(rt, GC_GENERATIONS - 1);

    /* 2. A chain of dicts whose innermost dict refers back to the outermost. */
    Value d = nested_dicts(CHAIN);
    Value inner = d;
    for (int i = 1; i < CHAIN; i++)
        inner = dget(inner, "d");
    dset(inner, "back", d);
    decref(d);
    job->found[1] = gc_collect(rt, GC_GENERATIONS - 1);

    /* 3. A chain of tuples reachable from C survives, then goes by refcounting alone. */
    Value t = nested_tuples(CHAIN);
    job->found[2] = gc_collect(rt, GC_GENERATIONS - 1);
    decref(t);

    /* 4. A chain of lists freed by refcounting, no collector involved. */
    decref(nested_lists(CHAIN));
    job->found[3] = gc_collect(rt, GC_GENERATIONS - 1);

    job->leftover = gc_tracked_count(rt) - before;
    thread_state_free(ts);
    return NULL;
}

static void test_long_chains_small_stack(void **state)
{
    (void)state;
    ChainJob job = {{-1, -1, -1, -1}, -1};
    pthread_attr_t attr;
    pthread_t th;
    assert_int_equal(pthread_attr_init(&attr), 0);
    assert_int_equal(pthread_attr_setstacksize(&attr, 512 * 1024), 0);
    assert_int_equal(pthread_create(&th, &attr, chain_thread, &job), 0);
    assert_int_equal(pthread_join(th, NULL), 0);
    pthread_attr_destroy(&attr);
    assert_int_equal(job.found[0], CHAIN + 1);
    assert_int_equal(job.found[1], CHAIN);
    assert_int_equal(job.found[2], 0);
    assert_int_equal(job.found[3], 0);
    assert_int_equal(job.leftover, 0);
}

/* A reachable chain longer than any recursion could handle keeps every link. */
static void test_long_reachable_chain(void **state)
{
    (void)state;
    Value chain = nested_lists(CHAIN);
    Value ring = new_list();
    append(ring, chain);
    append(ring, ring);
    assert_int_equal(collect(), 0);
    int n = 1;
    for (Value l = chain; list_size(l) == 1; l = item(l, 0))
        n++;
    assert_int_equal(n, CHAIN);
    decref(chain);
    decref(ring);
    assert_int_equal(collect(), CHAIN + 1);
}

/* --------------------------------------------- thresholds, enable, disable */

static Value gc_module_call(Value m, const char *name)
{
    Value fn = obj_getattr_cstr(m, name);
    assert_true(fn != VNULL);
    Value r = obj_call(fn, NULL, 0);
    decref(fn);
    assert_true(r != VNULL);
    return r;
}

static void test_thresholds(void **state)
{
    (void)state;
    ThreadState *ts = thread_current();
    GcState *gc = &rt->gc;
    gc->gen[0].threshold = 5;
    gc->gen[0].count = 0;
    Value l[6];
    for (int i = 0; i < 5; i++)
        l[i] = new_list();
    assert_int_equal(gc->gen[0].count, 5);
    assert_false(thread_breaker_pending(ts) & BREAKER_GC);
    l[5] = new_list(); /* the count exceeds the threshold: the allocator asks for a collection */
    assert_true(thread_breaker_pending(ts) & BREAKER_GC);
    thread_breaker_clear(ts, BREAKER_GC);
    int64_t runs = gc->collections;
    gc_maybe_collect(rt);
    assert_int_equal(gc->collections, runs + 1);
    assert_int_equal(gc->gen[0].count, 0);
    assert_int_equal(generation_of(l[5]), 1);
    for (int i = 0; i < 6; i++)
        decref(l[i]);

    /* Freeing lowers the count: allocating and freeing in turn never asks. */
    gc->gen[0].count = 0;
    for (int i = 0; i < 100; i++)
        decref(new_list());
    assert_int_equal(gc->gen[0].count, 0);
    assert_false(thread_breaker_pending(ts) & BREAKER_GC);

    /* Every gen[1].threshold young collections, the next one is of generation 1. */
    gc->gen[1].threshold = 2;
    gc->gen[1].count = 0;
    Value a = new_list();
    gc_collect(rt, 0);
    gc_collect(rt, 0);
    gc_collect(rt, 0);
    assert_int_equal(gc->gen[1].count, 3);
    assert_int_equal(generation_of(a), 1);
    gc->gen[0].count = gc->gen[0].threshold + 1;
    gc_maybe_collect(rt);
    assert_int_equal(generation_of(a), 2);
    assert_int_equal(gc->gen[1].count, 0);
    decref(a);
}

static void test_enable_disable(void **state)
{
    (void)state;
    ThreadState *ts = thread_current();
    GcState *gc = &rt->gc;
    Value m = mod_gc_create();
    assert_true(m != VNULL);
    decref(gc_module_call(m, "disable"));
    assert_false(gc->enabled);
    Value en = gc_module_call(m, "isenabled");
    assert_true(en == FALSE_VAL);
    decref(en);

    gc->gen[0].threshold = 3;
    gc->gen[0].count = 0;
    Value l[10];
    for (int i = 0; i < 10; i++) {
        l[i] = new_list();
        append(l[i], l[i]);
    }
    assert_false(thread_breaker_pending(ts) & BREAKER_GC);
    int64_t runs = gc->collections;
    gc_maybe_collect(rt); /* disabled: thresholds are ignored */
    assert_int_equal(gc->collections, runs);
    for (int i = 0; i < 10; i++)
        decref(l[i]);

    /* gc.collect() still works while disabled. */
    Value collect_fn = obj_getattr_cstr(m, "collect");
    assert_true(collect_fn != VNULL);
    Value n = obj_call(collect_fn, NULL, 0);
    assert_true(n == I(10));
    decref(n);

    decref(gc_module_call(m, "enable"));
    assert_true(gc->enabled);
    gc->gen[0].count = 0;
    for (int i = 0; i < 4; i++) {
        l[i] = new_list();
        append(l[i], l[i]);
        decref(l[i]);
    }
    assert_true(thread_breaker_pending(ts) & BREAKER_GC);
    thread_breaker_clear(ts, BREAKER_GC);
    runs = gc->collections;
    gc_maybe_collect(rt);
    assert_int_equal(gc->collections, runs + 1);
    assert_int_equal(gc->collected >= 4, true);

    Value counts = gc_module_call(m, "get_count");
    assert_true(tuple_check(counts));
    assert_int_equal(TUPLE_SIZE(counts), 3);
    /* gen 0's count was read before the result tuple was allocated */
    assert_true(TUPLE_ITEMS(counts)[0] == I(gc->gen[0].count - 1));
    assert_true(TUPLE_ITEMS(counts)[1] == I(gc->gen[1].count));
    assert_true(TUPLE_ITEMS(counts)[2] == I(gc->gen[2].count));
    decref(counts);
    decref(collect_fn);
    decref(m);
}

/* A collection finds nothing to do in an empty young generation and keeps its statistics. */
static void test_statistics(void **state)
{
    (void)state;
    GcState *gc = &rt->gc;
    int64_t runs = gc->collections, freed = gc->collected;
    Value a = new_list(), b = new_list();
    append(a, b);
    append(b, a);
    decref(a);
    decref(b);
    assert_int_equal(collect(), 2);
    assert_int_equal(gc->collections, runs + 1);
    assert_int_equal(gc->collected, freed + 2);
    assert_false(gc->collecting);
    assert_true(gc->pause_total >= 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_self_list, fresh),
        cmocka_unit_test_setup(test_two_lists, fresh),
        cmocka_unit_test_setup(test_dict_cycles, fresh),
        cmocka_unit_test_setup(test_tuple_cycle, fresh),
        cmocka_unit_test_setup(test_many_cycles, fresh),
        cmocka_unit_test_setup(test_cycle_held_from_c, fresh),
        cmocka_unit_test_setup(test_chain_held_from_c, fresh),
        cmocka_unit_test_setup(test_garbage_refers_to_live, fresh),
        cmocka_unit_test_setup(test_reachable_and_unreachable, fresh),
        cmocka_unit_test_setup(test_generations, fresh),
        cmocka_unit_test_setup(test_old_refers_to_young, fresh),
        cmocka_unit_test_setup(test_tracked_count, fresh),
        cmocka_unit_test_setup(test_long_chains_small_stack, fresh),
        cmocka_unit_test_setup(test_long_reachable_chain, fresh),
        cmocka_unit_test_setup(test_thresholds, fresh),
        cmocka_unit_test_setup(test_enable_disable, fresh),
        cmocka_unit_test_setup(test_statistics, fresh),
    };
    return cmocka_run_group_tests_name("gc", tests, setup, teardown);
}
