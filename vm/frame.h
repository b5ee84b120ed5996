// SPDX-License-Identifier: MIT
/**
 * @file frame.h
 * @brief Frames: the activation records of Python calls.
 *
 * Who may include it: vm/ (eval loop, tracebacks, builtins that inspect frames).
 *
 * Frames live on a per-thread stack of Value-sized slots (in chunks that
 * are allocated once and reused), not on the heap: a call is a bump of
 * `ts->stack_top`, a return moves it back. Python-to-Python calls do not
 * recurse in C; the eval loop switches frames, so deep recursion is bounded
 * by the recursion limit and never by the C stack.
 */
#ifndef GILVM_FRAME_H
#define GILVM_FRAME_H

#include "../gil/thread.h"
#include "code.h"

/** One activation of a code object. */
typedef struct Frame {
    struct Frame *prev;    /**< the caller's frame, or NULL */
    Value func;            /**< the function (strong), or VNULL for module code */
    CodeObj *code;         /**< the code (strong) */
    Value globals;         /**< global namespace (strong) */
    Value builtins;        /**< builtins dict (strong) */
    Value locals;          /**< namespace dict for LOAD_NAME/STORE_NAME, or VNULL (strong) */
    const uint32_t *ip;    /**< next instruction, saved while a callee runs */
    Value *sp;             /**< stack pointer, saved while a callee runs */
    bool entry;            /**< returning from this frame returns from the C-level eval call */
    bool is_gen;           /**< owned by a generator (heap memory, survives a yield) */
    bool finished;         /**< a generator's frame that has returned or raised */
    Value init_obj;        /**< running `__init__` for a class call: returning gives this instance */
    Value localsplus[];    /**< fast locals, then the evaluation stack */
} Frame;

/** A chunk of the per-thread frame stack. */
typedef struct StackChunk {
    struct StackChunk *prev; /**< previous chunk */
    Value *saved_top;        /**< ts->stack_top when this chunk was pushed */
    Value *saved_limit;      /**< ts->stack_limit then */
    size_t size;             /**< slots in data */
    Value data[];            /**< the slots */
} StackChunk;

/** The index of the instruction a frame is executing (for tracebacks and line numbers). */
static inline uint32_t frame_lasti(const Frame *f)
{
    return f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code - 1) : 0;
}

#endif
