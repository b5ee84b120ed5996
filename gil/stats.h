// SPDX-License-Identifier: MIT
/**
 * @file stats.h
 * @brief The counters behind `--stats` and `gilvm.stats()`.
 *
 * Who may include it: gil/, vm/ (reporting), gc/.
 *
 * Each thread counts what the locking design does to it. Under the global
 * locks: how often it took the lock and how often it had to wait, the drop
 * requests it made while waiting, the times it was made to give the lock up,
 * and how long it held it and waited for it. Under the free-threaded
 * strategies: its reference-count changes (owner-local plain ones and
 * atomic ones), the objects it queued to their owners and the merges it did
 * (brc), the object locks it took and how many it found held, and the times
 * it stopped the world and for how long. Counters belong to one thread and are written
 * only by it (relaxed atomics, so that a report read from another thread is
 * well defined). When a thread ends, its counters are kept in the
 * runtime's list of finished threads, so the report at exit covers every
 * thread that ran.
 */
#ifndef GILVM_STATS_H
#define GILVM_STATS_H

#include <time.h>

#include "../vm/common.h"

/** The counters of one thread (or totals). Each is a relaxed atomic. */
typedef struct ThreadStats {
    _Atomic uint64_t acquisitions;    /**< times the thread took the global lock */
    _Atomic uint64_t contended;       /**< ... of which it had to wait first */
    _Atomic uint64_t drop_requests;   /**< drop requests it made while waiting (gil) */
    _Atomic uint64_t forced_switches; /**< times it dropped the lock because asked to (gil) */
    _Atomic uint64_t handoffs;        /**< acquisitions that took the lock from another thread */
    _Atomic uint64_t checks;          /**< periodic release-and-retake checks (gil-legacy) */
    _Atomic uint64_t hold_ns;         /**< time spent holding the global lock */
    _Atomic uint64_t wait_ns;         /**< time spent waiting for it */
    _Atomic uint64_t rc_local;        /**< owner-local reference-count changes, no atomics (brc) */
    _Atomic uint64_t rc_atomic;       /**< atomic reference-count changes (objlock; non-owner under brc) */
    _Atomic uint64_t rc_queued;       /**< objects queued to their owner for a merge (brc) */
    _Atomic uint64_t rc_merged;       /**< objects whose counts it merged (brc) */
    _Atomic uint64_t obj_locks;       /**< object locks taken (critical sections, free-threaded) */
    _Atomic uint64_t obj_contended;   /**< ... of which were held by another thread */
    _Atomic uint64_t stw_pauses;      /**< times this thread stopped the world (free-threaded) */
    _Atomic uint64_t stw_ns;          /**< time the world stood stopped by this thread */
    _Atomic uint64_t cpu_ns;          /**< CPU time of the thread (set when it ends or is reported) */
    _Atomic uint64_t wall_ns;         /**< lifetime of the thread (set likewise) */
} ThreadStats;

/** Counter names and descriptions, in ThreadStats order (reports, gilvm.stats()). */
typedef struct StatsField {
    const char *name;  /**< key in gilvm.stats() */
    const char *title; /**< column title in the --stats table */
    size_t offset;     /**< offset in ThreadStats */
    bool is_time;      /**< nanoseconds (reported as seconds) */
    /** Which strategies the counter means something for, in the --stats table. */
    enum { STATS_GIL, STATS_FREE, STATS_ALL } applies;
} StatsField;

/** The fields, NULL-terminated. */
extern const StatsField stats_fields[];

/** Add @p n to a counter. */
static inline void stats_add(_Atomic uint64_t *c, uint64_t n)
{
    atomic_fetch_add_explicit(c, n, memory_order_relaxed);
}

/** Read a counter. */
static inline uint64_t stats_get(const _Atomic uint64_t *c)
{
    return atomic_load_explicit((_Atomic uint64_t *)c, memory_order_relaxed);
}

/** Add every counter of @p from into @p to. */
void stats_accumulate(ThreadStats *to, const ThreadStats *from);
/** Zero every counter. */
void stats_reset(ThreadStats *s);
/** Monotonic clock in nanoseconds. */
uint64_t stats_now_ns(void);
/** CPU time so far of the thread whose CPU-time clock is @p clock (pthread_getcpuclockid()), in nanoseconds; 0 if unreadable. */
uint64_t stats_clock_cpu_ns(clockid_t clock);

#endif
