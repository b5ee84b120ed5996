// SPDX-License-Identifier: MIT
/**
 * @file ft.c
 * @brief The glue both free-threaded strategies share (gil/ft.h).
 */
#include "ft.h"

#include "../vm/runtime.h"
#include "lock.h"
#include "brc.h"
#include "stw.h"

bool cs_enabled;
_Thread_local MutexStats cs_stats;

/* Whether this thread detached to sleep on an object lock (it attaches again after). */
static _Thread_local bool parked_detached;

static void park_detach(void)
{
    ThreadState *ts = thread_current();
    if (ts != NULL && atomic_load(&ts->ft_state) == FT_ATTACHED) {
        stw_detach(ts);
        parked_detached = true;
    }
}

static void park_attach(void)
{
    if (parked_detached) {
        parked_detached = false;
        stw_attach(thread_current());
    }
}

void ft_init(Runtime *rt)
{
    (void)rt;
    cs_enabled = true;
    mutex_before_park = park_detach;
    mutex_after_park = park_attach;
}

void ft_attach(ThreadState *ts)
{
    stw_attach(ts);
}

void ft_detach(ThreadState *ts)
{
    stw_detach(ts);
}

void ft_handle_breaker(ThreadState *ts, uint32_t bits)
{
    if (bits & BREAKER_STW)
        stw_park(ts);
}

void ft_finalize(ThreadState *ts)
{
    stw_stop_world(ts);
    cs_enabled = false;
}

/* ---- Object locks: the slow paths of gil/lock.h ---- */

void cs_lock_slow(Obj *o)
{
    uintptr_t owner = atomic_load_explicit(&o->owner, memory_order_acquire);
    if (owner != 0 && owner != rc_thread_id &&
        !(atomic_load_explicit(&o->lock, memory_order_acquire) & CS_UNBIASED))
        bias_revoke(o);
    mutex_lock(&o->lock, &cs_stats);
}

/* Enter a section on o without waiting: 1 by bias, 0 by the mutex, -1 not now. */
static int try_enter(Obj *o)
{
    if (cs_biased_to_me(o)) {
        if (rc_count_fast)
            mutex_stat_add(&cs_stats.acquisitions, 1);
        return 1;
    }
    uintptr_t owner = atomic_load_explicit(&o->owner, memory_order_acquire);
    if (owner != 0 && owner != rc_thread_id &&
        !(atomic_load_explicit(&o->lock, memory_order_acquire) & CS_UNBIASED))
        return -1; /* biased toward another thread: revoking means waiting */
    if (!mutex_trylock(&o->lock))
        return -1;
    mutex_stat_add(&cs_stats.acquisitions, 1);
    return 0;
}

/* Enter a section on o, waiting if need be (holding no other lock); true if by bias. */
static bool enter(Obj *o)
{
    if (cs_biased_to_me(o)) {
        if (rc_count_fast)
            mutex_stat_add(&cs_stats.acquisitions, 1);
        return true;
    }
    cs_lock_slow(o);
    return false;
}

static void leave(Obj *o, bool biased)
{
    if (!biased)
        mutex_unlock(&o->lock);
}

/*
 * Two objects: never wait for one while holding the other (see gil/lock.h), so take the
 * first, try the second; failing that, let the first go, wait for the second, try the first.
 * Each round either succeeds or waits once for a lock another thread held.
 */
void cs_begin2_slow(CritSection *cs)
{
    Obj *a = cs->a, *b = cs->b;
    if (b == NULL) {
        cs->bias = enter(a);
        return;
    }
    for (;;) {
        bool ba = enter(a);
        int rb = try_enter(b);
        if (rb >= 0) {
            cs->bias = (uint8_t)(ba | (rb << 1));
            return;
        }
        leave(a, ba);
        bool bb = enter(b);
        int ra = try_enter(a);
        if (ra >= 0) {
            cs->bias = (uint8_t)(ra | (bb << 1));
            return;
        }
        leave(b, bb);
    }
}
