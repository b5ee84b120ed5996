// SPDX-License-Identifier: MIT
/** @file stats.c @brief Thread counters (see stats.h). */
#include "stats.h"

#include <time.h>

#define FIELD(n, t, time) {#n, t, offsetof(ThreadStats, n), time}

const StatsField stats_fields[] = {
    FIELD(acquisitions, "acquired", false),
    FIELD(contended, "contended", false),
    FIELD(drop_requests, "drop req", false),
    FIELD(forced_switches, "forced", false),
    FIELD(handoffs, "handoffs", false),
    FIELD(checks, "checks", false),
    FIELD(hold_ns, "hold s", true),
    FIELD(wait_ns, "wait s", true),
    FIELD(cpu_ns, "cpu s", true),
    FIELD(wall_ns, "wall s", true),
    {NULL, NULL, 0, false},
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
