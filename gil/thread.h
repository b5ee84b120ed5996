// SPDX-License-Identifier: MIT
/**
 * @file thread.h
 * @brief Thread states and the eval breaker.
 *
 * Who may include it: anything in vm/, gil/, gc/ and tests/.
 *
 * Every OS thread that runs Python code owns one ::ThreadState. Nothing in
 * gilvm keeps per-thread data in a global: code that is not handed the
 * thread state reaches it through thread_current(), one thread-local
 * pointer.
 *
 * ## The eval breaker
 *
 * One word of flag bits per thread. The eval loop reads it (one relaxed
 * load) on every backward jump and every call; when it is non-zero the loop
 * calls one handler (eval_handle_breaker() in vm/eval.c), which deals with
 * every kind of out-of-band work: pending signals (Ctrl-C raises
 * KeyboardInterrupt in the main thread), collector requests, and the bits a
 * strategy defines for itself. Any thread may set a bit in any thread's
 * word; only the owner clears its own.
 */
#ifndef GILVM_THREAD_H
#define GILVM_THREAD_H

#include "../vm/common.h"
#include "../vm/value.h"
#include "stats.h"

struct Runtime;
struct Frame;
struct StackChunk;
struct Obj;

/** Breaker bit: a signal handler ran (SIGINT); the main thread handles it. */
#define BREAKER_SIGNAL 0x0001u
/** Breaker bit: the cycle collector should run at the next check. */
#define BREAKER_GC 0x0002u
/** Breaker bit (gil): another thread waited a switch interval and asks for the lock. */
#define BREAKER_GIL_DROP 0x0004u
/** Breaker bit (gil-legacy): the thread's instruction budget ran out; release and retake. */
#define BREAKER_TICK 0x0008u
/** Breaker bit (free-threaded): another thread is stopping the world; stop (gil/stw.c). */
#define BREAKER_STW 0x0010u
/** Breaker bit (brc): objects were queued to this thread to merge their counts (gil/brc.c). */
#define BREAKER_BRC_MERGE 0x0020u
/** Breaker bit (brc): a thread waits for this one to pass a safe point (biased locks, gil/brc.c). */
#define BREAKER_SAFEPOINT 0x0040u

/** Number of size classes in a per-thread free list (16-byte steps). */
#define FREELIST_CLASSES 16
/** Most blocks kept per size class before memory goes back to malloc. */
#define FREELIST_MAX 256

/** Per-thread free lists of small memory blocks (gc/alloc.c). */
typedef struct FreeLists {
    void *head[FREELIST_CLASSES];      /**< singly linked free blocks per class */
    uint32_t count[FREELIST_CLASSES];  /**< blocks in each list */
} FreeLists;

/** A growable stack of object pointers (brc merge queues, lists of objects to free). */
typedef struct ObjStack {
    struct Obj **items; /**< the objects */
    size_t n;           /**< how many */
    size_t cap;         /**< allocated */
} ObjStack;

/** The state of one thread that runs Python code. */
typedef struct ThreadState {
    struct Runtime *rt;              /**< the runtime this thread belongs to */
    uintptr_t id;                    /**< unique non-zero id (owner id for biased counting) */
    _Atomic uint32_t eval_breaker;   /**< BREAKER_* bits (see the file comment) */
    struct ThreadState *next;        /**< next thread in the runtime's list */
    struct ThreadState *prev;        /**< previous thread in the runtime's list */

    /* Execution (vm/eval.c) */
    struct Frame *frame;             /**< innermost running frame, or NULL */
    struct StackChunk *chunk;        /**< current chunk of the frame/value stack */
    Value *stack_top;                /**< first free slot in @ref chunk */
    Value *stack_limit;              /**< end of @ref chunk */
    int py_depth;                    /**< Python frames in progress (recursion limit) */
    int c_depth;                     /**< nested C-level evaluations (C stack guard) */
    bool recursion_headroom;         /**< set while a RecursionError is being raised */
    char *c_stack_limit;             /**< lowest safe C stack address (see thread_c_stack_low) */

    /* Exceptions (vm/exc.c) */
    Value exc;                       /**< exception being raised, or VNULL */
    Value handled;                   /**< exception being handled (bare raise, context), or VNULL */
    Value repr_active;               /**< list of containers whose repr is in progress, or VNULL */

    /* Threads and the strategy (gil/) */
    uint64_t hold_start_ns;          /**< when the thread last took the global lock */
    _Atomic uint64_t start_ns;       /**< when the thread started, or the counters were reset */
    _Atomic uint64_t cpu_base_ns;    /**< its CPU time then (see thread_cpu_ns()) */
    clockid_t cpu_clock;             /**< the thread's CPU-time clock, readable from other threads */
    int32_t ticks;                   /**< instructions left before the next check (gil-legacy) */
    int32_t tick_interval;           /**< instructions between checks, or 0 when not counted */
    bool attached;                   /**< currently attached (holds the right to touch the heap) */
    bool recorded;                   /**< its counters are among the finished threads' (the runtime's finished_lock) */
    char name[64];                   /**< the thread's name (threading.Thread.name), for reports */
    ThreadStats stats;               /**< this thread's counters */

    /* Free threading (gil/stw.c, gil/brc.c) */
    _Atomic int ft_state;            /**< FT_ATTACHED, FT_DETACHED or FT_SUSPENDED (gil/stw.h) */
    bool stw_counted;                /**< a stop-the-world waits for this thread (stw.c's mutex) */
    uint64_t stw_start_ns;           /**< when this thread's stop of the world began */
    uintptr_t rc_new_owner;          /**< owner id its new objects get: its id under brc, else 0 */
    struct RcCounters *rc;           /**< its reference-count counters (a thread-local) */
    struct MutexStats *locks;        /**< its object-lock counters (a thread-local, gil/lock.h) */
    struct ThreadState *brc_next;    /**< next thread in its brc registry bucket */
    ObjStack brc_queue;              /**< objects queued to it for a merge (its bucket's mutex) */
    _Atomic uint64_t safepoints;     /**< safe points it acknowledged (biased locks, gil/brc.c) */
    _Atomic bool safe_all;           /**< waiting in a stop of the world: inside no critical section */
    _Atomic bool safe_lists;         /**< waiting to revoke a list bias: inside no list section (gc/gc.c) */
    _Atomic int pins;                /**< threads waiting on it that read its state: not freed until 0 */

    /* Collector (gc/gc.c), free threading */
    struct GcList *gc_young;         /**< the objects it tracked since the last collection */
    int gc_delta;                    /**< allocations minus frees not yet added to the count */

    /* Memory (gc/alloc.c) */
    int dealloc_depth;               /**< nesting of deallocations in progress */
    struct Obj *dealloc_pending;     /**< deallocations deferred to bound the C stack */
    FreeLists freelists;             /**< small-block free lists */
} ThreadState;

/**
 * Copy the counters @p ts keeps in thread-locals (reference counts, object locks) into its
 * ThreadStats, for a report. Any thread may call it while @p ts is alive.
 */
void thread_stats_sync(ThreadState *ts);
/** Zero @p ts's counters, thread-locals included. */
void thread_stats_reset(ThreadState *ts);

/** The calling thread's state (NULL in a thread that runs no Python code). */
extern _Thread_local ThreadState *thread_current_state;

/** The calling thread's state. */
static inline ThreadState *thread_current(void)
{
    return thread_current_state;
}

/** Create a thread state for the calling OS thread and make it current. */
ThreadState *thread_state_new(struct Runtime *rt);
/** Unlink and free a thread state (its Python frames must be gone). */
void thread_state_free(ThreadState *ts);
/**
 * CPU time @p ts has used since it started or its counters were last reset, in nanoseconds.
 * Another thread may ask only while @p ts is still registered (under the runtime's
 * threads_lock): its clock ends with it.
 */
uint64_t thread_cpu_ns(ThreadState *ts);
/** Start @p ts's wall and CPU time over from now (gilvm.reset_stats()); same rule. */
void thread_restart_clocks(ThreadState *ts);

/**
 * True when the calling thread's C stack is nearly exhausted. Recursion
 * that goes through C (nested reprs, comparisons, calls from builtins back
 * into Python) checks this and raises RecursionError, whatever the
 * recursion limit, so that no program can overflow the C stack.
 */
static inline bool thread_c_stack_low(ThreadState *ts)
{
    return (uintptr_t)__builtin_frame_address(0) < (uintptr_t)ts->c_stack_limit;
}

/** Set breaker bits in @p ts (any thread may call this). */
static inline void thread_breaker_set(ThreadState *ts, uint32_t bits)
{
    atomic_fetch_or_explicit(&ts->eval_breaker, bits, memory_order_release);
}

/** Clear breaker bits in the calling thread's own state. */
static inline void thread_breaker_clear(ThreadState *ts, uint32_t bits)
{
    atomic_fetch_and_explicit(&ts->eval_breaker, ~bits, memory_order_relaxed);
}

/** Non-zero if any breaker bit is set (the eval loop's check). */
static inline uint32_t thread_breaker_pending(ThreadState *ts)
{
    return atomic_load_explicit(&ts->eval_breaker, memory_order_relaxed);
}

#endif
