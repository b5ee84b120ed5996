// SPDX-License-Identifier: MIT
/**
 * @file lock.h
 * @brief Per-object critical sections: how container code protects itself.
 *
 * Who may include it: vm/ object code (containers), gil/.
 *
 * Every operation that reads or writes the inside of a mutable container
 * (list items, dict entries, ...) runs inside a critical section on that
 * object:
 *
 * @code
 *     CritSection cs;
 *     cs_begin(&cs, &list->base);
 *     ... read or change list->items ...
 *     cs_end(&cs);
 * @endcode
 *
 * and an operation on two containers (`a.extend(b)`, `a == b`) uses
 * cs_begin2(), which takes the two locks in address order so that two
 * threads doing `a.extend(b)` and `b.extend(a)` cannot deadlock.
 *
 * What a critical section does is the strategy's decision, not the
 * container's. Under the global-lock strategies the global lock already
 * serialises every thread that touches the heap, so a critical section
 * compiles to nothing. The container code is the same for every strategy.
 *
 * Rule for container code: inside a critical section, never call back into
 * Python code (comparisons, hashes, `__eq__`) and never block; copy out what
 * is needed, end the section, then call.
 */
#ifndef GILVM_LOCK_H
#define GILVM_LOCK_H

#include "../vm/object.h"

/** A critical section on one or two objects; lives in the caller's frame. */
typedef struct CritSection {
    Obj *a; /**< first object locked */
    Obj *b; /**< second object locked, or NULL */
} CritSection;

/** Enter a critical section on @p o. */
static inline void cs_begin(CritSection *cs, Obj *o)
{
    cs->a = o;
    cs->b = NULL;
}

/** Enter a critical section on two objects (locked in address order). */
static inline void cs_begin2(CritSection *cs, Obj *a, Obj *b)
{
    cs->a = a;
    cs->b = b;
}

/** Leave the critical section begun with cs_begin() or cs_begin2(). */
static inline void cs_end(CritSection *cs)
{
    (void)cs;
}

#endif
