// SPDX-License-Identifier: MIT
/**
 * @file brc.h
 * @brief Biased reference counting: the merge queues (gil/brc.c).
 *
 * Who may include it: gil/, gc/, tests/.
 */
#ifndef GILVM_BRC_H
#define GILVM_BRC_H

#include "../vm/object.h"
#include "thread.h"

/**
 * A non-owner's decref found @p o's shared count at zero: queue it to its owner, who will
 * merge the two counts (and free the object if they sum to zero). Steals the reference.
 */
void brc_queue_object(Obj *o);
/** The calling thread merges the objects queued to it (BREAKER_BRC_MERGE). */
void brc_merge_queue(ThreadState *ts);
/** The calling thread starts: other threads can now queue objects to it. */
void brc_thread_init(ThreadState *ts);
/** The calling thread ends: it merges its queue and leaves the registry for good. */
void brc_thread_exit(ThreadState *ts);
/**
 * With the world stopped: merge every thread's queue; objects whose count reaches zero go on
 * @p dead, to be freed once the world runs again (freeing may run Python code).
 */
void brc_merge_all_stopped(struct Runtime *rt, ObjStack *dead);
/**
 * Merge @p o's two counts into rc_shared, adding @p extra; return the merged count. Only the
 * owner may call it, or anyone while the owner is stopped, suspended or gone.
 */
int64_t rc_explicit_merge(Obj *o, int64_t extra);

/**
 * Revoke the bias of @p o's lock toward its owner thread (another thread than the caller):
 * on return no thread enters a section on @p o by bias any more, and none is inside one.
 * May wait (detached) for the owner to pass a safe point.
 */
void bias_revoke(Obj *o);
/**
 * bias_revoke() for any lock byte biased toward the thread in @p owner (gc/gc.c's lists).
 * @p detach: detach while waiting (false when the caller may be inside a critical section,
 * whose object must not be seen half changed by a collection).
 */
void bias_revoke_lock(_Atomic uint8_t *lock, _Atomic uintptr_t *owner, bool detach);

/** Push @p o on @p s; false when out of memory. */
bool objstack_push(ObjStack *s, Obj *o);
/** Free @p s's storage (the objects are not touched). */
void objstack_free(ObjStack *s);

#endif
