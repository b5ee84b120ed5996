// SPDX-License-Identifier: MIT
/**
 * @file refcount.c
 * @brief The slow paths of reference counting: atomic changes, and biased counting's
 *        shared count and merges (the protocol is explained in gil/brc.c).
 */
#include "../vm/object.h"

#include "brc.h"

RcPolicy gil_rc_policy = RC_PLAIN;
bool rc_share_on;
bool rc_count_fast;
bool rc_share_off;
_Thread_local uintptr_t rc_thread_id;
_Thread_local uintptr_t rc_fast_owner;
_Thread_local RcCounters rc_counters;

void rc_thread_start(uintptr_t id)
{
    rc_thread_id = id;
    if (gil_rc_policy == RC_PLAIN)
        rc_fast_owner = 0;
    else
        rc_fast_owner = rc_count_fast ? UINTPTR_MAX : id;
}

void rc_incref_slow(Obj *o)
{
    if (gil_rc_policy == RC_PLAIN || (gil_rc_policy == RC_BIASED && rc_owned_by_me(o))) {
        /* A plain change counted (rc_count_fast) */
        uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
        atomic_store_explicit(&o->rc_local, n + 1, memory_order_relaxed);
        rc_counter_inc(&rc_counters.local);
        return;
    }
    rc_counter_inc(&rc_counters.atomic);
    if (gil_rc_policy == RC_ATOMIC) {
        atomic_fetch_add_explicit(&o->rc_local, 1, memory_order_relaxed);
        return;
    }
    /* A new reference needs no ordering: the caller already holds one. */
    atomic_fetch_add_explicit(&o->rc_shared, 1 << RC_SHARED_SHIFT, memory_order_relaxed);
}

void rc_decref_slow(Obj *o)
{
    if (gil_rc_policy == RC_PLAIN || (gil_rc_policy == RC_BIASED && rc_owned_by_me(o))) {
        /* A plain change counted (rc_count_fast) */
        uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
        atomic_store_explicit(&o->rc_local, n - 1, memory_order_relaxed);
        rc_counter_inc(&rc_counters.local);
        if (n == 1)
            rc_zero_local(o);
        return;
    }
    rc_counter_inc(&rc_counters.atomic);
    if (gil_rc_policy == RC_ATOMIC) {
        /* Release: this thread's uses of the object come before its freeing; acquire: the
         * thread that frees sees every other thread's uses. */
        if (atomic_fetch_sub_explicit(&o->rc_local, 1, memory_order_acq_rel) == 1)
            alloc_dealloc(o);
        return;
    }
    intptr_t shared = atomic_load_explicit(&o->rc_shared, memory_order_relaxed);
    intptr_t next;
    bool queue;
    do {
        /* A shared count at zero with no state bits is about to go negative: instead of
         * decrementing, hand this reference to the owner's merge queue (QUEUED). */
        queue = shared == 0;
        next = queue ? RC_SHARED_QUEUED : shared - (1 << RC_SHARED_SHIFT);
    } while (!atomic_compare_exchange_weak_explicit(&o->rc_shared, &shared, next,
                                                    memory_order_acq_rel, memory_order_relaxed));
    if (queue)
        brc_queue_object(o);
    else if (next == RC_SHARED_MERGED)
        alloc_dealloc(o); /* merged and the count reached zero */
}

bool rc_is_unique_slow(Obj *o)
{
    if (gil_rc_policy == RC_ATOMIC)
        return atomic_load_explicit(&o->rc_local, memory_order_acquire) == 1;
    return atomic_load_explicit(&o->rc_local, memory_order_relaxed) == 1 &&
           (gil_rc_policy == RC_PLAIN ||
            (rc_owned_by_me(o) && atomic_load_explicit(&o->rc_shared, memory_order_relaxed) == 0));
}

void rc_zero_local(Obj *o)
{
    intptr_t shared = atomic_load_explicit(&o->rc_shared, memory_order_acquire);
    if (shared == 0) {
        alloc_dealloc(o); /* nobody else holds or held a reference */
        return;
    }
    /* Other threads hold references (or one queued it): give up ownership. No owner means
     * merged: from now on every change goes to rc_shared. */
    atomic_store_explicit(&o->owner, 0, memory_order_relaxed);
    intptr_t next;
    do {
        next = (shared & ~(intptr_t)RC_SHARED_FLAGS) | RC_SHARED_MERGED;
    } while (!atomic_compare_exchange_weak_explicit(&o->rc_shared, &shared, next,
                                                    memory_order_acq_rel, memory_order_acquire));
    rc_counter_inc(&rc_counters.merged);
    if (next == RC_SHARED_MERGED)
        alloc_dealloc(o);
}

int64_t rc_explicit_merge(Obj *o, int64_t extra)
{
    uint32_t local = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    atomic_store_explicit(&o->rc_local, 0, memory_order_relaxed);
    atomic_store_explicit(&o->owner, 0, memory_order_relaxed);
    intptr_t shared = atomic_load_explicit(&o->rc_shared, memory_order_relaxed);
    int64_t count;
    intptr_t next;
    do {
        count = rc_shared_count(shared) + (int64_t)local + extra;
        next = (intptr_t)(count * (1 << RC_SHARED_SHIFT)) | RC_SHARED_MERGED;
    } while (!atomic_compare_exchange_weak_explicit(&o->rc_shared, &shared, next,
                                                    memory_order_acq_rel, memory_order_relaxed));
    rc_counter_inc(&rc_counters.merged);
    return count;
}

void rc_disown(Obj *o)
{
    if (gil_rc_policy == RC_BIASED && atomic_load_explicit(&o->owner, memory_order_relaxed) != 0)
        rc_explicit_merge(o, 0);
}

bool rc_resurrect_end(Obj *o)
{
    uint32_t n = atomic_load_explicit(&o->rc_local, memory_order_relaxed);
    if (gil_rc_policy == RC_PLAIN ||
        (gil_rc_policy == RC_BIASED && rc_owned_by_me(o) &&
         atomic_load_explicit(&o->rc_shared, memory_order_acquire) == 0)) {
        atomic_store_explicit(&o->rc_local, n - 1, memory_order_relaxed);
        return n == 1;
    }
    if (gil_rc_policy == RC_ATOMIC)
        return atomic_fetch_sub_explicit(&o->rc_local, 1, memory_order_acq_rel) == 1;
    /* Biased, and a reference went to another thread: merge, then drop ours. */
    return rc_explicit_merge(o, -1) == 0;
}
