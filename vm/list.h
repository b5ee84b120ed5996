// SPDX-License-Identifier: MIT
/**
 * @file list.h
 * @brief list: a growable array of values.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * Every access to a list's items runs in a critical section on the list
 * (gil/lock.h); callers outside list.c use the functions here and never
 * touch `items` directly, except the eval loop's fast paths, which do so
 * only through list_get_ref() and friends.
 */
#ifndef GILVM_LIST_H
#define GILVM_LIST_H

#include "../gil/lock.h"
#include "object.h"

/** A list. */
typedef struct ListObj {
    Obj base;     /**< header */
    size_t size;  /**< number of items */
    size_t cap;   /**< allocated slots */
    Value *items; /**< the items (NULL when cap is 0) */
} ListObj;

/** The type list. */
extern Type list_type;
/** The type of iter(list): list_iterator. */
extern Type list_iter_type;
/** The type of reversed(list): list_reverseiterator. */
extern Type list_reviter_type;

/** True if @p v is a list (or subclass). */
static inline bool list_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_LIST_SUBCLASS) != 0;
}

/** A new empty list with room for @p cap items. */
Value list_new(size_t cap);
/** A new list holding the @p n values (increfed). */
Value list_from_array(const Value *items, size_t n);
/** list(iterable). */
Value list_from_iterable(Value iterable);
/** Number of items (a racy snapshot under free-threading; fine for len()). */
size_t list_size(Value list);
/** Append @p v (increfed). 0 or -1 (MemoryError). */
int list_append(Value list, Value v);
/** Append every item of @p iterable (list.extend). 0 or -1. */
int list_extend(Value list, Value iterable);
/**
 * How many items @p v says it holds, to size a container before iterating it: len(v) when its
 * type has a len slot, else 0; 0 as well when len() raises TypeError (as CPython's
 * PyObject_LengthHint). -1 with the exception when len() raises anything else.
 */
int64_t list_length_hint(Value v);
/** The item at @p i as a new reference; VNULL with IndexError if out of range (no negative indexing). */
Value list_get_ref(Value list, int64_t i);
/** Replace the item at @p i (v increfed); -1 with IndexError if out of range. */
int list_set(Value list, int64_t i, Value v);
/** Copy of the items as a new tuple (a consistent snapshot). */
Value list_as_tuple(Value list);
/** list[i] for 0 <= i < size, as a new reference; VNULL (no exception) when out of range. */
static inline Value list_item_fast(Value list, int64_t i)
{
    ListObj *l = (ListObj *)AS_OBJ(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    Value v = (uint64_t)i < l->size ? newref(l->items[i]) : VNULL;
    cs_end(&cs);
    return v;
}

/**
 * list[i] = v (increfed) for 0 <= i < size: 1 when stored, 0 when out of
 * range (nothing changed, no exception). The old item is released after
 * the critical section.
 */
static inline int list_store_fast(Value list, int64_t i, Value v)
{
    ListObj *l = (ListObj *)AS_OBJ(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if ((uint64_t)i >= l->size) {
        cs_end(&cs);
        return 0;
    }
    Value old = l->items[i];
    l->items[i] = newref(v);
    cs_end(&cs);
    decref(old);
    return 1;
}

/** Sort in place; @p key may be VNULL. 0 or -1. */
int list_sort(Value list, Value key, bool reverse);
/** Reverse in place. */
void list_reverse(Value list);
/** Remove every item. */
void list_clear(Value list);

#endif
