// SPDX-License-Identifier: MIT
/**
 * @file lock.h
 * @brief Per-object critical sections: how container code protects itself.
 *
 * Who may include it: vm/ object code (containers), gil/.
 *
 * Every operation that reads or writes the inside of a mutable container
 * (list items, dict entries, ...) runs inside a critical section on that
 * object:
 *
 * @code
 *     CritSection cs;
 *     cs_begin(&cs, &list->base);
 *     ... read or change list->items ...
 *     cs_end(&cs);
 * @endcode
 *
 * and an operation on two containers (`a.extend(b)`, `a == b`) uses
 * cs_begin2(), which takes the two locks in address order so that two
 * threads doing `a.extend(b)` and `b.extend(a)` cannot deadlock.
 *
 * What a critical section does is the strategy's decision, not the
 * container's. Under the global-lock strategies the global lock already
 * serialises every thread that touches the heap, so a critical section
 * costs one well-predicted branch on ::cs_enabled. Under the free-threaded
 * strategies (`objlock`, `brc`) it takes the object's lock, the `lock` byte
 * of its header (gil/mutex.h). The container code is the same for every
 * strategy.
 *
 * Rules for container code, which keep the locks free of deadlocks:
 * - inside a critical section, never call back into Python code
 *   (comparisons, hashes, `__eq__`), never block, never check the eval
 *   breaker; copy out what is needed, end the section, then call;
 * - never nest sections except through cs_begin2() (one lock order);
 * - a reference dropped inside a section may free objects, but freeing runs
 *   no Python code in gilvm (no `__del__`), so it takes no other object's
 *   lock except that of a container being freed, which no one else can hold.
 *
 * A thread that must wait for a lock detaches while it sleeps (gil/mutex.h,
 * ::mutex_before_park), so a stop-the-world never waits on a lock waiter;
 * and it waits holding no other lock (cs_begin2() lets go of the first lock
 * before it waits for the second), so no thread holds a lock across a
 * breaker check, a wait or a blocking call: a thread that is stopped,
 * detached or blocked holds none. PEP 703's rule that critical sections are
 * suspended when a thread detaches is kept by construction rather than by
 * bookkeeping, and biased locks (gil/brc.c) rely on it.
 */
#ifndef GILVM_LOCK_H
#define GILVM_LOCK_H

#include "../vm/object.h"
#include "mutex.h"

/** True under the free-threaded strategies: critical sections take object locks. */
extern bool cs_enabled;

/** The calling thread's object-lock counters (reports: gilvm.stats(), --stats). */
extern _Thread_local MutexStats cs_stats;

/**
 * Lock-byte bit (one of gil/mutex.h's reserved bits): the object's lock is no longer biased
 * toward its owner thread; every thread, the owner included, takes the mutex.
 */
#define CS_UNBIASED 0x04u
/** Lock-byte bit: a thread is revoking the bias (waiting for the owner to pass a safe point). */
#define CS_REVOKING 0x08u

/** A critical section on one or two objects; lives in the caller's frame. */
typedef struct CritSection {
    Obj *a;       /**< first object locked */
    Obj *b;       /**< second object locked, or NULL */
    uint8_t bias; /**< bit 0: a entered by bias (no mutex); bit 1: b likewise */
} CritSection;

/**
 * Whether the calling thread may enter a section on @p o by bias: it is @p o's owner (brc)
 * and no other thread has asked for the lock (gil/brc.c explains biased locks).
 */
static inline bool cs_biased_to_me(Obj *o)
{
    return atomic_load_explicit(&o->owner, memory_order_relaxed) == rc_thread_id &&
           !(atomic_load_explicit(&o->lock, memory_order_relaxed) & (CS_UNBIASED | CS_REVOKING));
}

/** cs_begin() when free-threaded and not entered by bias (gil/ft.c). */
void cs_lock_slow(Obj *o);
/** cs_begin2() when free-threaded (gil/ft.c). */
void cs_begin2_slow(CritSection *cs);

/** Enter a critical section on @p o. */
static inline void cs_begin(CritSection *cs, Obj *o)
{
    cs->a = o;
    cs->b = NULL;
    cs->bias = 0;
    if (UNLIKELY(cs_enabled)) {
        if (cs_biased_to_me(o)) {
            cs->bias = 1;
            if (UNLIKELY(rc_count_fast))
                mutex_stat_add(&cs_stats.acquisitions, 1);
        } else {
            cs_lock_slow(o);
        }
    }
}

/** Enter a critical section on two objects (locked in address order; once if the same). */
static inline void cs_begin2(CritSection *cs, Obj *a, Obj *b)
{
    if (a == b)
        b = NULL;
    else if ((uintptr_t)b < (uintptr_t)a) {
        Obj *t = a;
        a = b;
        b = t;
    }
    cs->a = a;
    cs->b = b;
    cs->bias = 0;
    if (UNLIKELY(cs_enabled))
        cs_begin2_slow(cs);
}

/** Leave the critical section begun with cs_begin() or cs_begin2(). */
static inline void cs_end(CritSection *cs)
{
    if (UNLIKELY(cs_enabled)) {
        if (cs->b != NULL && !(cs->bias & 2))
            mutex_unlock(&cs->b->lock);
        if (!(cs->bias & 1))
            mutex_unlock(&cs->a->lock);
    }
}

#endif
