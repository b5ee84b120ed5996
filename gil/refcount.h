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
    RC_PLAIN, /**< non-atomic single count; a global lock serialises threads */
} RcPolicy;

/** The active policy; written only while one thread exists (gil/strategy.c). */
extern RcPolicy gil_rc_policy;

/** Called when an object's count reaches zero (gc/alloc.c). */
void alloc_dealloc(Obj *o);

/** Add a reference to object @p o. */
static inline void rc_incref(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (UNLIKELY(n == RC_IMMORTAL))
        return;
    atomic_store_explicit(&o->rc_local, n + 1, memory_order_relaxed);
}

/** Drop a reference to object @p o; frees it when the count reaches zero. */
static inline void rc_decref(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (UNLIKELY(n == RC_IMMORTAL))
        return;
    CHECK(n > 0);
    atomic_store_explicit(&o->rc_local, n - 1, memory_order_relaxed);
    if (n == 1)
        alloc_dealloc(o);
}

/** The current count of @p o (the merged count, for sys.getrefcount). */
static inline int64_t rc_count(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (n == RC_IMMORTAL)
        return (int64_t)RC_IMMORTAL;
    return (int64_t)n + atomic_load_explicit(&o->rc_shared, memory_order_relaxed);
}

/**
 * True if the caller holds the only reference to @p o, so that it may be reused in place
 * (a float temporary taking the result of the operation that consumes it).
 */
static inline bool rc_is_unique(Obj *o)
{
    return rc_count(o) == 1;
}

/** Make @p o immortal: it is never counted again and never freed. */
static inline void rc_immortalize(Obj *o)
{
    atomic_store_explicit(&o->rc_local, RC_IMMORTAL, memory_order_relaxed);
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
