// SPDX-License-Identifier: MIT
/**
 * @file gil.c
 * @brief The `gil` strategy: one global interpreter lock, handed over on a
 *        switch interval, as CPython 3.2 and later do it.
 *
 * ## The problem
 *
 * Reference counts and the insides of lists and dicts are plain memory. If
 * two threads update them at once, counts go wrong (objects freed while in
 * use, or never freed) and containers corrupt. The simplest cure is one lock
 * around the whole interpreter: a thread must hold it to touch any Python
 * object, so no two threads ever do so at once, and every other part of the
 * VM can stay single-threaded code (plain reference counts, critical
 * sections that compile to nothing).
 *
 * The hard part is *handing the lock over*. A thread running a CPU-bound
 * loop never blocks, so it never gives the lock up by itself. CPython before
 * 3.2 released and retook it every 100 instructions (gil/gil_legacy.c);
 * on a multicore machine the releasing thread usually wins the lock straight
 * back, and the threads waste their time in futile wake-ups.
 *
 * ## The protocol (CPython 3.2+, Python/ceval_gil.c; Antoine Pitrou's design)
 *
 * - A thread that wants the lock and finds it held waits on a condition
 *   variable for at most the *switch interval* (5 ms by default,
 *   sys.setswitchinterval()).
 * - If it times out and no switch has happened meanwhile (the switch counter
 *   did not move), it sets a *drop request* bit in the holder's eval breaker
 *   and waits again.
 * - The holder sees the bit at its next check (a backward jump or a call)
 *   and drops the lock.
 * - *Forced switching:* a thread that dropped the lock because it was asked
 *   to waits until another thread has actually taken it before competing
 *   again, so it cannot simply win it back.
 * - Blocking operations (sleep, lock waits, joins, I/O) detach: they release
 *   the lock before blocking and retake it after.
 *
 * ## Its weakness: the convoy effect
 *
 * A thread that comes back from a short I/O wait while a CPU-bound thread
 * holds the lock waits a whole switch interval before its drop request gets
 * it in. An I/O thread doing many short operations is slowed to about one
 * operation per 5 ms (David Beazley, "Convoy effect with I/O bound threads
 * and New GIL", Python issue 7946, 2010). examples/convoy.py measures it;
 * CPython 3.11 shows the same numbers.
 *
 * ## Example
 *
 * Two threads run `while True: n += 1`. Thread A holds the lock. B waits
 * 5 ms, times out, sets A's drop-request bit. A, at its next backward jump,
 * releases the lock, wakes B, and waits until B owns it. B runs; 5 ms later
 * A (now the waiter) asks B to drop. Each thread runs about 5 ms at a time,
 * and `--stats` shows roughly one drop request and one forced switch per
 * 5 ms of run time.
 */
#include <errno.h>
#include <pthread.h>

#include "../vm/runtime.h"
#include "strategy.h"

/** The lock and the state of its handover. */
typedef struct Gil {
    pthread_mutex_t mutex;        /**< protects everything below */
    pthread_cond_t cond;          /**< signalled when the lock is released */
    pthread_mutex_t switch_mutex; /**< forced switching: protects the wait below */
    pthread_cond_t switch_cond;   /**< signalled when a thread takes the lock */
    bool locked;                  /**< the lock is held */
    ThreadState *holder;          /**< the thread that took it last */
    uint64_t switch_number;       /**< acquisitions so far: "did a switch happen?" */
    int waiting;                  /**< threads waiting to take it */
} Gil;

static Gil gil;

static void monotonic_cond_init(pthread_cond_t *c)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(c, &a);
    pthread_condattr_destroy(&a);
}

static void gil_init(Runtime *rt)
{
    (void)rt;
    pthread_mutex_init(&gil.mutex, NULL);
    monotonic_cond_init(&gil.cond);
    pthread_mutex_init(&gil.switch_mutex, NULL);
    monotonic_cond_init(&gil.switch_cond);
    gil.locked = false;
    gil.holder = NULL;
    gil.switch_number = 0;
    gil.waiting = 0;
}

static struct timespec deadline_after(double seconds)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    uint64_t ns = (uint64_t)(seconds * 1e9);
    if (ns < 1000)
        ns = 1000;
    t.tv_sec += (time_t)(ns / 1000000000u);
    t.tv_nsec += (long)(ns % 1000000000u);
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static void take_gil(ThreadState *ts)
{
    uint64_t t0 = stats_now_ns();
    pthread_mutex_lock(&gil.mutex);
    bool contended = gil.locked;
    if (contended)
        gil.waiting++;
    while (gil.locked) {
        uint64_t saved = gil.switch_number;
        struct timespec until = deadline_after(ts->rt->switch_interval);
        int rc = pthread_cond_timedwait(&gil.cond, &gil.mutex, &until);
        /* A whole interval without a switch: ask the holder to drop the lock. */
        if (rc == ETIMEDOUT && gil.locked && gil.switch_number == saved && gil.holder != NULL) {
            thread_breaker_set(gil.holder, BREAKER_GIL_DROP);
            stats_add(&ts->stats.drop_requests, 1);
        }
    }
    if (contended)
        gil.waiting--;
    pthread_mutex_lock(&gil.switch_mutex);
    gil.locked = true;
    if (gil.holder != ts)
        stats_add(&ts->stats.handoffs, 1);
    gil.holder = ts;
    gil.switch_number++;
    pthread_cond_signal(&gil.switch_cond);
    pthread_mutex_unlock(&gil.switch_mutex);
    pthread_mutex_unlock(&gil.mutex);
    /* A request aimed at this thread before it waited is stale now. */
    thread_breaker_clear(ts, BREAKER_GIL_DROP);
    uint64_t t1 = stats_now_ns();
    stats_add(&ts->stats.acquisitions, 1);
    if (contended) {
        stats_add(&ts->stats.contended, 1);
        stats_add(&ts->stats.wait_ns, t1 - t0);
    }
    ts->hold_start_ns = t1;
}

static void drop_gil(ThreadState *ts, bool forced)
{
    stats_add(&ts->stats.hold_ns, stats_now_ns() - ts->hold_start_ns);
    pthread_mutex_lock(&gil.mutex);
    gil.locked = false;
    pthread_cond_signal(&gil.cond);
    bool others = gil.waiting > 0;
    pthread_mutex_unlock(&gil.mutex);
    if (forced && others) {
        /* Forced switching: let the waiter take the lock before competing again. */
        pthread_mutex_lock(&gil.switch_mutex);
        while (gil.holder == ts) {
            struct timespec until = deadline_after(ts->rt->switch_interval);
            if (pthread_cond_timedwait(&gil.switch_cond, &gil.switch_mutex, &until) == ETIMEDOUT)
                break;
        }
        pthread_mutex_unlock(&gil.switch_mutex);
    }
}

static void gil_attach(ThreadState *ts)
{
    take_gil(ts);
}

static void gil_detach(ThreadState *ts)
{
    drop_gil(ts, false);
}

static void gil_handle_breaker(ThreadState *ts, uint32_t bits)
{
    if (bits & BREAKER_GIL_DROP) {
        thread_breaker_clear(ts, BREAKER_GIL_DROP);
        stats_add(&ts->stats.forced_switches, 1);
        drop_gil(ts, true);
        take_gil(ts);
    }
}

/** The `gil` strategy. */
const Strategy gil_strategy = {
    .name = "gil",
    .summary = "one global lock handed over on a 5 ms switch interval (CPython 3.2+)",
    .rc_policy = RC_PLAIN,
    .gil_enabled = true,
    .init = gil_init,
    .attach = gil_attach,
    .detach = gil_detach,
    .handle_breaker = gil_handle_breaker,
};
