// SPDX-License-Identifier: MIT
/**
 * @file parking_lot.h
 * @brief The parking lot: a place where threads sleep until another thread
 *        wakes them, keyed by an address, so that a lock needs no room of its
 *        own for a wait queue.
 *
 * Who may include it: gil/ (mutex.c and the strategies) and tests/.
 *
 * ## The problem
 *
 * The per-object mutex (gil/mutex.h) is one byte in every object header.
 * A byte has no room for a queue of waiting threads, a condition variable or
 * even a pointer, yet a thread that finds the lock held for long must sleep
 * rather than spin, and the thread that unlocks must be able to wake it.
 * Giving every object a pthread mutex (40 bytes) would double the size of a
 * small object and cost an initialisation and a destruction per object.
 *
 * ## The idea (WebKit's ParkingLot, Linux futexes; CPython 3.13's Python/parking_lot.c)
 *
 * Keep the queues *outside* the objects, in one global table of buckets, and
 * find a lock's queue by hashing its address. Only locks that have a waiter
 * right now use any queue space, and that space lives on the waiting
 * threads' own stacks. A thread that wants to sleep on address `a` enqueues
 * a small record in bucket `hash(a)` and sleeps on its own condition
 * variable; a thread that wants to wake a sleeper on `a` takes the first
 * record for `a` out of the same bucket and signals it. Many addresses share
 * a bucket; each record remembers its address, and unparking skips the
 * others.
 *
 * ## The invariant: no lost wake-ups
 *
 * A waiter must never fall asleep *after* the wake-up meant for it has come
 * and gone. The classic race: thread W sees the lock held and decides to
 * sleep; before W is queued, the holder unlocks, finds no one to wake, and
 * leaves; W then sleeps forever on a free lock. The parking lot closes the
 * gap with a *validate* callback that parking_park() runs while holding the
 * bucket lock, just before enqueuing: W re-checks, under the bucket lock,
 * that the condition it sleeps on still holds ("the lock is still held and
 * marked as having sleepers"). The waker changes that condition only while
 * holding the same bucket lock (inside the callback of parking_unpark()), so
 * either W's check sees the change and W does not sleep, or W is queued
 * before the waker looks, and the waker finds it.
 *
 * ## The protocol
 *
 * - parking_park(addr, validate, arg, timeout, data): lock the bucket; if
 *   `validate(addr, arg)` is false, unlock and return ::PARKING_INVALID;
 *   else append a record `{addr, data}` to the bucket's FIFO queue, unlock
 *   the bucket and sleep until woken (::PARKING_WOKEN) or the timeout
 *   passes (::PARKING_TIMEOUT, the record is removed).
 * - parking_unpark(addr, fn, arg): lock the bucket; remove the first record
 *   for @p addr; call `fn(arg, its data or NULL, whether more wait on addr)`
 *   while still holding the bucket lock; unlock; wake the removed thread.
 *   Because `fn` runs under the bucket lock it can change the lock word
 *   (clear "has sleepers", hand the lock over) atomically with respect to
 *   every park on that address, and it can write into the sleeper's record
 *   (`data`) to tell it what happened ("you own the lock now").
 * - parking_unpark_all(addr): wake every thread sleeping on @p addr.
 *
 * ## Why a condition variable per waiter, not a semaphore
 *
 * Each sleeping thread waits on a pthread mutex + condition variable + flag
 * of its own, in its record on its stack. A POSIX semaphore would do the same
 * job in one object, and CPython uses one, but here: (1) a timed park must
 * measure its timeout on the monotonic clock, and `sem_timedwait` takes the
 * wall clock while `sem_clockwait` is not understood by ThreadSanitizer (GCC
 * 12's runtime does not intercept it, so every hand-over through it would be
 * reported as a race), whereas `pthread_cond_timedwait` on a condition
 * variable set to CLOCK_MONOTONIC is both; (2) macOS has no unnamed
 * semaphores. The flag plays the part of the semaphore's count: a wake-up
 * that arrives before the waiter sleeps is remembered. Creating the pair
 * costs no system call; it is done only by threads that actually sleep.
 *
 * ## Example
 *
 * @code
 *     static bool still_zero(const void *addr, void *arg)
 *     {
 *         return atomic_load_explicit((_Atomic int *)addr, memory_order_relaxed) == 0;
 *     }
 *     // Waiter: sleep while the flag is 0.
 *     while (atomic_load(&flag) == 0)
 *         parking_park(&flag, still_zero, NULL, -1, NULL);
 *     // Waker: set the flag, then wake everyone.
 *     atomic_store(&flag, 1);
 *     parking_unpark_all(&flag);
 * @endcode
 *
 * If the waker runs between the waiter's load and its park, validation (under
 * the bucket lock, after the store) sees 1 and the waiter does not sleep.
 */
#ifndef GILVM_PARKING_LOT_H
#define GILVM_PARKING_LOT_H

#include "../vm/common.h"

/** Number of buckets: a prime, so that addresses with a common stride spread out. */
#define PARKING_BUCKETS 257

/** parking_park() result: another thread woke this one with parking_unpark() or parking_unpark_all(). */
#define PARKING_WOKEN 0
/** parking_park() result: the validate callback returned false; the thread did not sleep. */
#define PARKING_INVALID 1
/** parking_park() result: the timeout passed before any thread woke this one. */
#define PARKING_TIMEOUT 2

/**
 * Checked under the bucket lock before a thread sleeps: true to sleep, false
 * to return ::PARKING_INVALID at once. It must not park, unpark or block.
 */
typedef bool (*ParkingValidateFn)(const void *addr, void *arg);

/**
 * Called by parking_unpark() under the bucket lock. @p waiter_data is the
 * woken thread's `waiter_data`, or NULL when no thread sleeps on the address;
 * @p has_more_waiters says whether others still sleep on it. It must not
 * park, unpark or block.
 */
typedef void (*ParkingUnparkFn)(void *arg, void *waiter_data, bool has_more_waiters);

/**
 * Sleep on @p addr until another thread wakes this one, unless @p validate
 * says not to.
 *
 * @param addr        the address to sleep on (any address; never dereferenced here)
 * @param validate    run under the bucket lock; false means do not sleep (NULL: always sleep)
 * @param arg         passed to @p validate
 * @param timeout_ns  the longest sleep in nanoseconds; negative: no limit; 0: return
 *                    ::PARKING_TIMEOUT at once if validation passes
 * @param waiter_data handed to the waker's callback (see parking_unpark()); may be NULL.
 *                    It must stay valid until this call returns.
 * @return ::PARKING_WOKEN, ::PARKING_INVALID or ::PARKING_TIMEOUT. There are no
 *         spurious wake-ups: ::PARKING_WOKEN means a waker removed this thread.
 */
int parking_park(const void *addr, ParkingValidateFn validate, void *arg, int64_t timeout_ns,
                 void *waiter_data);

/**
 * Wake the thread that has slept longest on @p addr, if any.
 *
 * @param addr the address
 * @param fn   called under the bucket lock with @p arg, the woken thread's
 *             `waiter_data` (NULL when no thread sleeps on @p addr) and whether
 *             more threads still sleep on @p addr; may be NULL
 * @param arg  passed to @p fn
 */
void parking_unpark(const void *addr, ParkingUnparkFn fn, void *arg);

/** Wake every thread sleeping on @p addr. */
void parking_unpark_all(const void *addr);

/**
 * Number of threads sleeping on @p addr now: a snapshot, stale as soon as it
 * is returned (tests wait on it to know that a thread has gone to sleep).
 */
size_t parking_count(const void *addr);

/** Index of the bucket @p addr hashes to, below ::PARKING_BUCKETS (tests use it to make collisions). */
size_t parking_bucket(const void *addr);

#endif
