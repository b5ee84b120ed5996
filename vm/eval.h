// SPDX-License-Identifier: MIT
/**
 * @file eval.h
 * @brief The bytecode interpreter.
 *
 * Who may include it: vm/, gil/, tests/.
 */
#ifndef GILVM_EVAL_H
#define GILVM_EVAL_H

#include "../gil/thread.h"
#include "object.h"

/** Give the thread its first chunk of frame stack. 0 or -1 (MemoryError). */
int eval_thread_init(ThreadState *ts);
/** Free the thread's frame stack (no frames may be active). */
void eval_thread_fini(ThreadState *ts);

/** Run module-level @p code with @p globals (and @p locals, VNULL meaning globals). */
Value eval_code(ThreadState *ts, Value code, Value globals, Value locals);

/** Call Python function @p func from C (see ::CFunc for the argument convention). */
Value eval_call_function(ThreadState *ts, Value func, const Value *args, size_t nargs,
                         Value kwnames);

struct Frame;

/** A generator's frame: heap memory, arguments bound, not started. NULL on error. */
struct Frame *eval_gen_frame_new(ThreadState *ts, Value func, const Value *args, size_t nargs,
                                 Value kwnames);
/** Free a generator's frame (releasing what it holds if it did not finish). */
void eval_gen_frame_free(struct Frame *f);
/**
 * Run a generator's frame until it yields (the value is returned; the frame
 * is not finished) or returns/raises (frame->finished; the return value, or
 * VNULL with the exception). With @p throwing, the exception already set in
 * the thread state is raised at the suspended yield first.
 */
Value eval_gen_resume(ThreadState *ts, struct Frame *f, bool throwing);

/** Run a class body (function @p func) with namespace dict @p ns; returns what the body returns. */
Value eval_class_body(ThreadState *ts, Value func, Value ns);

/**
 * Handle the out-of-band work flagged in the eval breaker (signals, GC
 * requests, strategy requests). 0, or -1 with an exception (KeyboardInterrupt).
 */
int eval_handle_breaker(ThreadState *ts);

/** The name of a callable for argument error messages ("f", "print"). */
const char *eval_func_name(Value callable, char *buf, size_t size);

#endif
