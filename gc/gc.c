// SPDX-License-Identifier: MIT
/**
 * @file gc.c
 * @brief The generational cycle collector (the algorithm is in gc.h).
 */
#include "gc.h"

#include <time.h>

#include "../gil/brc.h"
#include "../gil/strategy.h"
#include "../gil/stw.h"
#include "../gil/thread.h"
#include "../vm/runtime.h"

/* ---- Circular doubly linked lists with a sentinel ---- */

static void list_init(GCHead *h)
{
    h->next = h->prev = h;
}

static bool list_empty(const GCHead *h)
{
    return h->next == h;
}

static void list_remove(GCHead *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
}

static void list_append(GCHead *g, GCHead *h)
{
    g->prev = h->prev;
    g->next = h;
    h->prev->next = g;
    h->prev = g;
}

static void list_move(GCHead *g, GCHead *to)
{
    list_remove(g);
    list_append(g, to);
}

/* Append every element of from to to, leaving from empty. */
static void list_merge(GCHead *from, GCHead *to)
{
    if (list_empty(from))
        return;
    GCHead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    list_init(from);
}

static int64_t list_size(const GCHead *h)
{
    int64_t n = 0;
    for (GCHead *g = h->next; g != h; g = g->next)
        n++;
    return n;
}

void gc_init(GcState *gc)
{
    static const int thresholds[GC_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < GC_GENERATIONS; i++) {
        list_init(&gc->gen[i].head);
        gc->gen[i].threshold = thresholds[i];
        gc->gen[i].count = 0;
    }
    gc->enabled = true;
    gc->collecting = false;
    gc->threaded = false;
    pthread_mutex_init(&gc->lock, NULL);
    gc->long_lived_total = 0;
    gc->long_lived_pending = 0;
    gc->collections = 0;
    gc->collected = 0;
    gc->pause_total = 0;
}

/* Under a free-threaded strategy the lists and counts are shared by running threads. */
static void lock(GcState *gc)
{
    if (gc->threaded)
        pthread_mutex_lock(&gc->lock);
}

static void unlock(GcState *gc)
{
    if (gc->threaded)
        pthread_mutex_unlock(&gc->lock);
}

void gc_track(Obj *o)
{
    CHECK(!(o->gc_bits & GC_TRACKED));
    CHECK(o->type->flags & TYPE_GC);
    GcState *gc = &thread_current()->rt->gc;
    lock(gc);
    list_append(GC_HEAD(o), &gc->gen[0].head);
    o->gc_bits |= GC_TRACKED;
    unlock(gc);
}

void gc_untrack(Obj *o)
{
    if (!(o->gc_bits & GC_TRACKED))
        return;
    GcState *gc = &thread_current()->rt->gc;
    lock(gc);
    list_remove(GC_HEAD(o));
    o->gc_bits &= (uint8_t)~GC_TRACKED;
    unlock(gc);
}

void gc_count_alloc(Runtime *rt)
{
    GcState *gc = &rt->gc;
    lock(gc);
    gc->gen[0].count++;
    /* A threshold of 0 turns automatic collection off, as in CPython. */
    bool due = UNLIKELY(gc->gen[0].count > gc->gen[0].threshold) && gc->gen[0].threshold != 0 &&
               gc->enabled && !gc->collecting;
    unlock(gc);
    if (due)
        thread_breaker_set(thread_current(), BREAKER_GC);
}

void gc_count_free(Runtime *rt)
{
    GcState *gc = &rt->gc;
    lock(gc);
    if (gc->gen[0].count > 0)
        gc->gen[0].count--;
    unlock(gc);
}

int64_t gc_tracked_count(Runtime *rt)
{
    int64_t n = 0;
    for (int i = 0; i < GC_GENERATIONS; i++)
        n += list_size(&rt->gc.gen[i].head);
    return n;
}

/* ---- The collection ---- */

static void visit_decref(Obj *o, void *arg)
{
    if (o->gc_bits & GC_COLLECTING)
        GC_HEAD(o)->refs--;
}

/* Called for what a reachable object refers to. An object still in the examined set
 * (GC_COLLECTING) becomes reachable: back into the young list if step 3 had set it aside,
 * and with refs 1 so that step 3 scans it as reachable when it gets there. */
static void visit_reachable(Obj *o, void *arg)
{
    GCHead *young = arg;
    if (!(o->gc_bits & GC_COLLECTING))
        return; /* outside the set, or already scanned as reachable */
    GCHead *g = GC_HEAD(o);
    if (o->gc_bits & GC_UNREACHABLE) {
        o->gc_bits &= (uint8_t)~GC_UNREACHABLE;
        list_move(g, young);
    }
    g->refs = 1;
}

#ifdef GILVM_CHECKS
/* The lists are well linked and hold only live, tracked objects with no collection state. */
static void check_lists(GcState *gc)
{
    for (int i = 0; i < GC_GENERATIONS; i++) {
        GCHead *h = &gc->gen[i].head;
        for (GCHead *g = h->next; g != h; g = g->next) {
            Obj *o = GC_OBJ(g);
            CHECK(g->next->prev == g && g->prev->next == g);
            CHECK(o->gc_bits == GC_TRACKED);
            CHECK(o->type->flags & TYPE_GC);
            CHECK(rc_count(o) > 0);
        }
    }
}
#endif

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int64_t gc_collect(Runtime *rt, int generation)
{
    GcState *gc = &rt->gc;
    lock(gc);
    bool busy = gc->collecting;
    gc->collecting = true;
    unlock(gc);
    if (busy)
        return 0; /* another thread is collecting (or a finalizer asked, nested) */
    double start = now_seconds();
    if (generation >= GC_GENERATIONS)
        generation = GC_GENERATIONS - 1;
    /* Free-threaded: every other thread stops first, so that no count or container changes
     * under the collector; the strategy then makes the counts whole (brc's merge queues).
     * Objects whose count reaches zero meanwhile are freed once everyone runs again. */
    ThreadState *ts = thread_current();
    ObjStack dead = {0};
    if (gc->threaded) {
        stw_stop_world(ts);
        if (rt->strategy->world_stopped != NULL)
            rt->strategy->world_stopped(rt, &dead);
    }

    /* Gather generations 0..generation into the young list. */
    GCHead young, unreachable;
    list_init(&young);
    list_init(&unreachable);
    for (int i = 0; i <= generation; i++) {
        list_merge(&gc->gen[i].head, &young);
        gc->gen[i].count = 0;
    }
    if (generation + 1 < GC_GENERATIONS)
        gc->gen[generation + 1].count++;

    /* 1. Copy the counts; 2. subtract references internal to the set. */
    for (GCHead *g = young.next; g != &young; g = g->next) {
        Obj *o = GC_OBJ(g);
        g->refs = (intptr_t)rc_count(o);
        o->gc_bits |= GC_COLLECTING;
    }
    for (GCHead *g = young.next; g != &young; g = g->next) {
        Obj *o = GC_OBJ(g);
        o->type->traverse(o, visit_decref, NULL);
    }
    /* 3. Objects with outside references are reachable, and so is all they reach. Each
     * leaves the set (GC_COLLECTING off) as it is scanned, so no pass is needed afterwards;
     * the others wait in the unreachable list until something reachable refers to them. */
    int64_t survivors = 0;
    GCHead *g = young.next;
    while (g != &young) {
        Obj *o = GC_OBJ(g);
        CHECK(g->refs >= 0); /* negative: a traverse slot visits a reference it does not own */
        if (g->refs > 0) {
            o->gc_bits &= (uint8_t)~GC_COLLECTING;
            o->type->traverse(o, visit_reachable, &young);
            survivors++;
            g = g->next; /* read after the traverse, which may have appended objects */
        } else {
            GCHead *next = g->next;
            o->gc_bits |= GC_UNREACHABLE;
            list_move(g, &unreachable);
            g = next;
        }
    }

    /* Survivors move up a generation. */
    int older = generation + 1 < GC_GENERATIONS ? generation + 1 : generation;
    list_merge(&young, &gc->gen[older].head);
    if (generation == GC_GENERATIONS - 2) {
        gc->long_lived_pending += survivors;
    } else if (generation == GC_GENERATIONS - 1) {
        gc->long_lived_pending = 0;
        gc->long_lived_total = survivors;
    }

    /* 4. Break the cycles of the garbage; reference counting frees it. */
    int64_t found = 0;
    for (GCHead *h = unreachable.next; h != &unreachable; h = h->next) {
        Obj *o = GC_OBJ(h);
        o->gc_bits &= (uint8_t)~(GC_COLLECTING | GC_UNREACHABLE);
        /* brc: give the garbage up to whoever drops its count last, this thread or not. */
        rc_disown(o);
        found++;
    }
    /* Nothing outside the garbage refers to it, so the others may run while it is cleared. */
    if (gc->threaded) {
        stw_start_world(ts);
        for (size_t i = 0; i < dead.n; i++)
            alloc_dealloc(dead.items[i]);
        objstack_free(&dead);
    }
    while (!list_empty(&unreachable)) {
        GCHead *h = unreachable.next;
        Obj *o = GC_OBJ(h);
        rc_incref(o);
        if (o->type->clear != NULL)
            o->type->clear(o);
        rc_decref(o);
        if (unreachable.next == h) {
            /* Still alive (something outside kept it): it survives. */
            lock(gc);
            list_move(h, &gc->gen[older].head);
            unlock(gc);
        }
    }
    lock(gc);
    gc->collections++;
    gc->collected += found;
    gc->pause_total += now_seconds() - start;
    gc->collecting = false;
    unlock(gc);
#ifdef GILVM_CHECKS
    check_lists(gc);
#endif
#ifdef GILVM_DEBUG_LOG_GC
    fprintf(stderr, "gc: generation %d: %lld unreachable, %.3f ms\n", generation, (long long)found,
            (now_seconds() - start) * 1e3);
#endif
    return found;
}

void gc_maybe_collect(Runtime *rt)
{
    GcState *gc = &rt->gc;
    int due = -1;
    lock(gc);
    if (gc->enabled && !gc->collecting && gc->gen[0].threshold != 0) {
        for (int i = GC_GENERATIONS - 1; i >= 0; i--) {
            if (gc->gen[i].count > gc->gen[i].threshold) {
                if (i == GC_GENERATIONS - 1 && gc->long_lived_pending < gc->long_lived_total / 4)
                    continue; /* too little new in the oldest generation yet (see gc.h) */
                due = i;
                break;
            }
        }
    }
    unlock(gc);
    if (due >= 0)
        gc_collect(rt, due);
}
