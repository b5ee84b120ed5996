// SPDX-License-Identifier: MIT
/**
 * @file tuple.h
 * @brief tuple: an immutable array of values.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 */
#ifndef GILVM_TUPLE_H
#define GILVM_TUPLE_H

#include "object.h"

/** A tuple; items are inline. */
typedef struct TupleObj {
    Obj base;      /**< header */
    size_t size;   /**< number of items */
    Value items[]; /**< the items */
} TupleObj;

/** The type tuple. */
extern Type tuple_type;
/** The iterator of tuples (`tuple_iterator`). */
extern Type tuple_iter_type;

/** True if @p v is a tuple (or subclass). */
static inline bool tuple_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_TUPLE_SUBCLASS) != 0;
}

/** Number of items. */
#define TUPLE_SIZE(v) (((TupleObj *)AS_OBJ(v))->size)
/** The items array. */
#define TUPLE_ITEMS(v) (((TupleObj *)AS_OBJ(v))->items)

/**
 * A new tuple of @p n items, all VNULL, to be filled by the caller by
 * storing (stolen) references into TUPLE_ITEMS before the tuple is used.
 * n == 0 returns the empty tuple singleton.
 */
Value tuple_new(size_t n);
/** A tuple holding the @p n values (increfed). */
Value tuple_from_array(const Value *items, size_t n);
/** A tuple of @p n values given as arguments (increfed). */
Value tuple_pack(size_t n, ...);
/** tuple(iterable). */
Value tuple_from_iterable(Value iterable);

#endif
