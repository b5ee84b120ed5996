// SPDX-License-Identifier: MIT
/**
 * @file brc.c
 * @brief The `brc` strategy: no global lock, per-object locks, and biased reference
 *        counting (PEP 703; Choi, Shull and Torrellas, "Biased Reference Counting",
 *        PACT 2018).
 *
 * ## The problem
 *
 * Without a global lock, two threads may change one object's reference count at the same
 * moment, so every change must be atomic: a locked instruction, tens of cycles even when no
 * other thread is near, and far more when two cores fight over the cache line (`objlock`
 * shows the bill). Yet most objects are only ever touched by the thread that created them.
 *
 * ## The idea
 *
 * Bias each count toward its creator. The header has two counts: `rc_local`, which only the
 * owner thread (`owner`, its id) changes, with plain loads and stores, and `rc_shared`,
 * which every other thread changes atomically. The object's true count is their sum. The
 * owner pays nothing extra; other threads pay an atomic instruction, as they would anyway.
 *
 * ## The states of rc_shared
 *
 * The low two bits of `rc_shared` are a state; the rest is a signed count (shifted left by
 * two), which may go negative: a thread that drops a reference the owner counted (the owner
 * stored an object in a shared list; another thread took it out and dropped it) subtracts
 * from rc_shared.
 *
 * - `0` (default): owned. The sum is the count; neither part alone is.
 * - `QUEUED`: a non-owner's decrement would have taken rc_shared below zero, so instead it
 *   left rc_shared alone and put the object, with the reference it was dropping, on the
 *   owner's merge queue. The owner merges at its next eval-breaker check (BREAKER_BRC_MERGE).
 *   Only the first such decrement queues; later ones just subtract.
 * - `MERGED`: the owner gave the object up. `owner` is 0 and rc_shared holds the whole
 *   count; every thread now changes it atomically, and whoever takes it to zero frees it.
 *
 * A merge moves rc_local into rc_shared, sets MERGED and clears `owner`. It happens when
 * the owner's local count reaches zero while rc_shared is not zero (other threads still hold
 * references), when the owner processes its queue, and on its behalf (below).
 *
 * ## Why each object is freed exactly once
 *
 * Freeing needs the sum at zero and a thread that knows it:
 *
 * - The owner, at local zero, reads rc_shared: if it is exactly 0 (no state, no count), no
 *   other thread has or had a reference, so it frees. Otherwise it merges; if the merged
 *   count is zero it frees, else the last atomic decrement will.
 * - A non-owner never decides alone while the object is owned: a decrement that would go
 *   negative queues instead, so rc_shared never says "zero" for an owned object whose
 *   local part is still positive. After MERGED, the compare-and-swap that takes the count to
 *   zero is unique: exactly one thread sees it.
 * - A queued object holds the queueing thread's reference until the merge, so it cannot be
 *   freed while it waits in the queue.
 *
 * ## Owners that cannot merge
 *
 * Owners are found through a registry keyed by thread id (ids are never reused). An owner
 * that has ended is not there: the queueing thread merges at once (nobody can touch rc_local
 * any more). An owner that is detached, blocked in a join or a sleep, may not check its
 * breaker for a long time: the queueing thread holds it suspended (gil/stw.c), so that it
 * cannot attach and touch its counts, and merges its whole queue for it. When the world is
 * stopped (the cycle collector), the collecting thread merges every queue first, so that the
 * counts it reads are whole.
 *
 * ## Example
 *
 * The main thread builds `item = [1, 2]` (owner: main, local 1) and puts it on a queue
 * (local 2). A worker gets it (shared +1: local 2, shared 1) and the queue forgets it (main's
 * side: local 1). Main drops its variable: local 0, shared 1: main merges, MERGED with count
 * 1, owner 0. The worker drops it: the count goes 1 -> 0 by compare-and-swap and the worker
 * frees the list.
 *
 * ## Biased locks
 *
 * Containers are protected by the same per-object locks as under `objlock` (gil/lock.h), and
 * the same observation applies to them: most objects are only ever locked by the thread that
 * created them. An uncontended lock still costs two locked instructions (take, release), tens
 * of cycles that `objlock` pays on every `list.append` and attribute lookup. So under `brc`
 * an object's lock is *biased* toward its owner too (the idea of biased locking in Java
 * virtual machines; Kawachiya, Koseki and Onodera, ISMM 2002): the owner enters a critical
 * section with no atomic instruction at all, just a check that the lock byte has no
 * CS_UNBIASED or CS_REVOKING bit, and leaves it with nothing.
 *
 * Another thread that wants the lock must first *revoke* the bias, once per object:
 *
 * 1. it sets CS_REVOKING in the lock byte (an atomic or): from then on the owner's check
 *    fails and the owner, too, takes the ordinary mutex;
 * 2. it waits until the owner has passed a *safe point* after that: a breaker check (the
 *    owner acknowledges BREAKER_SAFEPOINT by counting `safepoints`), or being detached or
 *    stopped. No thread is ever inside a critical section at a breaker check or while
 *    detached (gil/lock.h's rules: no Python code, no waiting while holding a lock), so a
 *    section the owner entered by bias before step 1 has ended by then; the acknowledgement
 *    (a release/acquire pair) orders its writes before the revoker's reads;
 * 3. it sets CS_UNBIASED and takes the mutex like anyone else. Other revokers that found
 *    CS_REVOKING set wait for CS_UNBIASED.
 *
 * The revoker waits detached, holding no lock, so a stop-the-world or the owner's own lock
 * waits never wait for it. An owner that has ended (not in the registry) or has given the
 * object up (owner 0: merged) cannot be in a biased section: nothing to wait for. A revoked
 * object is never re-biased: sharing tends to last. Objects shared from the start (a module's
 * globals read by every thread) pay one revocation, microseconds, and then the mutex.
 *
 * `objlock` has no owners, so its locks are never biased: it shows the plain cost.
 */
#include "brc.h"

#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "../vm/runtime.h"
#include "ft.h"
#include "lock.h"
#include "strategy.h"
#include "stw.h"

/** The registry of live thread states by id has this many buckets; each bucket's mutex also
 * guards the merge queues of the threads in it. */
#define BRC_BUCKETS 64

static struct {
    pthread_mutex_t mu;
    ThreadState *head;
} buckets[BRC_BUCKETS];

static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;

static void buckets_init(void)
{
    for (size_t i = 0; i < BRC_BUCKETS; i++)
        pthread_mutex_init(&buckets[i].mu, NULL);
}

static size_t bucket_of(uintptr_t id)
{
    return (size_t)(id % BRC_BUCKETS);
}

static ThreadState *find_thread(size_t b, uintptr_t id)
{
    for (ThreadState *t = buckets[b].head; t != NULL; t = t->brc_next)
        if (t->id == id)
            return t;
    return NULL;
}

bool objstack_push(ObjStack *s, Obj *o)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        Obj **items = realloc(s->items, cap * sizeof *items);
        if (items == NULL)
            return false;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = o;
    return true;
}

void objstack_free(ObjStack *s)
{
    free(s->items);
    s->items = NULL;
    s->n = s->cap = 0;
}

/* Merge each queued object, dropping the queue's reference; those that reach zero go on
 * dead (or are freed at once when dead is NULL). */
static void merge_objects(ObjStack *q, ObjStack *dead)
{
    for (size_t i = 0; i < q->n; i++) {
        Obj *o = q->items[i];
        if (rc_explicit_merge(o, -1) == 0 && (dead == NULL || !objstack_push(dead, o)))
            alloc_dealloc(o);
    }
    q->n = 0;
}

void brc_queue_object(Obj *o)
{
    uintptr_t owner = atomic_load_explicit(&o->owner, memory_order_acquire);
    if (owner == 0) {
        /* The owner merged meanwhile: the reference we hold is an ordinary shared one. */
        rc_decref(o);
        return;
    }
    rc_counter_inc(&rc_counters.queued);
    size_t b = bucket_of(owner);
    pthread_mutex_lock(&buckets[b].mu);
    ThreadState *t = find_thread(b, owner);
    if (t == NULL) {
        /* The owner has ended: nobody touches rc_local any more, so merge here. */
        int64_t n = rc_explicit_merge(o, -1);
        pthread_mutex_unlock(&buckets[b].mu);
        if (n == 0)
            alloc_dealloc(o);
        return;
    }
    if (!objstack_push(&t->brc_queue, o)) {
        /* No memory for the queue: stop everyone (the owner included) and merge here. */
        pthread_mutex_unlock(&buckets[b].mu);
        ThreadState *ts = thread_current();
        stw_stop_world(ts);
        int64_t n = rc_explicit_merge(o, -1);
        stw_start_world(ts);
        if (n == 0)
            alloc_dealloc(o);
        return;
    }
    if (stw_try_suspend_detached(t)) {
        /* The owner is blocked and may stay so: merge its queue on its behalf while it is
         * held (it cannot attach and touch its counts meanwhile). */
        ObjStack q = t->brc_queue;
        t->brc_queue = (ObjStack){0};
        ObjStack dead = {0};
        merge_objects(&q, &dead);
        stw_resume_detached(t);
        pthread_mutex_unlock(&buckets[b].mu);
        objstack_free(&q);
        for (size_t i = 0; i < dead.n; i++)
            alloc_dealloc(dead.items[i]);
        objstack_free(&dead);
        return;
    }
    thread_breaker_set(t, BREAKER_BRC_MERGE);
    pthread_mutex_unlock(&buckets[b].mu);
}

void brc_merge_queue(ThreadState *ts)
{
    size_t b = bucket_of(ts->id);
    pthread_mutex_lock(&buckets[b].mu);
    ObjStack q = ts->brc_queue;
    ts->brc_queue = (ObjStack){0};
    pthread_mutex_unlock(&buckets[b].mu);
    merge_objects(&q, NULL); /* freeing may run Python code: not under the bucket mutex */
    objstack_free(&q);
}

void brc_thread_init(ThreadState *ts)
{
    pthread_once(&buckets_once, buckets_init);
    ts->rc_new_owner = ts->id;
    size_t b = bucket_of(ts->id);
    pthread_mutex_lock(&buckets[b].mu);
    ts->brc_next = buckets[b].head;
    buckets[b].head = ts;
    pthread_mutex_unlock(&buckets[b].mu);
}

void brc_thread_exit(ThreadState *ts)
{
    size_t b = bucket_of(ts->id);
    for (;;) {
        brc_merge_queue(ts);
        pthread_mutex_lock(&buckets[b].mu);
        if (ts->brc_queue.n == 0) {
            /* Leave while holding the mutex: from now on queuers merge our objects. */
            ThreadState **p = &buckets[b].head;
            while (*p != ts)
                p = &(*p)->brc_next;
            *p = ts->brc_next;
            pthread_mutex_unlock(&buckets[b].mu);
            break;
        }
        pthread_mutex_unlock(&buckets[b].mu);
    }
    objstack_free(&ts->brc_queue);
}

void brc_merge_all_stopped(Runtime *rt, ObjStack *dead)
{
    (void)rt;
    /* Through the registry, not the runtime's thread list: taking a bucket mutex while
     * holding the list's lock would order them against brc_queue_object(). */
    pthread_once(&buckets_once, buckets_init);
    for (size_t b = 0; b < BRC_BUCKETS; b++) {
        pthread_mutex_lock(&buckets[b].mu);
        for (ThreadState *t = buckets[b].head; t != NULL; t = t->brc_next)
            merge_objects(&t->brc_queue, dead);
        pthread_mutex_unlock(&buckets[b].mu);
    }
}

/* Spin briefly, then yield, then sleep: waits here last microseconds, rarely longer. */
static void backoff(unsigned *spins)
{
    if (++*spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
    } else if (*spins < 256) {
        sched_yield();
    } else {
        struct timespec d = {0, 50000};
        nanosleep(&d, NULL);
    }
}

/* Whether thread t is, or has been since `seen`, at a point where it holds no biased section
 * of the kind being revoked (`lists`: gc/gc.c's list locks, which are taken inside object
 * sections; else object locks). */
static bool passed_safepoint(ThreadState *t, uint64_t seen, bool lists)
{
    return atomic_load(&t->safepoints) != seen || atomic_load(&t->ft_state) != FT_ATTACHED ||
           atomic_load(&t->safe_all) || (lists && atomic_load(&t->safe_lists));
}

/* Wait until thread `owner` has passed a safe point after now (or is detached, or gone).
 * `detach`: an object lock's bias; we hold no lock and wait detached. Else a list's bias:
 * we may be inside an object section, so we wait attached, marked as inside no list
 * section (two threads freeing each other's objects revoke each other's lists at once). */
static void wait_safepoint(uintptr_t owner, bool detach)
{
    size_t b = bucket_of(owner);
    pthread_mutex_lock(&buckets[b].mu);
    ThreadState *t = find_thread(b, owner);
    if (t == NULL) {
        pthread_mutex_unlock(&buckets[b].mu);
        return; /* ended: it holds no lock */
    }
    atomic_fetch_add(&t->pins, 1); /* its state stays readable until we are done */
    uint64_t seen = atomic_load(&t->safepoints);
    pthread_mutex_unlock(&buckets[b].mu);
    if (!passed_safepoint(t, seen, !detach)) {
        thread_breaker_set(t, BREAKER_SAFEPOINT);
        ThreadState *me = thread_current();
        bool detached = detach && me != NULL && atomic_load(&me->ft_state) == FT_ATTACHED;
        if (detached)
            stw_detach(me); /* a stop-the-world need not wait for us meanwhile */
        if (!detach && me != NULL)
            atomic_store(&me->safe_lists, true);
        unsigned spins = 0;
        while (!passed_safepoint(t, seen, !detach))
            backoff(&spins);
        if (!detach && me != NULL)
            atomic_store(&me->safe_lists, false);
        if (detached)
            stw_attach(me);
    }
    atomic_fetch_sub(&t->pins, 1);
}

void bias_revoke(Obj *o)
{
    if (rc_count(o) == 0) {
        /* Being freed (a dealloc clearing it): nobody else can reach it, nothing to wait for. */
        atomic_fetch_or(&o->lock, (uint8_t)(CS_REVOKING | CS_UNBIASED));
        return;
    }
    bias_revoke_lock(&o->lock, &o->owner, true);
}

void bias_revoke_lock(_Atomic uint8_t *lock, _Atomic uintptr_t *owner_field, bool detach)
{
    uint8_t old = atomic_fetch_or(lock, (uint8_t)CS_REVOKING);
    if (old & CS_UNBIASED)
        return;
    if (old & CS_REVOKING) {
        /* Another thread is revoking: wait until it is done (detached, holding nothing). */
        ThreadState *me = thread_current();
        bool detached = detach && me != NULL && atomic_load(&me->ft_state) == FT_ATTACHED;
        if (detached)
            stw_detach(me);
        if (!detach && me != NULL)
            atomic_store(&me->safe_lists, true);
        unsigned spins = 0;
        while (!(atomic_load_explicit(lock, memory_order_acquire) & CS_UNBIASED))
            backoff(&spins);
        if (!detach && me != NULL)
            atomic_store(&me->safe_lists, false);
        if (detached)
            stw_attach(me);
        return;
    }
    uintptr_t owner = atomic_load(owner_field);
    if (owner != 0 && owner != rc_thread_id)
        wait_safepoint(owner, detach);
    atomic_fetch_or_explicit(lock, (uint8_t)CS_UNBIASED, memory_order_release);
}

static void brc_handle_breaker(ThreadState *ts, uint32_t bits)
{
    if (bits & BREAKER_SAFEPOINT) {
        thread_breaker_clear(ts, BREAKER_SAFEPOINT);
        atomic_fetch_add(&ts->safepoints, 1); /* no section of ours is open here */
    }
    if (bits & BREAKER_BRC_MERGE) {
        thread_breaker_clear(ts, BREAKER_BRC_MERGE);
        brc_merge_queue(ts);
    }
    ft_handle_breaker(ts, bits);
}

/** The `brc` strategy's table (gil/strategy.h). */
const Strategy brc_strategy = {
    .name = "brc",
    .summary = "no global lock: per-object locks and biased reference counting (PEP 703)",
    .rc_policy = RC_BIASED,
    .gil_enabled = false,
    .free_threaded = true,
    .init = ft_init,
    .attach = ft_attach,
    .detach = ft_detach,
    .handle_breaker = brc_handle_breaker,
    .thread_init = brc_thread_init,
    .thread_exit = brc_thread_exit,
    .world_stopped = brc_merge_all_stopped,
    .finalize = ft_finalize,
    .exclusive_begin = stw_stop_world,
    .exclusive_end = stw_start_world,
    .release_later = stw_release_later,
};
