// SPDX-License-Identifier: MIT
/**
 * @file strategy.h
 * @brief The strategy interface: every decision about threads sharing the heap.
 *
 * Who may include it: vm/ (runtime start-up, eval loop, blocking builtins),
 * gil/, gc/, tests/.
 *
 * A strategy is a table of a few functions and policies. The VM calls them
 * and never asks which strategy is active:
 *
 * - attach()/detach(): the thread starts or stops touching the heap. Code
 *   that may block (sleep, lock waits, joins, I/O) detaches first and
 *   attaches after. Under a global lock this releases and retakes it.
 * - handle_breaker(): the eval loop found one of the strategy's own bits set
 *   in the thread's eval breaker (for example a drop request).
 * - the reference-count policy (gil/refcount.h).
 *
 * Adding a strategy is one new file in gil/ defining a ::Strategy and one
 * line in the registry table in gil/strategy.c (docs/strategies.md).
 */
#ifndef GILVM_STRATEGY_H
#define GILVM_STRATEGY_H

#include "../vm/object.h"
#include "thread.h"

struct Runtime;

/** One locking design. */
typedef struct Strategy {
    const char *name;    /**< the `--strategy` name */
    const char *summary; /**< one line for `--list-strategies` */
    RcPolicy rc_policy;  /**< how reference counts are kept */
    bool gil_enabled;    /**< a global lock serialises threads (sys._is_gil_enabled()) */
    /** No global lock: threads run at once, the collector stops the world, objects lock. */
    bool free_threaded;
    /** Set up the strategy's shared state; called once, before any thread attaches. */
    void (*init)(struct Runtime *rt);
    /** The calling thread begins to run Python code / touch the heap. */
    void (*attach)(ThreadState *ts);
    /** The calling thread stops touching the heap (it is about to block). */
    void (*detach)(ThreadState *ts);
    /** Handle the strategy's own eval-breaker bits; may be NULL. */
    void (*handle_breaker)(ThreadState *ts, uint32_t bits);
    /** A thread state was created, by the thread itself, before it first attaches; may be NULL. */
    void (*thread_init)(ThreadState *ts);
    /** The calling thread is about to end (attached, its frames gone); may be NULL. */
    void (*thread_exit)(ThreadState *ts);
    /**
     * The world has been stopped (by the cycle collector): make the counts whole. Objects
     * whose count reaches zero go on @p dead, freed after the restart. May be NULL.
     */
    void (*world_stopped)(struct Runtime *rt, ObjStack *dead);
    /**
     * The runtime is about to free the heap (after joining the non-daemon threads): keep
     * every other thread away from it for good. NULL: the global lock does (daemon threads
     * end when they next take it).
     */
    void (*finalize)(ThreadState *ts);
    /** Stop every other thread until exclusive_end() (NULL: the global lock already does). */
    void (*exclusive_begin)(ThreadState *ts);
    /** Let the threads exclusive_begin() stopped run again. */
    void (*exclusive_end)(ThreadState *ts);
    /**
     * Drop a reference once no other thread can be using the object through a borrowed
     * pointer (NULL: now; under a global lock no other thread runs meanwhile).
     */
    void (*release_later)(ThreadState *ts, Value v);
} Strategy;

/** The registry: every strategy, NULL-terminated, default first. */
extern const Strategy *const strategy_registry[];

/** The strategy called @p name, or NULL. */
const Strategy *strategy_find(const char *name);

/** Make @p s the active strategy; only while no thread is attached. */
void strategy_select(struct Runtime *rt, const Strategy *s);

/** Write "a, b, c": the valid names, for error messages. */
void strategy_names(char *buf, size_t size);

/** The calling thread attaches (strategy's attach). */
void strategy_attach(ThreadState *ts);
/** The calling thread detaches before blocking (strategy's detach). */
void strategy_detach(ThreadState *ts);
/**
 * The strategy's handle_breaker() for @p bits, then, if the lock changed hands
 * meanwhile and the runtime started finalizing, end the calling thread (not the
 * main thread) as strategy_attach() does.
 */
void strategy_handle_breaker(ThreadState *ts, uint32_t bits);

/** Start using thread state @p ts (its own thread, before it first attaches). */
void strategy_thread_init(ThreadState *ts);
/** The calling thread, attached, is about to end. */
void strategy_thread_exit(ThreadState *ts);
/**
 * Run alone: no other thread touches the heap until strategy_exclusive_end() (changes to
 * what every thread reads without locks, such as a type's slots). No Python code may run
 * meanwhile.
 */
void strategy_exclusive_begin(ThreadState *ts);
/** End strategy_exclusive_begin(). */
void strategy_exclusive_end(ThreadState *ts);
/**
 * Drop the reference @p v (stolen; ::VNULL allowed) once no other thread can still be using it
 * through a borrowed pointer: a replaced class attribute, which type lookups return borrowed.
 */
void strategy_release_later(ThreadState *ts, Value v);
/** The runtime is about to free the heap (strategy's finalize). */
void strategy_finalize(ThreadState *ts);

/** gil-legacy: set the check interval (instructions) if @p interval > 0; returns the old one. */
int gil_legacy_check_interval(int interval);

#endif
