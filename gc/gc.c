// SPDX-License-Identifier: MIT
/**
 * @file gc.c
 * @brief The generational cycle collector (the algorithm is in gc.h).
 */
#include "gc.h"

#include <time.h>

#include "../gil/brc.h"
#include "../gil/lock.h"
#include "../gil/mutex.h"
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
static void list_merge(GCHead *from, GCHead *to);

/* Move every object of from to the end of to, naming to as their list. */
static void list_own_into(GcList *from, GcList *to)
{
    for (GCHead *g = from->head.next; g != &from->head; g = g->next)
        atomic_store_explicit((_Atomic intptr_t *)&g->refs, (intptr_t)to, memory_order_relaxed);
    list_merge(&from->head, &to->head);
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

/* The list a tracked object is in (GCHead::refs outside a collection). */
static inline GcList *list_of(Obj *o)
{
    /* Atomic: gc_untrack() reads it before it holds the list's lock (and checks again). */
    return (GcList *)atomic_load_explicit((_Atomic intptr_t *)&GC_HEAD(o)->refs,
                                          memory_order_relaxed);
}

static void list_init_gc(GcList *l)
{
    list_init(&l->head);
    atomic_store_explicit(&l->owner, 0, memory_order_relaxed);
    atomic_store_explicit(&l->lock, 0, memory_order_relaxed);
}

void gc_init(GcState *gc)
{
    static const int thresholds[GC_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < GC_GENERATIONS; i++) {
        list_init_gc(&gc->gen[i].list);
        gc->gen[i].threshold = thresholds[i];
        gc->gen[i].count = 0;
    }
    gc->enabled = true;
    gc->collecting = false;
    gc->threaded = false;
    gc->spare = NULL;
    pthread_mutex_init(&gc->lock, NULL);
    gc->long_lived_total = 0;
    gc->long_lived_pending = 0;
    gc->collections = 0;
    gc->collected = 0;
    gc->pause_total = 0;
}

/* Under a free-threaded strategy the counts and spare lists are shared by running threads. */
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

/*
 * Lock list l; true if that took no mutex (nothing to unlock). Under brc a thread's young list
 * is biased toward it, as objects' locks are (gil/brc.c): tracking and freeing its own new
 * objects takes no atomic instruction; the first other thread to free one of them revokes the
 * bias once.
 */
static bool list_lock(GcState *gc, GcList *l)
{
    if (!gc->threaded)
        return true;
    uintptr_t owner = atomic_load_explicit(&l->owner, memory_order_relaxed);
    uint8_t v = atomic_load_explicit(&l->lock, memory_order_relaxed);
    if (owner != 0) {
        if (owner == rc_thread_id && !(v & (CS_UNBIASED | CS_REVOKING)))
            return true;
        if (owner != rc_thread_id && !(v & CS_UNBIASED))
            bias_revoke_lock(&l->lock, &l->owner, false);
    }
    /* Waits attached: untracking happens inside critical sections (a decref freeing an
     * object), and a collection must not run while a section's object is half changed.
     * The holder of a list lock never waits for anything, so this wait is short. */
    mutex_park_attached = true;
    mutex_lock(&l->lock, NULL);
    mutex_park_attached = false;
    return false;
}

static void list_unlock(GcState *gc, GcList *l, bool biased)
{
    if (gc->threaded && !biased)
        mutex_unlock(&l->lock);
}

/* A spare young list (one of an ended thread's, or a new one); NULL when out of memory. */
typedef struct GcListPool {
    GcList list;
    struct GcListPool *next;
    /* One cache line each: two threads' lists side by side would bounce one line between
     * their cores at every allocation (false sharing). */
    char pad[64 - sizeof(GcList) - sizeof(struct GcListPool *)];
} GcListPool;

static GcList *young_list_new(GcState *gc)
{
    lock(gc);
    GcListPool *p = gc->spare;
    if (p != NULL)
        gc->spare = p->next;
    unlock(gc);
    /* Never freed: an untracking thread may still read a list it lost (gc_untrack()). */
    if (p == NULL && (p = aligned_alloc(64, sizeof *p)) == NULL)
        return NULL;
    list_init_gc(&p->list);
    return &p->list;
}

/*
 * Free threading: each thread tracks its new objects in a list of its own, so that threads
 * that allocate at once do not fight over one lock; any thread that frees one of them takes
 * that list's lock (found in the object's GCHead), almost always uncontended. A collection
 * (the world stopped) gathers every thread's list into generation 0.
 */
void gc_track(Obj *o)
{
    CHECK(!(o->gc_bits & GC_TRACKED));
    CHECK(o->type->flags & TYPE_GC);
    ThreadState *ts = thread_current();
    GcState *gc = &ts->rt->gc;
    GcList *l = &gc->gen[0].list;
    if (gc->threaded) {
        if (UNLIKELY(ts->gc_young == NULL)) {
            ts->gc_young = young_list_new(gc);
            if (ts->gc_young != NULL)
                atomic_store_explicit(&ts->gc_young->owner, ts->rc_new_owner,
                                      memory_order_relaxed); /* brc: biased toward us */
        }
        if (LIKELY(ts->gc_young != NULL))
            l = ts->gc_young;
    }
    bool biased = list_lock(gc, l);
    list_append(GC_HEAD(o), &l->head);
    GC_HEAD(o)->refs = (intptr_t)l;
    o->gc_bits |= GC_TRACKED;
    list_unlock(gc, l, biased);
}

void gc_untrack(Obj *o)
{
    if (!(o->gc_bits & GC_TRACKED))
        return;
    GcState *gc = &thread_current()->rt->gc;
    GcList *l = list_of(o);
    bool biased = list_lock(gc, l);
    /* The object may move to another list (its thread ended) until we hold the lock. */
    for (GcList *now; gc->threaded && (now = list_of(o)) != l; l = now) {
        list_unlock(gc, l, biased);
        biased = list_lock(gc, now);
    }
    list_remove(GC_HEAD(o));
    o->gc_bits &= (uint8_t)~GC_TRACKED;
    list_unlock(gc, l, biased);
}

void gc_fini(GcState *gc, ThreadState *ts)
{
    free(ts->gc_young); /* a GcListPool: the list is its first member */
    ts->gc_young = NULL;
    while (gc->spare != NULL) {
        GcListPool *p = gc->spare;
        gc->spare = p->next;
        free(p);
    }
}

void gc_thread_exit(ThreadState *ts)
{
    GcState *gc = &ts->rt->gc;
    GcList *l = ts->gc_young;
    if (l == NULL)
        return;
    ts->gc_young = NULL;
    GcList *g0 = &gc->gen[0].list;
    /* Locks in address order: two ending threads may do this at once, and an untracker
     * holds one list's lock at a time. */
    GcList *first = l < g0 ? l : g0, *second = l < g0 ? g0 : l;
    bool b1 = list_lock(gc, first);
    bool b2 = list_lock(gc, second);
    list_own_into(l, g0);
    list_unlock(gc, second, b2);
    list_unlock(gc, first, b1);
    lock(gc);
    GcListPool *p = (GcListPool *)l;
    p->next = gc->spare;
    gc->spare = p;
    gc->gen[0].count += ts->gc_delta;
    ts->gc_delta = 0;
    unlock(gc);
}

/* Per-thread batches of the allocation count (free threading), flushed this often. */
#define GC_COUNT_BATCH 32

/* Add n to generation 0's count; say whether a collection is due. */
static bool count_add(GcState *gc, int n)
{
    lock(gc);
    gc->gen[0].count += n;
    if (gc->gen[0].count < 0)
        gc->gen[0].count = 0;
    /* A threshold of 0 turns automatic collection off, as in CPython. */
    bool due = UNLIKELY(gc->gen[0].count > gc->gen[0].threshold) && gc->gen[0].threshold != 0 &&
               gc->enabled && !gc->collecting;
    unlock(gc);
    return due;
}

void gc_count_alloc(Runtime *rt)
{
    GcState *gc = &rt->gc;
    ThreadState *ts = thread_current();
    if (gc->threaded) {
        if (++ts->gc_delta < GC_COUNT_BATCH)
            return;
        int n = ts->gc_delta;
        ts->gc_delta = 0;
        if (count_add(gc, n))
            thread_breaker_set(ts, BREAKER_GC);
        return;
    }
    gc->gen[0].count++;
    if (UNLIKELY(gc->gen[0].count > gc->gen[0].threshold) && gc->gen[0].threshold != 0 &&
        gc->enabled && !gc->collecting)
        thread_breaker_set(ts, BREAKER_GC);
}

void gc_count_free(Runtime *rt)
{
    GcState *gc = &rt->gc;
    if (gc->threaded) {
        ThreadState *ts = thread_current();
        if (--ts->gc_delta > -GC_COUNT_BATCH)
            return;
        int n = ts->gc_delta;
        ts->gc_delta = 0;
        count_add(gc, n);
        return;
    }
    if (gc->gen[0].count > 0)
        gc->gen[0].count--;
}

int64_t gc_tracked_count(Runtime *rt)
{
    GcState *gc = &rt->gc;
    int64_t n = 0;
    for (int i = 0; i < GC_GENERATIONS; i++) {
        bool biased = list_lock(gc, &gc->gen[i].list);
        n += list_size(&gc->gen[i].list.head);
        list_unlock(gc, &gc->gen[i].list, biased);
    }
    pthread_mutex_lock(&rt->threads_lock);
    for (ThreadState *t = rt->threads; t != NULL; t = t->next) {
        GcList *l = t->gc_young;
        if (gc->threaded && l != NULL) {
            bool biased = list_lock(gc, l);
            n += list_size(&l->head);
            list_unlock(gc, l, biased);
        }
    }
    pthread_mutex_unlock(&rt->threads_lock);
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
        GCHead *h = &gc->gen[i].list.head;
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
        /* Objects whose count reached zero (freed after the restart) are not examined: the
         * collection would find them unreachable and free them a second time. */
        for (size_t i = 0; i < dead.n; i++) {
            Obj *o = dead.items[i];
            if (o->gc_bits & GC_TRACKED) {
                list_remove(GC_HEAD(o));
                o->gc_bits &= (uint8_t)~GC_TRACKED;
            }
        }
    }

    /* Gather generations 0..generation (and the threads' young objects) into the young list. */
    GCHead young;
    GcList unreachable;
    list_init(&young);
    list_init_gc(&unreachable);
    if (gc->threaded) {
        pthread_mutex_lock(&rt->threads_lock);
        for (ThreadState *t = rt->threads; t != NULL; t = t->next)
            if (t->gc_young != NULL)
                list_merge(&t->gc_young->head, &young);
        pthread_mutex_unlock(&rt->threads_lock);
    }
    for (int i = 0; i <= generation; i++) {
        list_merge(&gc->gen[i].list.head, &young);
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
            list_move(g, &unreachable.head);
            g = next;
        }
    }

    /* Survivors move up a generation. */
    int older = generation + 1 < GC_GENERATIONS ? generation + 1 : generation;
    for (GCHead *h = young.next; h != &young; h = h->next)
        h->refs = (intptr_t)&gc->gen[older].list;
    list_merge(&young, &gc->gen[older].list.head);
    if (generation == GC_GENERATIONS - 2) {
        gc->long_lived_pending += survivors;
    } else if (generation == GC_GENERATIONS - 1) {
        gc->long_lived_pending = 0;
        gc->long_lived_total = survivors;
    }

    /* 4. Break the cycles of the garbage; reference counting frees it. */
    int64_t found = 0;
    for (GCHead *h = unreachable.head.next; h != &unreachable.head; h = h->next) {
        Obj *o = GC_OBJ(h);
        h->refs = (intptr_t)&unreachable;
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
    while (!list_empty(&unreachable.head)) {
        GCHead *h = unreachable.head.next;
        Obj *o = GC_OBJ(h);
        rc_incref(o);
        if (o->type->clear != NULL)
            o->type->clear(o);
        rc_decref(o);
        if (unreachable.head.next == h) {
            /* Still alive (something outside kept it): it survives. */
            GcList *to = &gc->gen[older].list;
            bool biased = list_lock(gc, to);
            list_remove(h);
            list_append(h, &to->head);
            h->refs = (intptr_t)to;
            list_unlock(gc, to, biased);
        }
    }
    lock(gc);
    gc->collections++;
    gc->collected += found;
    gc->pause_total += now_seconds() - start;
    gc->collecting = false;
    unlock(gc);
#ifdef GILVM_CHECKS
    if (!gc->threaded)
        check_lists(gc); /* else other threads change the lists meanwhile */
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
