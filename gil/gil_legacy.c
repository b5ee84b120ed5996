// SPDX-License-Identifier: MIT
/**
 * @file gil_legacy.c
 * @brief The `gil-legacy` strategy: the global lock as CPython 2 and 3.0/3.1
 *        handed it over: release and retake it every 100 instructions.
 *
 * ## The protocol
 *
 * The lock is a plain mutex. Every thread counts the instructions it runs
 * (the *check interval*, 100 by default, `--check-interval`, CPython 2's
 * `sys.setcheckinterval`); when the count runs out it releases the lock and
 * immediately asks for it again. There is no drop request and no forced
 * switching: the release only gives a waiting thread a *chance*.
 *
 * ## What goes wrong (why CPython 3.2 replaced it)
 *
 * On a multicore machine the releasing thread is already running on its
 * core when it asks for the lock again, while the waiter must first be woken
 * by the kernel. The releaser usually wins; the woken waiter finds the lock
 * taken and sleeps again, to be woken at the next release, and so on. Two
 * CPU-bound threads thus spend much of their time in futile wake-ups: they
 * burn CPU on a second core while only one can run, and together they finish
 * *later* than one thread doing both jobs (David Beazley, "Inside the Python
 * GIL", 2009). `--stats` shows it: many checks, few handoffs (one release in
 * ten or fewer lets the other thread in), "cores used" above 1 and CPU time
 * well above hold time.
 *
 * With one core the kernel does switch threads at the release, which is why
 * the design looked fine on the machines of its day. (The 3.2 design fixed
 * this, at the price of its own weakness, the convoy effect: see gil/gil.c.)
 *
 * The instruction counting costs nothing under the other strategies: the
 * eval loop uses a second dispatch table, whose entries count before
 * jumping to the usual code, only while ts->tick_interval is non-zero.
 */
#include <pthread.h>

#include "../vm/runtime.h"
#include "strategy.h"

/** Default check interval (instructions), as CPython 2's sys.getcheckinterval(). */
#define LEGACY_CHECK_INTERVAL 100

static pthread_mutex_t legacy_lock = PTHREAD_MUTEX_INITIALIZER;
static ThreadState *legacy_holder;
/* Threads blocked in take(): when none, a check's release and retake would change nothing. */
static _Atomic int legacy_waiting;
static int legacy_interval = LEGACY_CHECK_INTERVAL;

int gil_legacy_check_interval(int interval)
{
    int old = legacy_interval;
    if (interval > 0)
        legacy_interval = interval;
    return old;
}

static void legacy_init(Runtime *rt)
{
    (void)rt;
}

static void take(ThreadState *ts)
{
    uint64_t t0 = stats_now_ns();
    bool contended = pthread_mutex_trylock(&legacy_lock) != 0;
    if (contended) {
        atomic_fetch_add_explicit(&legacy_waiting, 1, memory_order_relaxed);
        pthread_mutex_lock(&legacy_lock);
        atomic_fetch_sub_explicit(&legacy_waiting, 1, memory_order_relaxed);
    }
    uint64_t t1 = stats_now_ns();
    if (legacy_holder != ts)
        stats_add(&ts->stats.handoffs, 1);
    legacy_holder = ts;
    stats_add(&ts->stats.acquisitions, 1);
    if (contended) {
        stats_add(&ts->stats.contended, 1);
        stats_add(&ts->stats.wait_ns, t1 - t0);
    }
    ts->hold_start_ns = t1;
}

static void give(ThreadState *ts)
{
    stats_add(&ts->stats.hold_ns, stats_now_ns() - ts->hold_start_ns);
    pthread_mutex_unlock(&legacy_lock);
}

static void legacy_attach(ThreadState *ts)
{
    ts->tick_interval = legacy_interval;
    if (ts->ticks <= 0 || ts->ticks > legacy_interval)
        ts->ticks = legacy_interval;
    take(ts);
}

static void legacy_detach(ThreadState *ts)
{
    give(ts);
}

static void legacy_handle_breaker(ThreadState *ts, uint32_t bits)
{
    if (bits & BREAKER_TICK) {
        thread_breaker_clear(ts, BREAKER_TICK);
        ts->ticks = legacy_interval;
        stats_add(&ts->stats.checks, 1);
        if (atomic_load_explicit(&legacy_waiting, memory_order_relaxed) == 0) {
            /* Nobody waits: releasing and retaking would change nothing but the cost.
             * Counted as CPython 2 did it, an (uncontended) acquisition. */
            stats_add(&ts->stats.acquisitions, 1);
            return;
        }
        /* Release and at once ask again: no handover is arranged. */
        give(ts);
        take(ts);
    }
}

/** The `gil-legacy` strategy. */
const Strategy gil_legacy_strategy = {
    .name = "gil-legacy",
    .summary = "one global lock released and retaken every 100 instructions (CPython 2 / 3.1)",
    .rc_policy = RC_PLAIN,
    .gil_enabled = true,
    .init = legacy_init,
    .attach = legacy_attach,
    .detach = legacy_detach,
    .handle_breaker = legacy_handle_breaker,
};
