// SPDX-License-Identifier: MIT
/**
 * @file runtime.h
 * @brief The runtime: state shared by all threads of one interpreter.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * There is one runtime per process. Code that has a thread state reaches it
 * as `ts->rt`; nothing else stores it.
 */
#ifndef GILVM_RUNTIME_H
#define GILVM_RUNTIME_H

#include <pthread.h>

#include "../gc/gc.h"
#include "../gil/strategy.h"
#include "../gil/thread.h"
#include "object.h"

/** Default recursion limit (sys.getrecursionlimit()), as CPython's. */
#define RUNTIME_RECURSION_LIMIT 1000
/** Hard cap on nested C-level evaluations, whatever the recursion limit: protects the C stack. */
#define RUNTIME_C_DEPTH_MAX 2800

/** State shared by every thread. */
typedef struct Runtime {
    const Strategy *strategy; /**< the active locking strategy */
    Value builtins;           /**< the builtins module's dict */
    Value modules;            /**< sys.modules */
    Value sys;                /**< the sys module */
    Value main_module;        /**< __main__ */
    Value interned;           /**< dict of interned strings (str -> itself) */
    Value script_dir;         /**< directory of the main script (str), or VNULL */
    int recursion_limit;      /**< sys.getrecursionlimit() */
    double switch_interval;   /**< sys.getswitchinterval(), seconds */
    int64_t int_max_str_digits; /**< sys.get_int_max_str_digits() */
    ThreadState *main_thread; /**< the thread that started the interpreter */
    ThreadState *threads;     /**< every live thread state (linked list) */
    pthread_mutex_t threads_lock; /**< protects @ref threads */
    GcState gc;               /**< the cycle collector */
    _Atomic int signal_pending; /**< a SIGINT arrived and is not yet handled */
    _Atomic bool finalizing;  /**< shutting down: threads that attach now exit instead */
    struct ThreadRecord *finished; /**< counters of the threads that have ended */
    size_t nfinished;         /**< how many */
    size_t cap_finished;      /**< allocated */
    pthread_mutex_t finished_lock; /**< protects @ref finished */
    _Atomic uint64_t start_ns; /**< when the runtime started, or the counters were last reset (cores used) */
} Runtime;

/** The counters of a thread that has ended (or a live one, in a report). */
typedef struct ThreadRecord {
    char name[64];     /**< its name */
    uint64_t id;       /**< its thread-state id */
    ThreadStats stats; /**< its counters */
} ThreadRecord;

/** Options for runtime_init(). */
typedef struct RuntimeOptions {
    const Strategy *strategy; /**< strategy to select (NULL: the default) */
    int argc;                 /**< sys.argv length */
    char **argv;              /**< sys.argv contents */
    const char *script_dir;   /**< directory searched first by import (sys.path[0]), or NULL */
} RuntimeOptions;

/** Create the runtime, its types, builtins and main thread state. NULL on failure. */
Runtime *runtime_init(const RuntimeOptions *opts);
/** Tear the runtime down: free modules, run a final collection, free thread states. */
void runtime_fini(Runtime *rt);

/**
 * End the calling (attached, non-main) thread: keep its counters in the
 * runtime's list of finished threads, detach, free its state.
 */
void runtime_thread_exit(ThreadState *ts);

/**
 * A snapshot of every thread's counters (live threads with their CPU time
 * so far, then finished ones), main thread first. Free with free().
 */
ThreadRecord *runtime_thread_records(Runtime *rt, size_t *n);

/** Zero the counters of every thread, live or finished (gilvm.reset_stats()). */
void runtime_reset_stats(Runtime *rt);

/** As CPython at exit: threading._shutdown() joins every non-daemon thread (if threading is loaded). */
void runtime_wait_threads(Runtime *rt);

/** Print the --stats table on @p out. */
void runtime_print_stats(Runtime *rt, FILE *out);

#endif
