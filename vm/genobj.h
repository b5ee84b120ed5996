// SPDX-License-Identifier: MIT
/**
 * @file genobj.h
 * @brief Generators: functions whose frames survive a `yield`.
 *
 * Who may include it: vm/.
 *
 * Calling a generator function binds the arguments into a frame allocated
 * on the heap (not on the thread's frame stack) and returns a generator
 * object holding it. Each next()/send() links the frame into the calling
 * thread's frame chain and runs it in the eval loop until it yields (the
 * frame is left intact, its instruction pointer at the next instruction)
 * or returns (StopIteration carries the return value). The generator
 * keeps its own "exception being handled", swapped in and out around each
 * resumption, so `raise` inside an except block that yields still works.
 */
#ifndef GILVM_GENOBJ_H
#define GILVM_GENOBJ_H

#include "../gil/thread.h"
#include "object.h"

struct Frame;

/** A generator. */
typedef struct GenObj {
    Obj base;            /**< header */
    struct Frame *frame; /**< its frame (heap), or NULL once freed */
    Value name;          /**< `__name__` */
    Value qualname;      /**< `__qualname__` */
    Value handled;       /**< exception being handled inside it while suspended, or VNULL */
    _Atomic bool running; /**< executing now, in some thread (re-entry is an error) */
    bool started;        /**< has run at least once */
} GenObj;

/** The type generator. */
extern Type gen_type;

/** Call generator function @p func: a new generator (the body does not run yet). */
Value gen_new_from_call(ThreadState *ts, Value func, const Value *args, size_t nargs,
                        Value kwnames);

/**
 * gen.send(v): the next yielded value; when the generator returns,
 * VNULL with StopIteration(return value) raised.
 */
Value gen_send_value(Value gen, Value v, bool unused);

/**
 * After a failed send/next: if the exception is StopIteration (or there is
 * none), take its value (None if none) into *out and clear it: 0. Any other
 * exception stays: -1.
 */
int gen_fetch_stop_value(Value *out);

#endif
