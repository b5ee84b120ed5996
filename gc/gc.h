// SPDX-License-Identifier: MIT
/**
 * @file gc.h
 * @brief The cycle collector.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * Reference counting frees most objects the moment they become garbage; it
 * cannot free a group of objects that refer to each other (a list that
 * contains itself, two dicts pointing at each other, a closure whose cell
 * holds the function). The collector finds such groups.
 *
 * Container objects (types with TYPE_GC) carry a ::GCHead before their
 * header and sit in one of three generation lists while they are tracked.
 * A collection of generation g examines the lists of generations 0..g:
 *
 * 1. copy each object's reference count into `gc_refs`;
 * 2. for every reference from one examined object to another, subtract one
 *    from the referent's `gc_refs` (traverse slot). What is left counts the
 *    references from outside the examined set;
 * 3. objects with `gc_refs > 0` are reachable from outside, and so is
 *    everything they reach: move those back;
 * 4. the rest is unreachable garbage: hold a reference to each, call its
 *    clear slot to break the cycle, and let reference counting free it.
 *
 * Survivors move to the next generation. As in CPython, a collection of
 * generation 0 runs when tracked allocations exceed deallocations by the
 * threshold (700), and older generations every 10 collections of the
 * younger one; gc.collect() collects all three. A generation-0 threshold of
 * 0 turns automatic collection off (gc.set_threshold(0)).
 *
 * An automatic full collection also waits until the objects that reached
 * the oldest generation since the last one number at least a quarter of
 * those the last one kept (CPython's rule). Without it, a program that
 * builds a large structure (a million-element list of lists, a deep
 * recursion) would re-examine everything it built so far every 121 young
 * collections: quadratic time.
 */
#ifndef GILVM_GC_H
#define GILVM_GC_H

#include <pthread.h>

#include "../gil/thread.h"
#include "../vm/object.h"

/** Links every tracked object into its generation list; sits before the ::Obj. */
typedef struct GCHead {
    struct GCHead *next; /**< next in the generation list */
    struct GCHead *prev; /**< previous in the generation list */
    /** Outside a collection: the ::GcList the object is in; during one: a scratch count. */
    intptr_t refs;
} GCHead;

/**
 * A list of tracked objects: a generation, a thread's young objects (free threading), or a
 * collection's garbage. Each object's GCHead::refs names its list, so that a thread can
 * untrack an object that another thread tracked: it takes that list's lock.
 */
typedef struct GcList {
    GCHead head;             /**< sentinel of the circular list */
    _Atomic uintptr_t owner; /**< brc: the thread it is biased toward (its young list); else 0 */
    _Atomic uint8_t lock;    /**< guards the links when the collector is threaded (gil/mutex.h) */
} GcList;

/** The GC header of a tracked-type object. */
#define GC_HEAD(o) ((GCHead *)(o) - 1)
/** The object following a GC header. */
#define GC_OBJ(g) ((Obj *)((GCHead *)(g) + 1))

/** gc_bits: the object is in a generation list. */
#define GC_TRACKED 0x01
/** gc_bits: the object is in the set a collection examines. */
#define GC_COLLECTING 0x04
/** gc_bits: during a collection, tentatively unreachable. */
#define GC_UNREACHABLE 0x08

/** Number of generations. */
#define GC_GENERATIONS 3

/** One generation: a circular list with a sentinel head. */
typedef struct GcGeneration {
    GcList list;       /**< the objects */
    int threshold;     /**< collect when count exceeds this */
    int count;         /**< allocations (gen 0) or younger collections since last */
} GcGeneration;

/** The collector's state, part of the runtime. */
typedef struct GcState {
    GcGeneration gen[GC_GENERATIONS]; /**< the generations, youngest first */
    /**
     * Free-threaded strategy: each thread tracks new objects in a young list of its own,
     * lists are locked, counts are batched per thread, collections stop the world.
     */
    bool threaded;
    pthread_mutex_t lock;             /**< guards the counts and the spare young lists when @ref threaded */
    struct GcListPool *spare;         /**< young lists of ended threads, for reuse (@ref lock) */
    _Atomic bool enabled;             /**< automatic collection (gc.enable/disable) */
    _Atomic bool collecting;          /**< a collection is in progress */
    int64_t long_lived_total;         /**< objects the last full collection kept */
    int64_t long_lived_pending;       /**< objects moved to the oldest generation since */
    int64_t collections;              /**< collections run */
    int64_t collected;                /**< objects freed by collections */
    double pause_total;               /**< seconds spent collecting */
} GcState;

struct Runtime;

/** Initialise the collector's lists. */
void gc_init(GcState *gc);
/** Start tracking @p o (a TYPE_GC object whose fields are all initialised). */
void gc_track(Obj *o);
/** Stop tracking @p o (before its dealloc touches its fields). */
void gc_untrack(Obj *o);
/** True if @p o is tracked. */
static inline bool gc_is_tracked(const Obj *o)
{
    return (o->gc_bits & GC_TRACKED) != 0;
}
/** Collect generations 0..@p generation; returns the number of unreachable objects found. */
int64_t gc_collect(struct Runtime *rt, int generation);
/** Run an automatic collection if the thresholds say so (called on allocation). */
void gc_maybe_collect(struct Runtime *rt);
/** Number of objects currently tracked in all generations (tests, stats). */
int64_t gc_tracked_count(struct Runtime *rt);
/** A tracked-type object was allocated (counts toward the next automatic collection). */
void gc_count_alloc(struct Runtime *rt);
/** A tracked-type object was freed. */
void gc_count_free(struct Runtime *rt);
/**
 * The runtime is done with the heap: free the collector's own memory (the main thread
 * @p ts's young list and the spare ones). Nothing may be tracked or untracked after.
 */
void gc_fini(GcState *gc, ThreadState *ts);
/** The calling thread (attached) ends: its young objects join generation 0. */
void gc_thread_exit(ThreadState *ts);

#endif
