// SPDX-License-Identifier: MIT
/**
 * @file objlock.c
 * @brief The `objlock` strategy: no global lock; a lock in every object and an atomic
 *        reference count.
 *
 * ## The problem
 *
 * A global lock lets one thread run Python code at a time, however many cores there are.
 * Remove it and two things that the lock protected need protection of their own: the
 * insides of containers (a list's item array, a dict's table) and reference counts.
 *
 * ## The design: the naive free-threaded interpreter
 *
 * - Containers: every mutable object carries a one-byte lock (gil/mutex.h, after CPython
 *   3.13's PyMutex); each container operation runs inside a critical section on it
 *   (gil/lock.h), so `list.append` and `d[k] = v` stay atomic as under the GIL.
 * - Reference counts: every change is an atomic read-modify-write on the one count
 *   (gil/refcount.h, RC_ATOMIC). Always correct, and a locked instruction per change,
 *   even on objects no other thread ever sees.
 * - The cycle collector stops the world (gil/stw.c).
 *
 * It is what "just remove the GIL" gives, and the baseline `brc` improves on: the atomic
 * counts cost single-thread speed everywhere, and objects every thread touches (a shared
 * function, a constant) have their count's cache line bounced between cores.
 *
 * ## Example
 *
 * Two threads each run `for i in range(n): total += f(i)` on their own locals. Under `gil`
 * they take turns; under `objlock` they run at once, and `--stats` shows every reference
 * count change counted as atomic and an object lock taken per container operation.
 */
#include "ft.h"
#include "strategy.h"
#include "stw.h"

/** The `objlock` strategy's table (gil/strategy.h). */
const Strategy objlock_strategy = {
    .name = "objlock",
    .summary = "no global lock: per-object locks and atomic reference counts",
    .rc_policy = RC_ATOMIC,
    .gil_enabled = false,
    .free_threaded = true,
    .init = ft_init,
    .attach = ft_attach,
    .detach = ft_detach,
    .handle_breaker = ft_handle_breaker,
    .finalize = ft_finalize,
    .exclusive_begin = stw_stop_world,
    .exclusive_end = stw_start_world,
    .release_later = stw_release_later,
};
