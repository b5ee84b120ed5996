// SPDX-License-Identifier: MIT
/**
 * @file alloc.c
 * @brief Object allocation, per-thread free lists, depth-bounded deallocation.
 *
 * Blocks up to FREELIST_CLASSES * 16 bytes are rounded up to a multiple of
 * 16 and recycled through the calling thread's free list of that size
 * class. The class is recorded in the object's flags (bits 8-15), so freeing
 * needs no size from the caller; 0 there means the block came from malloc
 * directly.
 *
 * Under GILVM_DEBUG_STRESS_GC (vm/common.h), every allocation of a tracked
 * type first runs a full collection. That is safe here: the new object does
 * not exist yet, and everything a caller is building holds counted
 * references, so the collector sees it as reachable from outside.
 */
#include "alloc.h"

#include "../gil/thread.h"
#include "../vm/exc.h"
#include "../vm/runtime.h"
#include "gc.h"

#define SIZE_CLASS_SHIFT ALLOC_CLASS_SHIFT
#define SIZE_CLASS_MASK 0xFF00
/** Nesting of deallocations beyond which further ones are queued (C stack bound). */
#define DEALLOC_MAX_DEPTH 64

#ifdef GILVM_ASAN
#define USE_FREELISTS 0
#else
#define USE_FREELISTS 1
#endif

static inline size_t size_class(size_t size)
{
    return (size + 15) / 16; /* 1-based; 0 for size 0 */
}

void *alloc_raw(size_t size)
{
    size_t cls = size_class(size);
    if (USE_FREELISTS && cls >= 1 && cls <= FREELIST_CLASSES) {
        ThreadState *ts = thread_current();
        if (ts != NULL) {
            FreeLists *fl = &ts->freelists;
            void *p = fl->head[cls - 1];
            if (p != NULL) {
                fl->head[cls - 1] = *(void **)p;
                fl->count[cls - 1]--;
                return p;
            }
        }
        size = cls * 16;
    }
    void *p = malloc(size == 0 ? 1 : size);
    if (p == NULL)
        exc_nomemory();
    return p;
}

void alloc_raw_free(void *p, size_t size)
{
    size_t cls = size_class(size);
    if (USE_FREELISTS && cls >= 1 && cls <= FREELIST_CLASSES) {
        ThreadState *ts = thread_current();
        if (ts != NULL && ts->freelists.count[cls - 1] < FREELIST_MAX) {
            FreeLists *fl = &ts->freelists;
            *(void **)p = fl->head[cls - 1];
            fl->head[cls - 1] = p;
            fl->count[cls - 1]++;
            return;
        }
    }
    free(p);
}

void alloc_flush_freelists(void)
{
    ThreadState *ts = thread_current();
    if (ts == NULL)
        return;
    for (size_t c = 0; c < FREELIST_CLASSES; c++) {
        void *p = ts->freelists.head[c];
        while (p != NULL) {
            void *next = *(void **)p;
            free(p);
            p = next;
        }
        ts->freelists.head[c] = NULL;
        ts->freelists.count[c] = 0;
    }
}

Obj *alloc_var_object(Type *t, size_t n)
{
    if (UNLIKELY(!(t->flags & TYPE_READY)) && type_ready(t) < 0)
        return NULL;
#ifdef GILVM_DEBUG_STRESS_GC
    if (t->flags & TYPE_GC) {
        Runtime *rt = thread_current()->rt;
        if (rt->gc.enabled && !rt->gc.collecting)
            gc_collect(rt, GC_GENERATIONS - 1);
    }
#endif
    size_t pre = (t->flags & TYPE_GC) ? sizeof(GCHead) : 0;
    size_t size = pre + t->basicsize + n * t->itemsize;
    char *mem = alloc_raw(size);
    if (mem == NULL)
        return NULL;
    memset(mem, 0, pre + t->basicsize);
    Obj *o = (Obj *)(mem + pre);
    size_t cls = size_class(size);
    o->flags = (USE_FREELISTS && cls <= FREELIST_CLASSES) ? (uint16_t)(cls << SIZE_CLASS_SHIFT) : 0;
    atomic_store_explicit(&o->rc_local, 1, memory_order_relaxed);
    ThreadState *ts = thread_current();
    if (ts != NULL)
        atomic_store_explicit(&o->owner, ts->rc_new_owner, memory_order_relaxed);
    o->type = t;
    if (t->flags & TYPE_HEAPTYPE)
        rc_incref(&t->base);
    if (t->flags & TYPE_GC)
        gc_count_alloc(thread_current()->rt);
    return o;
}

Obj *alloc_object(Type *t)
{
    return alloc_var_object(t, 0);
}

void alloc_free(Obj *o)
{
    Type *t = o->type;
    size_t pre = 0;
    if (t->flags & TYPE_GC) {
        pre = sizeof(GCHead);
        gc_count_free(thread_current()->rt);
    }
    size_t cls = (o->flags & SIZE_CLASS_MASK) >> SIZE_CLASS_SHIFT;
    char *mem = (char *)o - pre;
    if (t->flags & TYPE_HEAPTYPE)
        rc_decref(&t->base);
    if (cls != 0)
        alloc_raw_free(mem, cls * 16);
    else
        free(mem);
}

void alloc_dealloc(Obj *o)
{
    Type *t = o->type;
    if (t->flags & TYPE_LEAF) {
        /* Holds no references: cannot start a chain of deallocations. */
        t->dealloc(o);
        return;
    }
    ThreadState *ts = thread_current();
    if (ts->dealloc_depth >= DEALLOC_MAX_DEPTH) {
        /* Too deep: queue it (linked through rc_shared, unused once dead). A queued object
         * leaves the collector's lists now, so a collection before its turn cannot see a
         * dead object (its dealloc's own gc_untrack then does nothing). */
        if (o->gc_bits & GC_TRACKED)
            gc_untrack(o);
        atomic_store_explicit(&o->rc_shared, (intptr_t)ts->dealloc_pending, memory_order_relaxed);
        ts->dealloc_pending = o;
        return;
    }
    ts->dealloc_depth++;
    o->type->dealloc(o);
    if (ts->dealloc_depth == 1) {
        while (ts->dealloc_pending != NULL) {
            Obj *p = ts->dealloc_pending;
            ts->dealloc_pending =
                (Obj *)atomic_load_explicit(&p->rc_shared, memory_order_relaxed);
            p->type->dealloc(p);
        }
    }
    ts->dealloc_depth--;
}
