// SPDX-License-Identifier: MIT
/**
 * @file set_ops.c
 * @brief The set algebra (union, intersection, differences, subset tests),
 *        the operators and comparisons of set and frozenset, and their
 *        methods. The table itself is in set.c.
 *
 * Each operation builds its result the way CPython 3.11 does: which operand
 * is walked, which one is probed, and which one the result starts from.
 * That decides the order in which keys enter the result's table, and so the
 * result's iteration order; it also decides which of two equal keys (1 and
 * 1.0) ends up in the result. For example `a & b` walks the smaller set and
 * keeps its keys; `a ^ b` starts from a copy of b and toggles a's keys in it;
 * `a - b` walks a, unless a is more than four times larger than b, when it
 * copies a and discards b's keys (then purges the dummies if more than a
 * quarter of the table is dummies).
 *
 * Results follow the left operand's base type: a set for set and set
 * subclasses, a frozenset for frozenset and its subclasses. Operators
 * accept only sets and frozensets (else NotImplemented, so that `set | list`
 * is a TypeError), methods any iterable.
 */
#include "set_impl.h"

#include "dict.h"
#include "exc.h"
#include "int.h"
#include "tuple.h"

static inline size_t size_of(Value v)
{
    return set_obj(v)->used;
}

static inline bool is_exact_dict(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &dict_type;
}

static inline bool is_exact_anyset(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &set_type || AS_OBJ(v)->type == &frozenset_type);
}

/* ------------------------------------------------------------- algebra */

Value set_ops_intersection(SetObj *s, Value other)
{
    if (OBJ_VAL(s) == other)
        return set_copy_of(s);
    Value result = set_make_basetype(s->base.type, VNULL);
    if (result == VNULL)
        return VNULL;
    SetObj *r = set_obj(result);
    Value key;
    int64_t hash;
    if (anyset_check(other)) {
        /* Walk the smaller set, probe the larger; keys come from the smaller. */
        SetObj *small = set_obj(other), *big = s;
        if (small->used > big->used) {
            small = s;
            big = set_obj(other);
        }
        size_t pos = 0;
        while (set_next_entry(small, &pos, &key, &hash)) {
            int rv = set_contains_entry(big, key, hash);
            if (rv > 0)
                rv = set_add_entry(r, key, hash);
            decref(key);
            if (rv < 0) {
                decref(result);
                return VNULL;
            }
        }
        return result;
    }
    Value it = obj_iter(other);
    if (it == VNULL) {
        decref(result);
        return VNULL;
    }
    while ((key = obj_next(it)) != VNULL) {
        hash = obj_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(s, key, hash);
        bool added = false;
        if (rv > 0) {
            rv = set_add_entry(r, key, hash);
            added = rv == 0;
        }
        decref(key);
        if (rv < 0 || (added && r->used >= s->used))
            break; /* an error, or every element of s is found */
    }
    decref(it);
    if (exc_occurred()) {
        decref(result);
        return VNULL;
    }
    return result;
}

/* s.intersection(*others). */
static Value intersection_multi(SetObj *s, const Value *others, size_t n)
{
    if (n == 0)
        return set_copy_of(s);
    Value result = newref(OBJ_VAL(s));
    for (size_t i = 0; i < n; i++) {
        Value next = set_ops_intersection(set_obj(result), others[i]);
        decref(result);
        if (next == VNULL)
            return VNULL;
        result = next;
    }
    return result;
}

/* Replace the contents of s by those of the new set tmp (stolen). */
static int take_body(SetObj *s, Value tmp)
{
    if (tmp == VNULL)
        return -1;
    set_swap_bodies(s, set_obj(tmp));
    decref(tmp);
    return 0;
}

int set_ops_difference_update(SetObj *s, Value other)
{
    if (OBJ_VAL(s) == other) {
        set_clear_internal(s);
        return 0;
    }
    Value key;
    int64_t hash;
    if (anyset_check(other)) {
        /* Against a much larger set, only the common keys matter. */
        Value o = (size_of(other) >> 3) > s->used ? set_ops_intersection(s, other) : newref(other);
        if (o == VNULL)
            return -1;
        size_t pos = 0;
        while (set_next_entry(set_obj(o), &pos, &key, &hash)) {
            int rv = set_discard_entry(s, key, hash);
            decref(key);
            if (rv < 0) {
                decref(o);
                return -1;
            }
        }
        decref(o);
    } else {
        Value it = obj_iter(other);
        if (it == VNULL)
            return -1;
        while ((key = obj_next(it)) != VNULL) {
            int rv = set_discard_key(s, key);
            decref(key);
            if (rv < 0)
                break;
        }
        decref(it);
        if (exc_occurred())
            return -1;
    }
    return set_purge_dummies(s);
}

/* A copy of s minus other. */
static Value copy_and_difference(SetObj *s, Value other)
{
    Value result = set_copy_of(s);
    if (result != VNULL && set_ops_difference_update(set_obj(result), other) < 0) {
        decref(result);
        return VNULL;
    }
    return result;
}

/* s - other: 1 if key is in other (a set or an exact dict), 0, or -1. */
static int in_other(Value other, Value key, int64_t hash)
{
    if (!is_exact_dict(other))
        return set_contains_entry(set_obj(other), key, hash);
    Value found;
    int r = dict_lookup(other, key, &found);
    if (r > 0)
        decref(found);
    return r;
}

static Value difference(SetObj *s, Value other)
{
    size_t other_size;
    if (anyset_check(other))
        other_size = size_of(other);
    else if (is_exact_dict(other))
        other_size = dict_size(other);
    else
        return copy_and_difference(s, other);
    if ((s->used >> 2) > other_size)
        return copy_and_difference(s, other);
    Value result = set_make_basetype(s->base.type, VNULL);
    if (result == VNULL)
        return VNULL;
    Value key;
    int64_t hash;
    size_t pos = 0;
    while (set_next_entry(s, &pos, &key, &hash)) {
        int rv = in_other(other, key, hash);
        if (rv == 0)
            rv = set_add_entry(set_obj(result), key, hash);
        decref(key);
        if (rv < 0) {
            decref(result);
            return VNULL;
        }
    }
    return result;
}

/* s.difference(*others). */
static Value difference_multi(SetObj *s, const Value *others, size_t n)
{
    if (n == 0)
        return set_copy_of(s);
    Value result = difference(s, others[0]);
    if (result == VNULL)
        return VNULL;
    for (size_t i = 1; i < n; i++) {
        if (set_ops_difference_update(set_obj(result), others[i]) < 0) {
            decref(result);
            return VNULL;
        }
    }
    return result;
}

/* Remove key from s if there, else add it. 0 or -1. */
static int toggle(SetObj *s, Value key, int64_t hash)
{
    int rv = set_discard_entry(s, key, hash);
    if (rv == SET_DISCARD_NOTFOUND)
        rv = set_add_entry(s, key, hash);
    return rv < 0 ? -1 : 0;
}

int set_ops_symmetric_difference_update(SetObj *s, Value other)
{
    if (OBJ_VAL(s) == other) {
        set_clear_internal(s);
        return 0;
    }
    int rc = 0;
    if (is_exact_dict(other)) {
        SetEntry *buf;
        size_t n;
        if (set_dict_snapshot(other, &buf, &n) < 0)
            return -1;
        for (size_t i = 0; i < n; i++) {
            if (rc == 0)
                rc = toggle(s, buf[i].key, buf[i].hash);
            decref(buf[i].key);
        }
        free(buf);
        return rc;
    }
    Value o = anyset_check(other) ? newref(other) : set_make_basetype(s->base.type, other);
    if (o == VNULL)
        return -1;
    Value key;
    int64_t hash;
    size_t pos = 0;
    while (rc == 0 && set_next_entry(set_obj(o), &pos, &key, &hash)) {
        rc = toggle(s, key, hash);
        decref(key);
    }
    decref(o);
    return rc;
}

/* s ^ other: starts from a set made of other, then toggles s's keys in it. */
static Value symmetric_difference(SetObj *s, Value other)
{
    Value result = set_make_basetype(s->base.type, other);
    if (result != VNULL && set_ops_symmetric_difference_update(set_obj(result), OBJ_VAL(s)) < 0) {
        decref(result);
        return VNULL;
    }
    return result;
}

/* Every element of s is in other: 1, 0, or -1. */
static int issubset(SetObj *s, Value other)
{
    if (!anyset_check(other)) {
        Value tmp = set_ops_intersection(s, other);
        if (tmp == VNULL)
            return -1;
        int r = size_of(tmp) == s->used;
        decref(tmp);
        return r;
    }
    if (s->used > size_of(other))
        return 0;
    Value key;
    int64_t hash;
    size_t pos = 0;
    while (set_next_entry(s, &pos, &key, &hash)) {
        int rv = set_contains_entry(set_obj(other), key, hash);
        decref(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

/* Every element of other is in s: 1, 0, or -1. */
static int issuperset(SetObj *s, Value other)
{
    if (anyset_check(other))
        return issubset(set_obj(other), OBJ_VAL(s));
    Value it = obj_iter(other);
    if (it == VNULL)
        return -1;
    Value key;
    int r = 1;
    while ((key = obj_next(it)) != VNULL) {
        r = set_contains_key(s, key);
        decref(key);
        if (r <= 0)
            break;
    }
    decref(it);
    if (exc_occurred())
        return -1;
    return r;
}

/* No element in common: 1, 0, or -1. */
static int isdisjoint(SetObj *s, Value other)
{
    if (OBJ_VAL(s) == other)
        return s->used == 0;
    Value key;
    if (is_exact_anyset(other)) {
        SetObj *small = set_obj(other), *big = s;
        if (small->used > big->used) {
            small = s;
            big = set_obj(other);
        }
        int64_t hash;
        size_t pos = 0;
        while (set_next_entry(small, &pos, &key, &hash)) {
            int rv = set_contains_entry(big, key, hash);
            decref(key);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = obj_iter(other);
    if (it == VNULL)
        return -1;
    int r = 1;
    while ((key = obj_next(it)) != VNULL) {
        int rv = set_contains_key(s, key);
        decref(key);
        if (rv != 0) {
            r = rv < 0 ? -1 : 0;
            break;
        }
    }
    decref(it);
    if (r == 1 && exc_occurred())
        return -1;
    return r;
}

/*
 * Look an element up, retrying with a frozenset copy when it is an
 * (unhashable) set, as CPython does for `in`, remove and discard.
 * @p op is set_contains_key or set_discard_key.
 */
static int with_frozen_retry(SetObj *s, Value key, int (*op)(SetObj *, Value))
{
    int rv = op(s, key);
    if (rv >= 0 || !set_check(key) || !exc_matches(&exc_TypeError))
        return rv;
    exc_clear();
    Value tmp = set_make(&frozenset_type, key);
    if (tmp == VNULL)
        return -1;
    rv = op(s, tmp);
    decref(tmp);
    return rv;
}

/* ----------------------------------------------------------------- slots */

int set_ops_contains(Value v, Value key)
{
    return with_frozen_retry(set_obj(v), key, set_contains_key);
}

static Value bool_result(int r)
{
    if (r < 0)
        return VNULL;
    return newref(BOOL_VAL(r));
}

Value set_ops_richcompare(Value a, Value b, CmpOp op)
{
    if (!anyset_check(b))
        return newref(NOTIMPL_VAL);
    SetObj *s = set_obj(a), *o = set_obj(b);
    int r = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (s->used == o->used) {
            /* Cached frozenset hashes that differ prove inequality. */
            if (s->hash != -1 && o->hash != -1 && s->hash != o->hash)
                r = 0;
            else
                r = issubset(s, b);
        }
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE:
        r = issubset(s, b);
        break;
    case CMP_GE:
        r = issuperset(s, b);
        break;
    case CMP_LT:
        r = s->used < o->used ? issubset(s, b) : 0;
        break;
    case CMP_GT:
        r = s->used > o->used ? issuperset(s, b) : 0;
        break;
    }
    return bool_result(r);
}

Value set_ops_binop(Value a, Value b, BinOp op)
{
    if (!anyset_check(a) || !anyset_check(b))
        return newref(NOTIMPL_VAL);
    SetObj *s = set_obj(a);
    switch (op) {
    case BINOP_OR: {
        Value result = set_copy_of(s);
        if (result != VNULL && a != b && set_update_internal(set_obj(result), b) < 0) {
            decref(result);
            return VNULL;
        }
        return result;
    }
    case BINOP_AND:
        return set_ops_intersection(s, b);
    case BINOP_SUB:
        return difference(s, b);
    case BINOP_XOR:
        return symmetric_difference(s, b);
    default:
        return newref(NOTIMPL_VAL);
    }
}

Value set_ops_inplace(Value a, Value b, BinOp op)
{
    if (!set_check(a) || !anyset_check(b))
        return newref(NOTIMPL_VAL);
    SetObj *s = set_obj(a);
    int rc;
    switch (op) {
    case BINOP_OR:
        rc = set_update_internal(s, b);
        break;
    case BINOP_AND:
        rc = take_body(s, set_ops_intersection(s, b));
        break;
    case BINOP_SUB:
        rc = set_ops_difference_update(s, b);
        break;
    case BINOP_XOR:
        rc = set_ops_symmetric_difference_update(s, b);
        break;
    default:
        return newref(NOTIMPL_VAL);
    }
    if (rc < 0)
        return VNULL;
    return newref(a);
}

/* --------------------------------------------------------------- methods */

static Value none_or_null(int rc)
{
    return rc < 0 ? VNULL : newref(NONE_VAL);
}

static Value m_add(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return none_or_null(set_add(self, args[0]));
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int rv = with_frozen_retry(set_obj(self), args[0], set_discard_key);
    if (rv < 0)
        return VNULL;
    if (rv == SET_DISCARD_NOTFOUND)
        return exc_raise_arg(&exc_KeyError, args[0]);
    return newref(NONE_VAL);
}

static Value m_discard(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return none_or_null(with_frozen_retry(set_obj(self), args[0], set_discard_key));
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return set_pop_internal(set_obj(self));
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames)
{
    set_clear_internal(set_obj(self));
    return newref(NONE_VAL);
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return set_copy_of(set_obj(self));
}

static Value m_frozenset_copy(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (AS_OBJ(self)->type == &frozenset_type)
        return newref(self);
    return set_copy_of(set_obj(self));
}

static Value m_contains(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return bool_result(set_ops_contains(self, args[0]));
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(set_obj(self), args[i]) < 0)
            return VNULL;
    return newref(NONE_VAL);
}

static Value m_union(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value result = set_copy_of(set_obj(self));
    for (size_t i = 0; result != VNULL && i < nargs; i++) {
        if (args[i] != self && set_update_internal(set_obj(result), args[i]) < 0) {
            decref(result);
            return VNULL;
        }
    }
    return result;
}

static Value m_intersection(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return intersection_multi(set_obj(self), args, nargs);
}

static Value m_intersection_update(Value self, const Value *args, size_t nargs, Value kwnames)
{
    SetObj *s = set_obj(self);
    return none_or_null(take_body(s, intersection_multi(s, args, nargs)));
}

static Value m_difference(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return difference_multi(set_obj(self), args, nargs);
}

static Value m_difference_update(Value self, const Value *args, size_t nargs, Value kwnames)
{
    for (size_t i = 0; i < nargs; i++)
        if (set_ops_difference_update(set_obj(self), args[i]) < 0)
            return VNULL;
    return newref(NONE_VAL);
}

static Value m_symmetric_difference(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return symmetric_difference(set_obj(self), args[0]);
}

static Value m_symmetric_difference_update(Value self, const Value *args, size_t nargs,
                                           Value kwnames)
{
    return none_or_null(set_ops_symmetric_difference_update(set_obj(self), args[0]));
}

static Value m_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return bool_result(isdisjoint(set_obj(self), args[0]));
}

static Value m_issubset(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return bool_result(issubset(set_obj(self), args[0]));
}

static Value m_issuperset(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return bool_result(issuperset(set_obj(self), args[0]));
}

/** Methods both set and frozenset have. */
#define COMMON_METHODS                                                                             \
    {"union", m_union, 0, "A new set with the elements of the set and all others."},              \
        {"intersection", m_intersection, 0, "A new set with the elements common to all."},        \
        {"difference", m_difference, 0, "A new set with the elements not in the others."},        \
        {"symmetric_difference", m_symmetric_difference, METH_O,                                   \
         "A new set with the elements in exactly one of the two."},                                \
        {"isdisjoint", m_isdisjoint, METH_O, "True if the two have no element in common."},       \
        {"issubset", m_issubset, METH_O, "True if every element is in the other."},               \
        {"issuperset", m_issuperset, METH_O, "True if every element of the other is in it."},     \
        {"__contains__", m_contains, METH_O, "x.__contains__(y) <==> y in x."}

const MethodDef set_ops_set_methods[] = {
    {"add", m_add, METH_O, "Add an element (no effect if present)."},
    {"remove", m_remove, METH_O, "Remove an element; KeyError if absent."},
    {"discard", m_discard, METH_O, "Remove an element if present."},
    {"pop", m_pop, METH_NOARGS, "Remove and return an arbitrary element; KeyError if empty."},
    {"clear", m_clear, METH_NOARGS, "Remove every element."},
    {"copy", m_copy, METH_NOARGS, "A shallow copy."},
    {"update", m_update, 0, "Add the elements of all the others."},
    {"intersection_update", m_intersection_update, 0, "Keep only the elements found in all."},
    {"difference_update", m_difference_update, 0, "Remove the elements found in the others."},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_O,
     "Keep the elements found in exactly one of the two."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

const MethodDef set_ops_frozenset_methods[] = {
    {"copy", m_frozenset_copy, METH_NOARGS, "The frozenset itself (a copy for a subclass)."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};
