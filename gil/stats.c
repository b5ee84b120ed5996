// SPDX-License-Identifier: MIT
/** @file stats.c @brief Thread counters (see stats.h). */
#include "stats.h"

#include <time.h>

#define FIELD(n, t, time, a) {#n, t, offsetof(ThreadStats, n), time, a}

const StatsField stats_fields[] = {
    FIELD(acquisitions, "acquired", false, STATS_GIL),
    FIELD(contended, "contended", false, STATS_GIL),
    FIELD(drop_requests, "drop req", false, STATS_GIL),
    FIELD(forced_switches, "forced", false, STATS_GIL),
    FIELD(handoffs, "handoffs", false, STATS_GIL),
    FIELD(checks, "checks", false, STATS_GIL),
    FIELD(hold_ns, "hold s", true, STATS_GIL),
    FIELD(wait_ns, "wait s", true, STATS_GIL),
    FIELD(rc_local, "rc local", false, STATS_FREE),
    FIELD(rc_atomic, "rc atomic", false, STATS_FREE),
    FIELD(rc_queued, "rc queued", false, STATS_FREE),
    FIELD(rc_merged, "rc merged", false, STATS_FREE),
    FIELD(obj_locks, "obj locks", false, STATS_FREE),
    FIELD(obj_contended, "lk contend", false, STATS_FREE),
    FIELD(stw_pauses, "stw", false, STATS_FREE),
    FIELD(stw_ns, "stw s", true, STATS_FREE),
    FIELD(cpu_ns, "cpu s", true, STATS_ALL),
    FIELD(wall_ns, "wall s", true, STATS_ALL),
    {NULL, NULL, 0, false, STATS_ALL},
};

static _Atomic uint64_t *field(ThreadStats *s, const StatsField *f)
{
    return (_Atomic uint64_t *)((char *)s + f->offset);
}

void stats_accumulate(ThreadStats *to, const ThreadStats *from)
{
    for (const StatsField *f = stats_fields; f->name != NULL; f++)
        stats_add(field(to, f), stats_get(field((ThreadStats *)from, f)));
}

void stats_reset(ThreadStats *s)
{
    for (const StatsField *f = stats_fields; f->name != NULL; f++)
        atomic_store_explicit(field(s, f), 0, memory_order_relaxed);
}

uint64_t stats_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

uint64_t stats_clock_cpu_ns(clockid_t clock)
{
    struct timespec t;
    if (clock_gettime(clock, &t) != 0)
        return 0;
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}
