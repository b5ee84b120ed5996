// SPDX-License-Identifier: MIT
/**
 * @file strategy.c
 * @brief The registry of strategies and the calls through the active one.
 *
 * To add a strategy: write gil/NAME.c defining `const Strategy NAME_strategy`
 * and add one line to the table below (docs/strategies.md).
 */
#include "strategy.h"

#include <pthread.h>

#include "../vm/runtime.h"

extern const Strategy gil_strategy;
extern const Strategy gil_legacy_strategy;
extern const Strategy objlock_strategy;
extern const Strategy brc_strategy;

const Strategy *const strategy_registry[] = {
    &gil_strategy,
    &gil_legacy_strategy,
    &objlock_strategy,
    &brc_strategy,
    NULL,
};

const Strategy *strategy_find(const char *name)
{
    for (const Strategy *const *s = strategy_registry; *s != NULL; s++)
        if (strcmp((*s)->name, name) == 0)
            return *s;
    return NULL;
}

void strategy_select(Runtime *rt, const Strategy *s)
{
    rt->strategy = s;
    gil_rc_policy = s->rc_policy;
    rt->gc.threaded = s->free_threaded;
    rc_share_on = s->free_threaded && !rc_share_off;
    if (rt->main_thread != NULL)
        rc_thread_start(rt->main_thread->id); /* the calling thread, under the new policy */
    if (s->init != NULL)
        s->init(rt);
    if (rt->main_thread != NULL)
        strategy_thread_init(rt->main_thread);
}

void strategy_thread_init(ThreadState *ts)
{
    const Strategy *s = ts->rt->strategy;
    if (s != NULL && s->thread_init != NULL)
        s->thread_init(ts);
}

void strategy_thread_exit(ThreadState *ts)
{
    const Strategy *s = ts->rt->strategy;
    if (s != NULL && s->thread_exit != NULL)
        s->thread_exit(ts);
}

void strategy_exclusive_begin(ThreadState *ts)
{
    const Strategy *s = ts->rt->strategy;
    if (s->exclusive_begin != NULL)
        s->exclusive_begin(ts);
}

void strategy_exclusive_end(ThreadState *ts)
{
    const Strategy *s = ts->rt->strategy;
    if (s->exclusive_end != NULL)
        s->exclusive_end(ts);
}

void strategy_release_later(ThreadState *ts, Value v)
{
    if (v == VNULL)
        return;
    const Strategy *s = ts->rt->strategy;
    if (s->release_later != NULL)
        s->release_later(ts, v);
    else
        decref(v);
}

void strategy_finalize(ThreadState *ts)
{
    const Strategy *s = ts->rt->strategy;
    if (s != NULL && s->finalize != NULL)
        s->finalize(ts);
}

void strategy_names(char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (const Strategy *const *s = strategy_registry; *s != NULL; s++) {
        int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", (*s)->name);
        if (n < 0 || (size_t)n >= size - used)
            break;
        used += (size_t)n;
    }
}

/* The interpreter is shutting down: a daemon thread that (re)gets the lock ends here,
   touching nothing. */
static void exit_if_finalizing(ThreadState *ts)
{
    Runtime *rt = ts->rt;
    if (UNLIKELY(atomic_load_explicit(&rt->finalizing, memory_order_acquire)) &&
        ts != rt->main_thread) {
        ts->attached = false;
        rt->strategy->detach(ts);
        pthread_exit(NULL);
    }
}

void strategy_attach(ThreadState *ts)
{
    ts->rt->strategy->attach(ts);
    exit_if_finalizing(ts);
    ts->attached = true;
}

void strategy_handle_breaker(ThreadState *ts, uint32_t bits)
{
    ts->rt->strategy->handle_breaker(ts, bits);
    exit_if_finalizing(ts);
}

void strategy_detach(ThreadState *ts)
{
    ts->attached = false;
    ts->rt->strategy->detach(ts);
}
