// SPDX-License-Identifier: MIT
/**
 * @file stw.c
 * @brief Free-threaded thread states and stop-the-world (the `objlock` and `brc` strategies).
 *
 * ## The problem
 *
 * Under a global lock, "the threads that are not running Python" is simply "the threads not
 * holding the lock". Without one, every thread runs at once, and yet a few jobs need all the
 * others to keep still: the cycle collector must see every reference count and container
 * unchanged while it works; a biased-counting merge must change another thread's private
 * count; shutdown must stop daemon threads before the heap is freed.
 *
 * ## The states
 *
 * Each thread state holds one atomic word, `ft_state` (the idea is CPython 3.13's
 * `_Py_THREAD_ATTACHED/DETACHED/SUSPENDED`, Python/pystate.c):
 *
 * - `FT_ATTACHED`: running Python code; only the thread itself leaves this state.
 * - `FT_DETACHED`: blocked in a wait, in native code, or not yet started. It touches no
 *   object; another thread may move it to SUSPENDED.
 * - `FT_SUSPENDED`: held detached by another thread. Attaching waits until that thread
 *   releases it (back to DETACHED).
 *
 * Attaching is a compare-and-swap DETACHED -> ATTACHED, so a thread held SUSPENDED cannot
 * sneak back in; detaching is a store.
 *
 * ## Stopping the world
 *
 * The requester (an attached thread) sets `requested`, then looks at every other thread:
 * a detached one is moved to SUSPENDED on the spot; an attached one is counted and asked,
 * through its eval breaker (BREAKER_STW), to stop at its next check, where it suspends
 * itself and says so. The requester waits until the count reaches zero. Restarting moves
 * every suspended thread back to DETACHED and wakes them; each re-attaches.
 *
 * Two races need care, and both are the store-then-load pattern that sequentially
 * consistent atomics order:
 *
 * - a counted thread may detach instead of reaching a check (it starts a blocking call): it
 *   stores DETACHED, then reads `requested`; seeing it, it suspends itself and counts down;
 * - a thread may attach (a new one, or one returning from a wait) just after the requester
 *   looked at it: it swaps in ATTACHED, then reads `requested`; seeing it, it parks.
 *
 * In each pair one side's store precedes the other side's load, so one of them notices.
 *
 * ## Example
 *
 * Thread A runs a loop; thread B sleeps in time.sleep(); thread C allocates and decides to
 * collect. C sets `requested`, moves B to SUSPENDED, counts A and sets A's breaker bit. A,
 * at its next backward jump, suspends itself and signals; C collects with both stopped,
 * then moves A and B back to DETACHED. A re-attaches at once; B's sleep ends later, and
 * its attach succeeds because it is no longer held.
 */
#include "stw.h"

#include <pthread.h>

#include "../vm/runtime.h"
#include "brc.h"

/* One runtime per process: the state of the current or last stop. */
static struct {
    pthread_mutex_t mu;
    pthread_cond_t stopped; /* the requester waits here for the countdown */
    pthread_cond_t resumed; /* suspended threads wait here for the restart */
    _Atomic bool requested; /* a stop is in progress (or being set up) */
    ThreadState *requester; /* who asked (mu) */
    int countdown;          /* attached threads that have not stopped yet (mu) */
    int depth;              /* nested stops by the requester (finalization, then a collection) */
} stw = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, false,
         NULL, 0, 0};

/* The calling thread, attached, suspends itself for the stop in progress and waits for the
   restart (mu held). */
static void suspend_self(ThreadState *ts)
{
    atomic_store(&ts->ft_state, FT_SUSPENDED);
    if (ts->stw_counted) {
        ts->stw_counted = false;
        if (--stw.countdown == 0)
            pthread_cond_signal(&stw.stopped);
    }
    while (atomic_load(&ts->ft_state) == FT_SUSPENDED)
        pthread_cond_wait(&stw.resumed, &stw.mu);
}

void stw_attach(ThreadState *ts)
{
    for (;;) {
        int s = FT_DETACHED;
        if (atomic_compare_exchange_strong(&ts->ft_state, &s, FT_ATTACHED)) {
            if (LIKELY(!atomic_load(&stw.requested)))
                return;
            /* A stop began around our attach: take part in it like any stopped thread. */
            pthread_mutex_lock(&stw.mu);
            if (atomic_load(&stw.requested) && stw.requester != ts)
                suspend_self(ts);
            pthread_mutex_unlock(&stw.mu);
            continue; /* suspended and released (DETACHED again), or never stopped */
        }
        if (s == FT_ATTACHED)
            return; /* the stop above was not for us after all */
        pthread_mutex_lock(&stw.mu);
        while (atomic_load(&ts->ft_state) == FT_SUSPENDED)
            pthread_cond_wait(&stw.resumed, &stw.mu);
        pthread_mutex_unlock(&stw.mu);
    }
}

void stw_detach(ThreadState *ts)
{
    atomic_store(&ts->ft_state, FT_DETACHED);
    if (LIKELY(!atomic_load(&stw.requested)))
        return;
    pthread_mutex_lock(&stw.mu);
    if (ts->stw_counted) {
        /* The requester counted us as attached: stop here instead of at a check. */
        int s = FT_DETACHED;
        if (atomic_compare_exchange_strong(&ts->ft_state, &s, FT_SUSPENDED)) {
            ts->stw_counted = false;
            if (--stw.countdown == 0)
                pthread_cond_signal(&stw.stopped);
        }
    }
    pthread_mutex_unlock(&stw.mu);
}

void stw_park(ThreadState *ts)
{
    thread_breaker_clear(ts, BREAKER_STW);
    pthread_mutex_lock(&stw.mu);
    bool stopped = atomic_load(&stw.requested) && stw.requester != ts;
    if (stopped)
        suspend_self(ts);
    pthread_mutex_unlock(&stw.mu);
    if (stopped)
        stw_attach(ts);
}

void stw_stop_world(ThreadState *ts)
{
    Runtime *rt = ts->rt;
    uint64_t t0 = stats_now_ns();
    pthread_mutex_lock(&stw.mu);
    if (atomic_load(&stw.requested) && stw.requester == ts) {
        stw.depth++; /* already stopped by us */
        pthread_mutex_unlock(&stw.mu);
        return;
    }
    while (atomic_load(&stw.requested)) {
        /* Another thread is stopping the world: it counts on us to stop first. */
        suspend_self(ts);
        pthread_mutex_unlock(&stw.mu);
        stw_attach(ts);
        pthread_mutex_lock(&stw.mu);
    }
    atomic_store(&stw.requested, true);
    stw.requester = ts;
    stw.countdown = 0;
    pthread_mutex_lock(&rt->threads_lock);
    for (ThreadState *t = rt->threads; t != NULL; t = t->next) {
        if (t == ts)
            continue;
        int s = FT_DETACHED;
        if (atomic_compare_exchange_strong(&t->ft_state, &s, FT_SUSPENDED))
            continue;
        if (s == FT_ATTACHED) {
            t->stw_counted = true;
            stw.countdown++;
            thread_breaker_set(t, BREAKER_STW);
        }
    }
    pthread_mutex_unlock(&rt->threads_lock);
    /* While we wait we are inside no critical section: a thread revoking a bias toward us
     * (gil/brc.c) need not wait for us, and must not, since we wait for it. */
    atomic_store(&ts->safe_all, true);
    while (stw.countdown > 0)
        pthread_cond_wait(&stw.stopped, &stw.mu);
    atomic_store(&ts->safe_all, false);
    pthread_mutex_unlock(&stw.mu);
    stats_add(&ts->stats.stw_pauses, 1);
    ts->stw_start_ns = t0;
}

/* References waiting for a stop of the world (stw_release_later()). */
static pthread_mutex_t later_mu = PTHREAD_MUTEX_INITIALIZER;
static ObjStack later;
/** References waiting in stw_release_later() beyond which it stops the world to release them. */
#define LATER_MAX 4096

/* After a stop: every thread has passed a safe point since each of these was replaced. */
static void release_waiting(void)
{
    pthread_mutex_lock(&later_mu);
    ObjStack q = later;
    later = (ObjStack){0};
    pthread_mutex_unlock(&later_mu);
    for (size_t i = 0; i < q.n; i++)
        rc_decref(q.items[i]);
    objstack_free(&q);
}

void stw_release_later(ThreadState *ts, Value v)
{
    if (!IS_OBJ(v) || rc_is_immortal(AS_OBJ(v)))
        return;
    pthread_mutex_lock(&later_mu);
    bool queued = objstack_push(&later, AS_OBJ(v));
    size_t n = later.n;
    pthread_mutex_unlock(&later_mu);
    if (!queued || n >= LATER_MAX) {
        stw_stop_world(ts);
        stw_start_world(ts); /* releases the queue */
        if (!queued)
            decref(v); /* everyone passed a safe point just now */
    }
}

void stw_start_world(ThreadState *ts)
{
    Runtime *rt = ts->rt;
    pthread_mutex_lock(&stw.mu);
    if (stw.depth > 0) {
        stw.depth--;
        pthread_mutex_unlock(&stw.mu);
        return;
    }
    pthread_mutex_lock(&rt->threads_lock);
    for (ThreadState *t = rt->threads; t != NULL; t = t->next)
        if (t != ts && atomic_load(&t->ft_state) == FT_SUSPENDED)
            atomic_store(&t->ft_state, FT_DETACHED);
    pthread_mutex_unlock(&rt->threads_lock);
    stw.requester = NULL;
    atomic_store(&stw.requested, false);
    pthread_cond_broadcast(&stw.resumed);
    pthread_mutex_unlock(&stw.mu);
    stats_add(&ts->stats.stw_ns, stats_now_ns() - ts->stw_start_ns);
    release_waiting();
}

bool stw_is_stopped(void)
{
    return atomic_load(&stw.requested);
}

bool stw_try_suspend_detached(ThreadState *t)
{
    pthread_mutex_lock(&stw.mu);
    int s = FT_DETACHED;
    if (!atomic_load(&stw.requested) &&
        atomic_compare_exchange_strong(&t->ft_state, &s, FT_SUSPENDED))
        return true; /* mu stays held: no stop can begin until the thread is released */
    pthread_mutex_unlock(&stw.mu);
    return false;
}

void stw_resume_detached(ThreadState *t)
{
    atomic_store(&t->ft_state, FT_DETACHED);
    pthread_cond_broadcast(&stw.resumed);
    pthread_mutex_unlock(&stw.mu);
}
