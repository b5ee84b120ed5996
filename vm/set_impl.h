// SPDX-License-Identifier: MIT
/**
 * @file set_impl.h
 * @brief What set.c (the table, the types) and set_ops.c (the set algebra)
 *        share. Internal: only those two files and unit tests include it.
 *
 * The entry-level functions take the element's hash, computed once by the
 * caller outside any critical section; they enter the set's critical
 * section themselves and run `==` on stored keys only after leaving it.
 */
#ifndef GILVM_SET_IMPL_H
#define GILVM_SET_IMPL_H

#include "set.h"

/** The object a dummy slot's key points to. */
extern Obj set_dummy_obj;
/** The key of a dummy slot (a deleted element). */
#define SET_DUMMY OBJ_VAL(&set_dummy_obj)

/** set_discard_entry(): the key was found and removed. */
#define SET_DISCARD_FOUND 1
/** set_discard_entry(): the key was absent. */
#define SET_DISCARD_NOTFOUND 0

/** The set behind a value known to be a set or frozenset. */
static inline SetObj *set_obj(Value v)
{
    return (SetObj *)AS_OBJ(v);
}

/** hash(key) with the str fast path; -1 with an exception on error. */
int64_t set_hash_key(Value key);
/** Add @p key (its hash given): 0, or -1 on error. */
int set_add_entry(SetObj *s, Value key, int64_t hash);
/** Membership with a known hash: 1, 0, or -1. */
int set_contains_entry(SetObj *s, Value key, int64_t hash);
/** Remove with a known hash: ::SET_DISCARD_FOUND, ::SET_DISCARD_NOTFOUND, or -1. */
int set_discard_entry(SetObj *s, Value key, int64_t hash);
/** Membership, hashing @p key: 1, 0, or -1 (unhashable). */
int set_contains_key(SetObj *s, Value key);
/** Removal, hashing @p key: ::SET_DISCARD_FOUND, ::SET_DISCARD_NOTFOUND, or -1. */
int set_discard_key(SetObj *s, Value key);
/**
 * The next active slot at or after *pos: 1 with *key (a new reference) and
 * *hash, *pos moved past it; 0 at the end of the table.
 */
int set_next_entry(SetObj *s, size_t *pos, Value *key, int64_t *hash);
/** A new instance of @p type (set, frozenset or a subclass) filled from @p iterable (may be VNULL). */
Value set_make(Type *type, Value iterable);
/** set_make() with @p type replaced by set or frozenset, whichever it derives from. */
Value set_make_basetype(Type *type, Value iterable);
/** A shallow copy, of the base type of @p s (set or frozenset). */
Value set_copy_of(SetObj *s);
/** Add the elements of any iterable (CPython's set_update_internal): 0 or -1. */
int set_update_internal(SetObj *s, Value other);
/** Remove every element (the table goes back to the small one). */
void set_clear_internal(SetObj *s);
/** set.pop(): the element at or after the finger (a new reference), or VNULL with KeyError. */
Value set_pop_internal(SetObj *s);
/**
 * Copy out the keys of an exact dict with the hashes it stores: 0 with
 * *out a malloc'd array of new references (NULL when empty), or -1.
 */
int set_dict_snapshot(Value dict, SetEntry **out, size_t *n);
/** Exchange the contents of two sets (their frozenset hashes too, when both are frozensets). */
void set_swap_bodies(SetObj *a, SetObj *b);
/** After deletions: rebuild the table if more than a quarter of it is dummies. 0 or -1. */
int set_purge_dummies(SetObj *s);

/** set.intersection(other) for one @p other; a new set of @p s's base type. */
Value set_ops_intersection(SetObj *s, Value other);
/** set.difference_update(other) for one @p other: 0 or -1. */
int set_ops_difference_update(SetObj *s, Value other);
/** set.symmetric_difference_update(other): 0 or -1. */
int set_ops_symmetric_difference_update(SetObj *s, Value other);
/** The contains slot of set and frozenset (`in`; a set key is retried as a frozenset). */
int set_ops_contains(Value v, Value key);
/** The richcompare slot of set and frozenset. */
Value set_ops_richcompare(Value a, Value b, CmpOp op);
/** The binop slot of set and frozenset (`| & - ^`). */
Value set_ops_binop(Value a, Value b, BinOp op);
/** The inplace slot of set (`|= &= -= ^=`). */
Value set_ops_inplace(Value a, Value b, BinOp op);
/** The methods of set (NULL-terminated). */
extern const MethodDef set_ops_set_methods[];
/** The methods of frozenset (NULL-terminated). */
extern const MethodDef set_ops_frozenset_methods[];

#endif
