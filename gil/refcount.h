// SPDX-License-Identifier: MIT
/**
 * @file refcount.h
 * @brief Reference counting: the strategy decides how a count changes.
 *
 * Who may include it: included by vm/object.h (after ::Obj is defined);
 * do not include it directly.
 *
 * Every reference-count change in gilvm goes through incref()/decref()
 * (for values) or rc_incref()/rc_decref() (for objects). The active
 * strategy selects a *policy* once, at start-up (gil/strategy.h); these
 * inline functions branch on it. The branch always goes the same way, so
 * the predictor makes it nearly free, and the plain path is the one a
 * compile-time-fixed build would have.
 *
 * Policies:
 * - ::RC_PLAIN: one count, `rc_local`, updated with ordinary loads and
 *   stores. Correct only when a global lock serialises every thread that
 *   touches the heap (the `gil` and `gil-legacy` strategies).
 * - ::RC_ATOMIC: the same single count, but every change is an atomic
 *   read-modify-write (`objlock`): always correct, and it costs a locked
 *   instruction per change, contended when threads share an object.
 * - ::RC_BIASED: biased reference counting (`brc`, PEP 703; Choi, Shull and
 *   Torrellas, PACT 2018). The thread that created an object owns it
 *   (`owner`) and changes `rc_local` with ordinary loads and stores; every
 *   other thread changes `rc_shared` atomically. The true count is their
 *   sum. gil/brc.c explains the states of `rc_shared` and the merge.
 *
 * Immortal objects (`rc_local == RC_IMMORTAL`) are never counted under any
 * policy: None, True, False, types, interned strings and code constants.
 *
 * The counts are declared `_Atomic` and accessed with relaxed loads and
 * stores, which compile to plain moves: under the plain policy this costs
 * nothing, and it keeps the fields well-defined for the policies that read
 * them from several threads.
 */
#ifndef GILVM_REFCOUNT_H
#define GILVM_REFCOUNT_H

#ifndef GILVM_OBJECT_H
#error "include vm/object.h, not gil/refcount.h"
#endif

/** How reference counts are kept (chosen by the strategy). */
typedef enum RcPolicy {
    RC_PLAIN,  /**< non-atomic single count; a global lock serialises threads */
    RC_ATOMIC, /**< single count, every change atomic (objlock) */
    RC_BIASED, /**< owner-local plain count plus an atomic shared count (brc) */
} RcPolicy;

/** The active policy; written only while one thread exists (gil/strategy.c). */
extern RcPolicy gil_rc_policy;

/** The calling thread's id (ThreadState::id), the owner id its new objects get under RC_BIASED. */
extern _Thread_local uintptr_t rc_thread_id;

/**
 * The `owner` value of the objects whose count the calling thread changes with plain loads
 * and stores: one comparison decides the fast path under every policy, with no branch on the
 * policy. RC_PLAIN: 0, and every object's owner is 0 (all plain). RC_ATOMIC: the thread's id,
 * and every object's owner is 0 (never plain). RC_BIASED: the thread's id, and objects carry
 * their creator's id. Counting the fast paths (::rc_count_fast) sets it to a value no object
 * has, so that every change goes through the slow path, which counts.
 */
extern _Thread_local uintptr_t rc_fast_owner;

/** How many reference-count changes of each kind a thread made (reports; gil/refcount.c). */
typedef struct RcCounters {
    _Atomic uint64_t local;  /**< owner-local changes (RC_BIASED) */
    _Atomic uint64_t atomic; /**< atomic changes: all under RC_ATOMIC, non-owner ones under RC_BIASED */
    _Atomic uint64_t queued; /**< objects this thread queued to their owner for a merge (RC_BIASED) */
    _Atomic uint64_t merged; /**< objects whose two counts this thread merged (RC_BIASED) */
} RcCounters;

/** The calling thread's counters: only it writes them; reports read them (relaxed). */
extern _Thread_local RcCounters rc_counters;

/**
 * Count the events of the fast paths too: owner-local reference-count changes and objects
 * entered by a biased lock (`--stats`). Off by default: each count is a load and a store to
 * one counter, a chain of memory dependences through the hottest code that cost about a
 * quarter of the single-thread speed of `brc` when measured; the slow paths (atomic changes,
 * merges, mutex acquisitions) are always counted.
 */
extern bool rc_count_fast;

/** Count one event in a counter only the calling thread writes (no locked instruction). */
static inline void rc_counter_inc(_Atomic uint64_t *c)
{
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

/** Bits of `rc_shared` below the count: its state (gil/brc.c). */
#define RC_SHARED_SHIFT 2
/** `rc_shared` state: queued to the owner for a merge. */
#define RC_SHARED_QUEUED 0x2
/** `rc_shared` state: merged: no owner, `rc_shared` holds the whole count. */
#define RC_SHARED_MERGED 0x3
/** Mask of the state bits of `rc_shared`. */
#define RC_SHARED_FLAGS 0x3

/** The calling thread starts running Python code as thread @p id, under the active policy. */
void rc_thread_start(uintptr_t id);

/** Called when an object's count reaches zero (gc/alloc.c). */
void alloc_dealloc(Obj *o);
/** rc_incref() when the change is not a plain one (gil/refcount.c). */
void rc_incref_slow(Obj *o);
/** rc_decref() when the change is not a plain one (gil/refcount.c). */
void rc_decref_slow(Obj *o);
/** rc_is_unique() when the count is not a plain one (gil/refcount.c). */
bool rc_is_unique_slow(Obj *o);
/**
 * The plain count of @p o reached zero: free it, unless (RC_BIASED) other threads counted
 * references in rc_shared, in which case the counts are merged (gil/brc.c).
 */
void rc_zero_local(Obj *o);

/**
 * True if the calling thread owns @p o (RC_BIASED): it may change rc_local with plain loads
 * and stores. Objects have no owner (0) under the other policies.
 */
static inline bool rc_owned_by_me(const Obj *o)
{
    return atomic_load_explicit(&((Obj *)o)->owner, memory_order_relaxed) == rc_thread_id;
}

/** Whether the calling thread changes @p o's count with plain loads and stores. */
static inline bool rc_fast(const Obj *o)
{
    return atomic_load_explicit(&((Obj *)o)->owner, memory_order_relaxed) == rc_fast_owner;
}

/*
 * The fast paths below are the hottest code in gilvm: a load, a compare with the immortal
 * mark, a compare of the owner (above), a store. Anything more (a branch on the policy, a
 * counter) measurably slowed every strategy, largely because the functions stopped being
 * inlined; the rest is in the slow paths (gil/refcount.c).
 */

/** Add a reference to object @p o. */
static inline void rc_incref(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (UNLIKELY(n == RC_IMMORTAL))
        return;
    if (LIKELY(rc_fast(o))) {
        atomic_store_explicit(&o->rc_local, n + 1, memory_order_relaxed);
        return;
    }
    rc_incref_slow(o);
}

/** Drop a reference to object @p o; frees it when the count reaches zero. */
static inline void rc_decref(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (UNLIKELY(n == RC_IMMORTAL))
        return;
    if (LIKELY(rc_fast(o))) {
        CHECK(n > 0);
        atomic_store_explicit(&o->rc_local, n - 1, memory_order_relaxed);
        if (UNLIKELY(n == 1))
            rc_zero_local(o);
        return;
    }
    rc_decref_slow(o);
}

/** The count in an `rc_shared` value (it may be negative under RC_BIASED). */
static inline int64_t rc_shared_count(intptr_t shared)
{
    return (int64_t)(shared - (shared & RC_SHARED_FLAGS)) / (1 << RC_SHARED_SHIFT);
}

/**
 * The current count of @p o (the merged count, for sys.getrefcount and the collector). Exact
 * only while no other thread changes it (the collector stops the world first).
 */
static inline int64_t rc_count(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (n == RC_IMMORTAL)
        return (int64_t)RC_IMMORTAL;
    return (int64_t)n + rc_shared_count(atomic_load_explicit(&o->rc_shared, memory_order_relaxed));
}

/**
 * True if the caller holds the only reference to @p o, so that it may be reused in place
 * (a float temporary taking the result of the operation that consumes it). Under RC_BIASED
 * only an owned object with no shared references qualifies: another thread's reference
 * may be in rc_shared.
 */
static inline bool rc_is_unique(Obj *o)
{
    if (LIKELY(rc_fast(o)))
        return atomic_load_explicit(&o->rc_local, memory_order_relaxed) == 1 &&
               atomic_load_explicit(&o->rc_shared, memory_order_relaxed) == 0;
    return rc_is_unique_slow(o);
}

/**
 * Make a dead object (count zero, being deallocated) hold one reference again for the calling
 * thread while its deallocation runs code that may take and drop references to it (closing a
 * generator). End with rc_resurrect_end().
 */
static inline void rc_resurrect_start(Obj *o)
{
    atomic_store_explicit(&o->owner, gil_rc_policy == RC_BIASED ? rc_thread_id : 0,
                          memory_order_relaxed);
    atomic_store_explicit(&o->rc_shared, 0, memory_order_relaxed);
    atomic_store_explicit(&o->rc_local, 1, memory_order_relaxed);
}

/**
 * Drop the reference rc_resurrect_start() gave. True if the object is dead again (the caller
 * goes on freeing it); false if the code it ran stored a reference somewhere (it lives on).
 */
bool rc_resurrect_end(Obj *o);

/**
 * RC_BIASED: move @p o's whole count to rc_shared and clear its owner, so that whichever thread
 * drops the last reference frees it. Only while the owner cannot run (the world is stopped).
 * Nothing under the other policies.
 */
void rc_disown(Obj *o);

/** Make @p o immortal: it is never counted again and never freed. */
static inline void rc_immortalize(Obj *o)
{
    atomic_store_explicit(&o->rc_local, RC_IMMORTAL, memory_order_relaxed);
}

/**
 * Free threading: whether objects that every thread uses are made immortal (rc_share());
 * set by the strategy, cleared by `--no-immortal` (::rc_share_off).
 */
extern bool rc_share_on;
/** `--no-immortal`: never make shared objects immortal (a lab shows the contention). */
extern bool rc_share_off;

/**
 * @p o will be used by every thread: a module-level function, its code and globals, a class,
 * a module. Under the free-threaded strategies every call or lookup would otherwise change
 * its count from every core at once, bouncing one cache line between them (PEP 703 defers
 * these counts; gilvm makes them immortal, which costs their memory until exit: see
 * docs/strategies.md). Nothing under the global-lock strategies.
 */
static inline void rc_share(Obj *o)
{
    if (UNLIKELY(rc_share_on))
        rc_immortalize(o);
}

/** True if @p o is immortal. */
static inline bool rc_is_immortal(const Obj *o)
{
    return atomic_load_explicit(&((Obj *)o)->rc_local, memory_order_relaxed) == RC_IMMORTAL;
}

/** Add a reference to value @p v (small ints need none). */
static inline void incref(Value v)
{
    if (IS_OBJ(v))
        rc_incref(AS_OBJ(v));
}

/** Drop a reference to value @p v. */
static inline void decref(Value v)
{
    if (IS_OBJ(v))
        rc_decref(AS_OBJ(v));
}

/** incref() that accepts ::VNULL. */
static inline void xincref(Value v)
{
    if (v != VNULL)
        incref(v);
}

/** decref() that accepts ::VNULL. */
static inline void xdecref(Value v)
{
    if (v != VNULL)
        decref(v);
}

/** incref and return the value: `return newref(x);`. */
static inline Value newref(Value v)
{
    incref(v);
    return v;
}

/** Replace the value in @p slot with @p v (stolen), dropping the old one after the store. */
static inline void setref(Value *slot, Value v)
{
    Value old = *slot;
    *slot = v;
    xdecref(old);
}

/** Clear @p slot to ::VNULL, dropping what it held after the store. */
static inline void clearref(Value *slot)
{
    Value old = *slot;
    *slot = VNULL;
    xdecref(old);
}

#endif
