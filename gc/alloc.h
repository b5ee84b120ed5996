// SPDX-License-Identifier: MIT
/**
 * @file alloc.h
 * @brief Allocating and freeing objects.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * alloc_object() and alloc_var_object() return an object with its header
 * initialised (type set, one reference owned by the caller, untracked).
 * The type's dealloc slot, when the count reaches zero, releases what the
 * object holds and ends with alloc_free().
 *
 * Small blocks are recycled through per-thread free lists (no lock, no
 * sharing), so a thread that creates and drops many floats or frames does
 * not touch malloc.
 *
 * Deallocation is depth-bounded: freeing a long chain of nested containers
 * would otherwise recurse once per level and overflow the C stack. Past a
 * fixed depth, objects whose count reaches zero are queued and freed by the
 * outermost deallocation in a loop (the idea of CPython's "trashcan").
 */
#ifndef GILVM_ALLOC_H
#define GILVM_ALLOC_H

#include "../vm/object.h"

/** Allocate an instance of fixed-size type @p t. NULL only if out of memory (MemoryError set). */
Obj *alloc_object(Type *t);
/** Allocate an instance of variable-size type @p t with room for @p n items. */
Obj *alloc_var_object(Type *t, size_t n);
/** Free the memory of @p o (called last by dealloc slots). */
void alloc_free(Obj *o);
/** Allocate @p size raw bytes from the thread's free lists or malloc; NULL sets MemoryError. */
void *alloc_raw(size_t size);
/** Release a block from alloc_raw() of the same @p size. */
void alloc_raw_free(void *p, size_t size);
/** Return the calling thread's cached blocks to malloc (thread exit, tests). */
void alloc_flush_freelists(void);

#endif
