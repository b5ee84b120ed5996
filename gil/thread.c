// SPDX-License-Identifier: MIT
/** @file thread.c @brief Creating and freeing thread states (see thread.h). */
#include "thread.h"

#include <pthread.h>
#include <sched.h>

#include "../gc/alloc.h"
#include "lock.h"
#include "../vm/runtime.h"

_Thread_local ThreadState *thread_current_state;

static _Atomic uintptr_t next_thread_id = 1;

/* Keep this much C stack in reserve below the deepest point Python code may reach. */
#define C_STACK_MARGIN (256 * 1024)
/* Never assume more stack than this, even when the limit is reported as larger or unlimited. */
#define C_STACK_ASSUMED_MAX (8 * 1024 * 1024)

static char *compute_stack_limit(void)
{
    char *here = __builtin_frame_address(0);
    char *limit = here - C_STACK_ASSUMED_MAX + C_STACK_MARGIN;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr != NULL) {
            char *low = (char *)addr + C_STACK_MARGIN;
            if (low > limit && low < here)
                limit = low;
        }
        pthread_attr_destroy(&attr);
    }
    return limit;
}

ThreadState *thread_state_new(Runtime *rt)
{
    ThreadState *ts = calloc(1, sizeof *ts);
    if (ts == NULL)
        return NULL;
    ts->rt = rt;
    ts->id = atomic_fetch_add(&next_thread_id, 1);
    ts->c_stack_limit = compute_stack_limit();
    if (pthread_getcpuclockid(pthread_self(), &ts->cpu_clock) != 0)
        ts->cpu_clock = CLOCK_THREAD_CPUTIME_ID; /* read only by the thread itself then */
    thread_restart_clocks(ts);
    pthread_mutex_lock(&rt->threads_lock);
    ts->next = rt->threads;
    if (rt->threads != NULL)
        rt->threads->prev = ts;
    rt->threads = ts;
    pthread_mutex_unlock(&rt->threads_lock);
    thread_current_state = ts;
    rc_thread_start(ts->id);
    ts->rc = &rc_counters;
    ts->locks = &cs_stats;
    strategy_thread_init(ts);
    return ts;
}

static void copy_counter(_Atomic uint64_t *to, _Atomic uint64_t *from)
{
    atomic_store_explicit(to, atomic_load_explicit(from, memory_order_relaxed),
                          memory_order_relaxed);
}

void thread_stats_sync(ThreadState *ts)
{
    copy_counter(&ts->stats.rc_local, &ts->rc->local);
    copy_counter(&ts->stats.rc_atomic, &ts->rc->atomic);
    copy_counter(&ts->stats.rc_queued, &ts->rc->queued);
    copy_counter(&ts->stats.rc_merged, &ts->rc->merged);
    copy_counter(&ts->stats.obj_locks, &ts->locks->acquisitions);
    copy_counter(&ts->stats.obj_contended, &ts->locks->contended);
}

void thread_stats_reset(ThreadState *ts)
{
    /* Another thread's counters: its next change may overwrite the zero with a
     * stale sum + 1 (no locked instruction on its side); a report is approximate
     * in that window, never undefined. */
    atomic_store_explicit(&ts->rc->local, 0, memory_order_relaxed);
    atomic_store_explicit(&ts->rc->atomic, 0, memory_order_relaxed);
    atomic_store_explicit(&ts->rc->queued, 0, memory_order_relaxed);
    atomic_store_explicit(&ts->rc->merged, 0, memory_order_relaxed);
    atomic_store_explicit(&ts->locks->acquisitions, 0, memory_order_relaxed);
    atomic_store_explicit(&ts->locks->contended, 0, memory_order_relaxed);
    stats_reset(&ts->stats);
}

uint64_t thread_cpu_ns(ThreadState *ts)
{
    uint64_t now = stats_clock_cpu_ns(ts->cpu_clock);
    uint64_t base = atomic_load_explicit(&ts->cpu_base_ns, memory_order_relaxed);
    return now > base ? now - base : 0;
}

void thread_restart_clocks(ThreadState *ts)
{
    atomic_store_explicit(&ts->cpu_base_ns, stats_clock_cpu_ns(ts->cpu_clock),
                          memory_order_relaxed);
    atomic_store_explicit(&ts->start_ns, stats_now_ns(), memory_order_relaxed);
}

void thread_state_free(ThreadState *ts)
{
    /* A thread revoking a biased lock may still be reading our state (gil/brc.c). */
    while (atomic_load(&ts->pins) > 0)
        sched_yield();
    Runtime *rt = ts->rt;
    clearref(&ts->exc);
    clearref(&ts->handled);
    clearref(&ts->repr_active);
    if (thread_current_state == ts)
        alloc_flush_freelists();
    pthread_mutex_lock(&rt->threads_lock);
    if (ts->prev != NULL)
        ts->prev->next = ts->next;
    else
        rt->threads = ts->next;
    if (ts->next != NULL)
        ts->next->prev = ts->prev;
    pthread_mutex_unlock(&rt->threads_lock);
    if (thread_current_state == ts)
        thread_current_state = NULL;
    free(ts);
}
