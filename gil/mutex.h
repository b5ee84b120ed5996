// SPDX-License-Identifier: MIT
/**
 * @file mutex.h
 * @brief The per-object mutex: a lock that lives in one byte of the object
 *        header, after CPython 3.13's PyMutex (Python/lock.c).
 *
 * Who may include it: gil/ (the `objlock` and `brc` strategies) and tests/.
 *
 * ## The problem
 *
 * Without a global lock, every mutable object (list, dict, set, instance and
 * module dicts) needs a lock of its own, so that `list.append` and `d[k] = v`
 * stay atomic when threads share the object. There are millions of objects
 * and almost none is ever contended, so the lock must be tiny and its
 * uncontended path must be one atomic instruction. A pthread mutex is 40
 * bytes; this one is the `lock` byte of ::Obj.
 *
 * ## The lock byte
 *
 * | bit | name                 | meaning                                                    |
 * |-----|----------------------|------------------------------------------------------------|
 * | 0x1 | ::MUTEX_LOCKED       | some thread holds the lock                                 |
 * | 0x2 | ::MUTEX_HAS_PARKED   | some thread may be asleep in the parking lot on this byte  |
 * | 0xfc| ::MUTEX_RESERVED     | not the mutex's: kept for a later "biased" layer           |
 *
 * Every operation changes only the two low bits, with a compare-and-swap
 * that carries the reserved bits over unchanged (or a fetch-and that does not
 * touch them), so another layer may flip them concurrently at any time.
 *
 * ## The protocol
 *
 * - **Lock, fast path:** one compare-and-swap from "unlocked" to "locked".
 * - **Lock, slow path:** spin a little while no one is asleep on the lock
 *   (the holder, if running, usually lets go within a microsecond), then set
 *   ::MUTEX_HAS_PARKED and sleep in the parking lot (gil/parking_lot.h) on
 *   the byte's address. The parking lot re-checks, under its bucket lock,
 *   that the byte is still "locked, has sleepers" before the thread sleeps,
 *   so an unlock in between cannot be missed. When woken, try again, unless
 *   the lock was handed over (below), in which case it is already ours.
 * - **Unlock, fast path:** when ::MUTEX_HAS_PARKED is clear, one
 *   compare-and-swap from "locked" to "unlocked".
 * - **Unlock, slow path:** wake the longest sleeper through the parking
 *   lot. Under the bucket lock the unlocker decides, atomically with the
 *   dequeue, the new state of the byte: ::MUTEX_HAS_PARKED stays only if
 *   others still sleep, and the lock is either released (the woken thread
 *   must compete for it like anyone else) or *handed off*.
 *
 * ## Fairness: the 1 ms hand-off
 *
 * Letting a woken thread compete is fast (the lock never sits idle while a
 * sleeper wakes up) but unfair: a thread that unlocks and re-locks in a tight
 * loop nearly always wins, since it is running and the sleeper is only
 * waking up, and the sleeper can starve. CPython's rule, kept here: a waiter
 * that has waited longer than 1 ms (::MUTEX_FAIR_NS, counted from when it
 * first found the lock held) is *handed* the lock: the unlocker leaves
 * ::MUTEX_LOCKED set and tells the waiter, in the waiter's parking record,
 * that it now owns the lock. No other thread can take it in between. So a
 * waiter waits at most about 1 ms plus the hold times of those queued before
 * it (the queue is FIFO); throughput suffers only once a thread has waited
 * long enough for fairness to matter.
 *
 * ## The spin policy
 *
 * A waiter first spins ::MUTEX_SPIN_PAUSES rounds of one CPU pause
 * instruction (x86 `pause`, Arm `yield`), re-reading the byte each time: a
 * few microseconds, longer than most gilvm critical sections (a list append
 * or dict store takes tens to hundreds of nanoseconds), so when the holder is
 * running on another core the waiter gets the lock without a system call.
 * Then ::MUTEX_SPIN_YIELDS rounds of sched_yield(): when there are more
 * runnable threads than cores the holder may be preempted, and pausing
 * cannot help; yielding lets it run. Then the waiter sleeps. Spinning stops
 * as soon as ::MUTEX_HAS_PARKED is set: someone is already asleep, so the
 * lock is evidently held long or much contended, and a spinner would burn a
 * core that the holder or the woken sleeper needs.
 *
 * ## Memory order
 *
 * Taking the lock is an acquire, releasing it a release, so everything the
 * previous holder wrote inside its critical section is visible to the next
 * holder. A hand-off carries the same guarantee through the parking lot's
 * mutexes. The other accesses to the byte are relaxed: the protocol around
 * ::MUTEX_HAS_PARKED relies only on all threads agreeing on the order of
 * writes to the one byte, which every atomic gives.
 *
 * ## Example
 *
 * @code
 *     MutexStats st = {0};
 *     mutex_lock(&list->base.lock, &st);
 *     ... change list->items ...
 *     mutex_unlock(&list->base.lock);
 * @endcode
 *
 * Threads A and B both append to one list. A holds the lock; B's CAS fails,
 * it spins (A finishes in 50 ns), sees the byte clear and takes it:
 * `st.contended` and `st.spins` count that. If A instead held the lock for a
 * long time, B would set ::MUTEX_HAS_PARKED and sleep (`st.parks`); A's
 * unlock would see the bit, wake B and, B having waited over 1 ms, leave the
 * byte locked for B (`st.handoffs` in B's counters).
 *
 * Unlocking a mutex that is not locked is a bug; a `-DGILVM_CHECKS` build
 * aborts with a message (the byte has no room for the holder's identity, so
 * unlocking a mutex that another thread holds cannot be detected).
 */
#ifndef GILVM_MUTEX_H
#define GILVM_MUTEX_H

#include "../vm/common.h"

/** Lock bit: some thread holds the mutex. */
#define MUTEX_LOCKED 0x01u
/** Lock bit: some thread may be asleep in the parking lot on this mutex. */
#define MUTEX_HAS_PARKED 0x02u
/** The bits the mutex never changes (a later "biased" layer owns them). */
#define MUTEX_RESERVED 0xfcu

/** A waiter that has waited longer than this (ns) is handed the lock (CPython's TIME_TO_BE_FAIR_NS). */
#define MUTEX_FAIR_NS 1000000
/** Spin rounds of one CPU pause instruction before yielding (see the file comment). */
#define MUTEX_SPIN_PAUSES 64
/** Spin rounds of sched_yield() after the pauses, before sleeping. */
#define MUTEX_SPIN_YIELDS 8
/** Most spin rounds one wait makes before it sleeps. */
#define MUTEX_SPIN_LIMIT (MUTEX_SPIN_PAUSES + MUTEX_SPIN_YIELDS)

/**
 * What the mutex did for one thread. Written only by the thread that passes
 * them to mutex_lock(), with relaxed loads and stores (no locked
 * instruction); other threads may read them at any time (reports).
 */
typedef struct MutexStats {
    _Atomic uint64_t acquisitions; /**< mutex_lock() calls (each returns holding the lock) */
    _Atomic uint64_t contended;    /**< ... of which found the lock held and took the slow path */
    _Atomic uint64_t spins;        /**< spin rounds (a pause or a sched_yield()) while waiting */
    _Atomic uint64_t parks;        /**< times the thread went to sleep in the parking lot */
    _Atomic uint64_t handoffs;     /**< acquisitions in which an unlocker handed the lock to this thread */
} MutexStats;

/** Add @p n to a counter only the calling thread writes. */
static inline void mutex_stat_add(_Atomic uint64_t *c, uint64_t n)
{
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + n,
                          memory_order_relaxed);
}

/**
 * Called around a waiter's sleep in the parking lot, when set (NULL by default): the
 * free-threaded strategies detach the thread while it sleeps, so that a stop-the-world
 * need not wait for a thread that is only waiting for a lock.
 */
extern void (*mutex_before_park)(void);
/** See ::mutex_before_park. */
extern void (*mutex_after_park)(void);

/**
 * Set by the calling thread while it waits for a lock it must not detach for (the
 * collector's list locks, taken inside object critical sections): the park hooks are not
 * called.
 */
extern _Thread_local bool mutex_park_attached;

/**
 * The slow path of mutex_lock(): spin, then sleep until the lock is taken
 * or handed over. Called by mutex_lock() only.
 *
 * @param m  the lock byte
 * @param st counters to update (NULL: none)
 */
void mutex_lock_slow(_Atomic uint8_t *m, MutexStats *st);

/**
 * The slow path of mutex_unlock(): wake a sleeper (perhaps handing it the
 * lock), or report a mutex that is not locked. Called by mutex_unlock() only.
 *
 * @param m the lock byte
 */
void mutex_unlock_slow(_Atomic uint8_t *m);

/**
 * Take the lock: a load and one compare-and-swap when it is free (acquire:
 * the previous holder's writes are visible after it), else mutex_lock_slow().
 *
 * @param m  the lock byte (e.g. `&obj->lock`)
 * @param st counters to update, written only by the calling thread (NULL: none)
 */
static inline void mutex_lock(_Atomic uint8_t *m, MutexStats *st)
{
    uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
    if (LIKELY(!(v & MUTEX_LOCKED)) &&
        atomic_compare_exchange_strong_explicit(m, &v, (uint8_t)(v | MUTEX_LOCKED),
                                                memory_order_acquire, memory_order_relaxed)) {
        if (st != NULL)
            mutex_stat_add(&st->acquisitions, 1);
        return;
    }
    mutex_lock_slow(m, st);
}

/**
 * Take the lock if it is free, without waiting.
 *
 * @param m the lock byte
 * @return true if the calling thread now holds the lock
 */
static inline bool mutex_trylock(_Atomic uint8_t *m)
{
    uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
    while (!(v & MUTEX_LOCKED)) {
        /* Acquire on success, as mutex_lock(); a failure only refreshes v (reserved bits moved). */
        if (atomic_compare_exchange_weak_explicit(m, &v, (uint8_t)(v | MUTEX_LOCKED),
                                                  memory_order_acquire, memory_order_relaxed))
            return true;
    }
    return false;
}

/**
 * Release the lock, which the calling thread holds: one compare-and-swap when
 * no thread sleeps on it (release: the critical section's writes are visible
 * to the next holder), else wake one, perhaps handing it the lock.
 *
 * @param m the lock byte
 */
static inline void mutex_unlock(_Atomic uint8_t *m)
{
    uint8_t v = atomic_load_explicit(m, memory_order_relaxed);
    while ((v & (MUTEX_LOCKED | MUTEX_HAS_PARKED)) == MUTEX_LOCKED) {
        if (atomic_compare_exchange_weak_explicit(m, &v, (uint8_t)(v & ~MUTEX_LOCKED),
                                                  memory_order_release, memory_order_relaxed))
            return;
    }
    mutex_unlock_slow(m);
}

/**
 * Whether some thread holds the lock: a snapshot (relaxed), exact only when
 * the answer cannot change under the caller (e.g. the caller holds it).
 *
 * @param m the lock byte
 */
static inline bool mutex_is_locked(const _Atomic uint8_t *m)
{
    return atomic_load_explicit((_Atomic uint8_t *)m, memory_order_relaxed) & MUTEX_LOCKED;
}

#endif
