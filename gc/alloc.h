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

/**
 * alloc_object() for a small, ready, untracked type, without zeroing the
 * body: the caller sets every field. The common case is a pop from the
 * thread's free list and four stores (floats use it).
 */
static inline Obj *alloc_object_uninit(Type *t);

/**
 * alloc_free() for an object of a static, untracked type (no GC header):
 * back onto the thread's free list when there is room.
 */
static inline void alloc_free_plain(Obj *o);
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

/** @cond INTERNAL */
#include "../gil/thread.h"

#ifdef GILVM_ASAN
#define ALLOC_FREELISTS 0
#else
#define ALLOC_FREELISTS 1
#endif
/** Bit position of the size class in Obj::flags. */
#define ALLOC_CLASS_SHIFT 8

static inline Obj *alloc_object_uninit(Type *t)
{
    size_t cls = (t->basicsize + 15) / 16;
    ThreadState *ts = thread_current();
    if (ALLOC_FREELISTS && LIKELY(cls <= FREELIST_CLASSES && ts != NULL)) {
        void *p = ts->freelists.head[cls - 1];
        if (LIKELY(p != NULL)) {
            ts->freelists.head[cls - 1] = *(void **)p;
            ts->freelists.count[cls - 1]--;
            Obj *o = p;
            atomic_store_explicit(&o->owner, ts->rc_new_owner, memory_order_relaxed);
            o->flags = (uint16_t)(cls << ALLOC_CLASS_SHIFT);
            atomic_store_explicit(&o->lock, 0, memory_order_relaxed);
            o->gc_bits = 0;
            atomic_store_explicit(&o->rc_local, 1, memory_order_relaxed);
            atomic_store_explicit(&o->rc_shared, 0, memory_order_relaxed);
            o->type = t;
            return o;
        }
    }
    return alloc_object(t);
}

static inline void alloc_free_plain(Obj *o)
{
    size_t cls = (o->flags >> ALLOC_CLASS_SHIFT) & 0xFF;
    ThreadState *ts = thread_current();
    if (ALLOC_FREELISTS && LIKELY(cls != 0 && ts != NULL) &&
        ts->freelists.count[cls - 1] < FREELIST_MAX) {
        *(void **)o = ts->freelists.head[cls - 1];
        ts->freelists.head[cls - 1] = o;
        ts->freelists.count[cls - 1]++;
        return;
    }
    alloc_free(o);
}
/** @endcond */

#endif
