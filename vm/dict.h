// SPDX-License-Identifier: MIT
/**
 * @file dict.h
 * @brief dict: a hash table that remembers insertion order.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * The layout is CPython's "compact dict": a dense array of entries in
 * insertion order, and a sparse power-of-two table of indices into it,
 * probed with CPython's perturbation scheme. Deleting an entry leaves a
 * hole in the entries and a dummy in the index table; both disappear at
 * the next resize. The table grows when two thirds of it are in use.
 *
 * Lookups that compare keys with `==` may run Python code; they never do so
 * inside the dict's critical section (gil/lock.h): the entry is read under
 * the lock, compared outside it, and the lookup restarts if the dict changed
 * meanwhile.
 */
#ifndef GILVM_DICT_H
#define GILVM_DICT_H

#include "object.h"

/** One entry of the dense array; key VNULL marks a deleted entry. */
typedef struct DictEntry {
    int64_t hash; /**< the key's hash */
    Value key;    /**< key, or VNULL if deleted */
    Value value;  /**< value */
} DictEntry;

/**
 * A dict.
 *
 * ## version
 *
 * `version` lets a cache remember a lookup as (dict, version, entry index).
 * Versions are unique: no two dicts, and no two states of one dict, ever
 * share a value (a dict freed and another allocated at the same address
 * still differ). They are not ordered: each thread hands out numbers from
 * blocks it reserves from one global counter. It changes whenever a key is added or removed
 * (set of a new key, del, pop, popitem, setdefault that inserts, clear) and
 * whenever the entries are moved (a resize or compaction, update() into an
 * empty dict). It does *not* change when only the value of an existing key
 * is replaced: the entry keeps its index and the cache must read the value
 * from `entries[index].value` each time. So while the version is unchanged,
 * a key found at entry index i is still there, at i, with the same key
 * object.
 */
typedef struct DictObj {
    Obj base;            /**< header */
    size_t used;         /**< live entries */
    size_t nentries;     /**< entries filled, including deleted ones */
    size_t fill;         /**< index slots not empty (live or dummy): a probe ends at an empty one */
    size_t capacity;     /**< size of @ref entries */
    size_t mask;         /**< index table size - 1 (a power of two minus one) */
    int64_t *indices;    /**< index table: -1 empty, -2 dummy, else an entry number */
    DictEntry *entries;  /**< dense entries in insertion order */
    _Atomic uint64_t version; /**< changes whenever a key is added or removed or the table is rebuilt */
} DictObj;

/** The type dict. */
extern Type dict_type;
/** The view d.keys(): dict_keys. */
extern Type dict_keys_type;
/** The view d.values(): dict_values. */
extern Type dict_values_type;
/** The view d.items(): dict_items. */
extern Type dict_items_type;
/** iter(d) and iter(d.keys()): dict_keyiterator. */
extern Type dict_keyiter_type;
/** iter(d.values()): dict_valueiterator. */
extern Type dict_valueiter_type;
/** iter(d.items()): dict_itemiterator. */
extern Type dict_itemiter_type;
/** reversed(d) and reversed(d.keys()): dict_reversekeyiterator. */
extern Type dict_revkeyiter_type;
/** reversed(d.values()): dict_reversevalueiterator. */
extern Type dict_revvalueiter_type;
/** reversed(d.items()): dict_reverseitemiterator. */
extern Type dict_revitemiter_type;

/** True if @p v is a dict (or subclass). */
static inline bool dict_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_DICT_SUBCLASS) != 0;
}

/** A new empty dict. */
Value dict_new(void);
/** d[key] lookup: 1 with *out a new reference, 0 if absent, -1 on error (unhashable key, failing __eq__). */
int dict_lookup(Value d, Value key, Value *out);
/** Lookup with a str key (no Python code can run): 1 with *out a new reference, or 0.
 *  Only str keys can match (a non-str key whose `__eq__` would say equal is not consulted). */
int dict_lookup_str(Value d, Value key, Value *out);
/**
 * dict_lookup_str() that also gives the dict's version at the moment of the lookup (taken
 * in the same critical section), for caches that remember values (vm/eval.c, free-threaded).
 */
int dict_lookup_str_version(Value d, Value key, Value *out, uint64_t *version);
/**
 * Where str @p key is: its index in the dense entry array, or -1 if absent
 * (no Python code runs; only str keys match, as dict_lookup_str()). While
 * the dict's version is unchanged the key stays at that index, so a cache
 * may keep (dict, version, index) and read `entries[index].value`, the
 * current value, on later hits.
 */
int64_t dict_lookup_str_index(Value d, Value key);
/** Lookup by C string (interned on the fly): 1/0 as dict_lookup_str. */
int dict_lookup_cstr(Value d, const char *key, Value *out);
/** d[key] = value (both increfed). 0 or -1. */
int dict_set(Value d, Value key, Value value);
/**
 * d[key] = value (both increfed) for a str @p key, returning where the key
 * now is: its index in the dense entry array (see dict_lookup_str_index()),
 * -2 if the value was stored but the index is not known (a key that is not
 * an exact str, or an equal key of another type already there), -1 on
 * error. One probe, where dict_set() then dict_lookup_str_index() take two.
 */
int64_t dict_set_str_index(Value d, Value key, Value value);
/**
 * d[key] for an exact str @p key, trying first entry *@p hint (where the key was last time:
 * instances of one class keep their attributes in the same order); updates *@p hint. 1 with
 * *@p out a new reference, 0 if absent. One critical section.
 */
int dict_get_str_hint(Value d, Value key, int64_t *hint, Value *out);
/** d[key] = value likewise (@p value increfed); 0, or -1 with an exception. */
int dict_set_str_hint(Value d, Value key, Value value, int64_t *hint);
/** d[key] = value with a C-string key (interned). 0 or -1. */
int dict_set_cstr(Value d, const char *key, Value value);
/** del d[key]: 0, or -1 (KeyError if absent). */
int dict_del(Value d, Value key);
/** d.pop(key): 1 with *out the removed value (new reference), 0 if absent, -1 on error. */
int dict_pop(Value d, Value key, Value *out);
/** Number of items. */
size_t dict_size(Value d);
/**
 * Iterate from C: start with *pos = 0; returns 1 and borrowed *key and *value per
 * item, 0 at the end. The dict must not change during the iteration.
 */
int dict_next(Value d, size_t *pos, Value *key, Value *value);
/** A shallow copy. */
Value dict_copy(Value d);
/** d.update(other): other is a dict, an object with keys(), or an iterable of pairs. 0 or -1. */
int dict_update(Value d, Value other);
/**
 * Merge @p other (a dict, or any object with keys() and `[]`) into @p d.
 * With @p override true, values from @p other replace existing ones
 * (`{**a, **b}`). With @p override false (`f(**a, **b)`), a key already in
 * @p d stops the merge and returns -2 with KeyError(key) set, so that the
 * caller can fetch the key and raise its own TypeError "f() got multiple
 * values for keyword argument 'key'"; any other failure returns -1 (a
 * KeyError from a mapping's `__getitem__` included).
 * @return 0, -1 on error, -2 on a duplicate key (override false only)
 */
int dict_merge(Value d, Value other, bool override);
/** A new list of the keys. */
Value dict_keys_list(Value d);
/** Remove every item. */
void dict_clear(Value d);

/** A new view of @p d: @p type is &dict_keys_type, &dict_values_type or &dict_items_type (dict_views.c). */
Value dict_views_new(Value d, Type *type);
/** A new iterator over @p d: @p type is one of the six dict iterator types (dict_views.c). */
Value dict_views_iter(Value d, Type *type);

#endif
