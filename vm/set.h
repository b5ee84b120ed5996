// SPDX-License-Identifier: MIT
/**
 * @file set.h
 * @brief set and frozenset: open-addressing hash tables laid out as CPython's.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * A set is one power-of-two table of (key, hash) slots, probed exactly as
 * CPython 3.11's setobject.c probes it, so that a set of numbers iterates in
 * the same order as under CPython (the hashes of ints and floats are
 * CPython's too). A slot is *unused* (key ::VNULL, hash 0), *active*, or a
 * *dummy* left by a deletion (hash -1), which keeps probe chains intact until
 * the next resize. Sets of up to 4 elements live in an 8-slot table inside
 * the object; a table grows when its active and dummy slots reach 3/5 of it.
 *
 * The functions below are the C API for the compiler and the eval loop (set
 * displays, set comprehensions, `*x` in a set display), for dict views, and
 * for tests. They follow the usual conventions (object.h): ::Value results
 * are new references, arguments are borrowed, -1 / ::VNULL means an
 * exception is set. vm/set_impl.h holds what set.c and set_ops.c share.
 */
#ifndef GILVM_SET_H
#define GILVM_SET_H

#include "object.h"

/** Size of the table a new set starts with (CPython's PySet_MINSIZE). */
#define SET_MINSIZE 8

/** One slot of a set's table. */
typedef struct SetEntry {
    Value key;    /**< the element; ::VNULL when unused; the dummy marker when deleted */
    int64_t hash; /**< the element's hash; 0 when unused, -1 when deleted */
} SetEntry;

/**
 * A set or frozenset.
 *
 * `fill` counts active and dummy slots, `used` the active ones (the length).
 * The table has `mask + 1` slots; it is `small` until the set first grows.
 * Only set.c and set_ops.c read these fields, inside a critical section
 * (gil/lock.h); tests read them to check the layout.
 */
typedef struct SetObj {
    Obj base;                    /**< header */
    size_t fill;                 /**< active + dummy slots */
    size_t used;                 /**< active slots: len(set) */
    size_t mask;                 /**< table size - 1 */
    SetEntry *table;             /**< the table: @ref small or a malloc'd block */
    int64_t hash;                /**< frozenset: cached hash, or -1 until computed */
    size_t finger;               /**< where the next pop() starts looking */
    SetEntry small[SET_MINSIZE]; /**< the table of a small set */
} SetObj;

/** The type set. */
extern Type set_type;
/** The type frozenset. */
extern Type frozenset_type;
/** iter(set) and iter(frozenset): set_iterator. */
extern Type set_iter_type;

/** True if @p v is a set (or subclass); frozensets are not. */
static inline bool set_check(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &set_type);
}

/** True if @p v is a frozenset (or subclass). */
static inline bool frozenset_check(Value v)
{
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &frozenset_type);
}

/** True if @p v is a set, a frozenset, or a subclass of either. */
static inline bool anyset_check(Value v)
{
    if (!IS_OBJ(v))
        return false;
    Type *t = AS_OBJ(v)->type;
    return t == &set_type || t == &frozenset_type || type_is_subtype(t, &set_type) ||
           type_is_subtype(t, &frozenset_type);
}

/** A new empty set. */
Value set_new(void);
/** set(iterable): a new set holding the elements of @p iterable. */
Value set_from_iterable(Value iterable);
/**
 * frozenset(iterable) (@p iterable may be ::VNULL for an empty one). An exact
 * frozenset argument is returned itself, with a new reference.
 */
Value frozenset_new(Value iterable);
/**
 * The frozenset constant CPython 3.11's compiler makes of the constants
 * @p items (an iterable, in source order): frozenset(items), then rebuilt
 * from its own iteration order, as CPython's constant merging does. A set
 * display of three or more constants, `{1, 2, 3}`, is compiled as
 * BUILD_SET 0, LOAD_CONST (this), SET_UPDATE 1; the iterable of a `for` or
 * comprehension that is a set display of constants, `for x in {3, 1}`, is
 * this constant itself. Doing the same gives CPython's iteration orders.
 */
Value set_fold_constant(Value items);
/** Add @p key to the set (BUILD_SET, SET_ADD): 0, or -1 (unhashable key, failing `==`). */
int set_add(Value set, Value key);
/** Add every element of @p iterable (SET_UPDATE, set.update): 0 or -1. */
int set_update(Value set, Value iterable);
/** @p key in the set, without the set-to-frozenset retry of `in`: 1, 0, or -1. */
int set_contains(Value set, Value key);
/** Remove @p key if present: 1 if it was removed, 0 if absent, -1 on error. */
int set_discard(Value set, Value key);
/** Remove every element. */
void set_clear(Value set);
/** len(set). */
size_t set_size(Value set);
/**
 * Iterate from C: start with *pos = 0; returns 1 with a borrowed *key per
 * element, in iteration order, then 0. The set must not change meanwhile.
 */
int set_next(Value set, size_t *pos, Value *key);
/** set & other for any iterable @p other: a new set (or frozenset, following @p set). */
Value set_intersection(Value set, Value other);
/** set.difference_update(other): 0 or -1. */
int set_difference_update(Value set, Value other);
/** set.symmetric_difference_update(other): 0 or -1. */
int set_symmetric_difference_update(Value set, Value other);

#endif
