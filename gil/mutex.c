// SPDX-License-Identifier: MIT
/**
 * @file mutex.c
 * @brief The slow paths of the per-object mutex (see mutex.h for the design).
 *
 * A waiter's ::MutexWaiter record is its `waiter_data` in the parking lot.
 * The waiter writes `fair_after_ns` before it parks; the unlocker reads it,
 * and writes `handed_off`, inside parking_unpark()'s callback, under the
 * bucket lock; the waiter reads `handed_off` after parking_park() returns
 * ::PARKING_WOKEN, which the parking lot orders after the callback through
 * its mutexes. So the record needs no atomics.
 *
 * Why the callback may set the byte with a single fetch-and: it runs only
 * from the unlock slow path, whose caller holds the lock and saw
 * ::MUTEX_HAS_PARKED. While the lock is held, no other thread clears
 * ::MUTEX_LOCKED or ::MUTEX_HAS_PARKED (only the holder's unlock does), so
 * both bits are set when the callback runs, and clearing some of them with a
 * fetch-and leaves the reserved bits as they are at that instant.
 */
#include "mutex.h"

#include <sched.h>
#include <time.h>

#include "parking_lot.h"

/** What a sleeping mutex_lock() tells the unlocker, and what it is told back. */
typedef struct MutexWaiter {
    uint64_t fair_after_ns; /**< monotonic time after which the lock is handed to it */
    bool handed_off;        /**< set by the unlocker: the lock is this waiter's now */
} MutexWaiter;

void (*mutex_before_park)(void);
void (*mutex_after_park)(void);
_Thread_local bool mutex_park_attached;

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__) || defined(__arm__)
    __asm__ __volatile__("yield" ::: "memory");
#else
    __asm__ __volatile__("" ::: "memory");
#endif
}

/* Under the bucket lock: sleep only while the lock is held and marked as having sleepers. */
static bool still_parkable(const void *addr, void *arg)
{
    (void)arg;
    /* Relaxed is enough: the unlocker changes these bits under the same bucket lock. */
    uint8_t v = atomic_load_explicit((_Atomic uint8_t *)addr, memory_order_relaxed);
    return (v & (MUTEX_LOCKED | MUTEX_HAS_PARKED)) == (MUTEX_LOCKED | MUTEX_HAS_PARKED);
}

void mutex_lock_slow(_Atomic uint8_t *m, MutexStats *st)
{
    MutexWaiter w = {.fair_after_ns = now_ns() + MUTEX_FAIR_NS, .handed_off = false};
    uint64_t spins = 0, parks = 0;
    uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
    for (;;) {
        if (!(v & MUTEX_LOCKED)) {
            /* Acquire pairs with the release of the unlock that cleared the bit. */
            if (atomic_compare_exchange_weak_explicit(m, &v, (uint8_t)(v | MUTEX_LOCKED),
                                                      memory_order_acquire, memory_order_relaxed))
                break;
            continue;
        }
        if (!(v & MUTEX_HAS_PARKED) && spins < MUTEX_SPIN_LIMIT) {
            if (spins < MUTEX_SPIN_PAUSES)
                cpu_relax();
            else
                sched_yield();
            spins++;
            v = atomic_load_explicit(m, memory_order_relaxed);
            continue;
        }
        if (!(v & MUTEX_HAS_PARKED)) {
            /* Relaxed: the unlocker's CAS on this same byte fails if this one came first,
             * and sends it to the parking lot, whose lock orders the rest. */
            if (!atomic_compare_exchange_weak_explicit(m, &v, (uint8_t)(v | MUTEX_HAS_PARKED),
                                                       memory_order_relaxed,
                                                       memory_order_relaxed))
                continue;
        }
        bool hooks = !mutex_park_attached;
        if (hooks && mutex_before_park != NULL)
            mutex_before_park();
        int r = parking_park(m, still_parkable, NULL, -1, &w);
        if (hooks && mutex_after_park != NULL)
            mutex_after_park();
        if (r == PARKING_WOKEN) {
            parks++;
            if (w.handed_off)
                break; /* the unlocker left MUTEX_LOCKED set for us */
        }
        v = atomic_load_explicit(m, memory_order_relaxed);
    }
    if (st != NULL) {
        mutex_stat_add(&st->acquisitions, 1);
        mutex_stat_add(&st->contended, 1);
        mutex_stat_add(&st->spins, spins);
        mutex_stat_add(&st->parks, parks);
        mutex_stat_add(&st->handoffs, w.handed_off);
    }
}

/* Under the bucket lock, with the lock held and MUTEX_HAS_PARKED set (see the file comment). */
static void unpark_decide(void *arg, void *waiter_data, bool has_more_waiters)
{
    _Atomic uint8_t *m = arg;
    MutexWaiter *w = waiter_data;
    uint8_t clear = MUTEX_LOCKED | MUTEX_HAS_PARKED;
    if (w != NULL) {
        w->handed_off = now_ns() > w->fair_after_ns;
        if (w->handed_off)
            clear &= (uint8_t)~MUTEX_LOCKED;
        if (has_more_waiters)
            clear &= (uint8_t)~MUTEX_HAS_PARKED;
    }
    /* Release: the critical section's writes reach whoever takes the lock next. */
    atomic_fetch_and_explicit(m, (uint8_t)~clear, memory_order_release);
}

static NOINLINE void not_locked(_Atomic uint8_t *m)
{
#ifdef GILVM_CHECKS
    fprintf(stderr, "gilvm: mutex_unlock: mutex %p is not locked\n", (void *)m);
    abort();
#else
    (void)m; /* a bug in the caller; without checks, ignored */
#endif
}

void mutex_unlock_slow(_Atomic uint8_t *m)
{
    uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
    for (;;) {
        if (!(v & MUTEX_LOCKED)) {
            not_locked(m);
            return;
        }
        if (v & MUTEX_HAS_PARKED) {
            parking_unpark(m, unpark_decide, m);
            return;
        }
        /* Not reached by a holder (MUTEX_HAS_PARKED stays set until its unlock); as the fast path. */
        if (atomic_compare_exchange_weak_explicit(m, &v, (uint8_t)(v & ~MUTEX_LOCKED),
                                                  memory_order_release, memory_order_relaxed))
            return;
    }
}
