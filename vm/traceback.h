// SPDX-License-Identifier: MIT
/**
 * @file traceback.h
 * @brief Traceback entries, and printing an exception the way CPython does.
 *
 * Who may include it: vm/.
 *
 * While an exception travels up the stack, each frame it passes adds one
 * entry (code object and line) to the front of the exception's
 * `__traceback__`, so the list reads from the outermost call to the point
 * of the raise, the order tracebacks print in.
 */
#ifndef GILVM_TRACEBACK_H
#define GILVM_TRACEBACK_H

#include <stdio.h>

#include "../gil/thread.h"
#include "object.h"

struct Frame;

/** One traceback entry. */
typedef struct TracebackObj {
    Obj base;   /**< header */
    Value next; /**< the entry of the frame called from here, or VNULL */
    Value code; /**< the code object that was running */
    int line;   /**< the line it was at */
} TracebackObj;

/** The type traceback. */
extern Type traceback_type;

/** Add an entry for @p frame (at its current instruction) to the exception being raised. */
void traceback_here(ThreadState *ts, struct Frame *frame);

/**
 * Print @p exc as CPython's default excepthook does: chained exceptions
 * first ("During handling of the above exception..."), each with
 * "Traceback (most recent call last):", its entries with source lines, then
 * "Type: message". SyntaxErrors show the offending line and a caret.
 */
void traceback_print_exception(Value exc, FILE *out);

#endif
