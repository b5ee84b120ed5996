// SPDX-License-Identifier: MIT
/**
 * @file ft.c
 * @brief The glue both free-threaded strategies share (gil/ft.h).
 */
#include "ft.h"

#include "../vm/runtime.h"
#include "lock.h"
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
