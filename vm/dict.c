// SPDX-License-Identifier: MIT
/**
 * @file dict.c
 * @brief dict: the hash table, its C API, slots and methods (views and
 *        iterators are in dict_views.c).
 *
 * ## Layout
 *
 * CPython's compact dict (see dict.h): `entries` holds the items densely in
 * insertion order; `indices`, a power-of-two table, maps hash slots to
 * entry numbers. A key with hash h is probed at slots
 *
 *     i = h & mask;  then  perturb >>= 5;  i = (i*5 + perturb + 1) & mask
 *
 * with perturb starting as h (unsigned), which visits every slot eventually
 * and lets all the hash bits take part. An empty dict allocates nothing; the
 * first insertion creates a table of 8 slots. `entries` has room for 2/3 of
 * the table size; when it is full the table is rebuilt at the smallest power
 * of two >= 3 * used (so it grows, stays or shrinks depending on how many
 * entries are holes), dropping holes and dummies.
 *
 * The index table and the entries share one block (`entries` points just
 * past the indices), allocated with alloc_raw(): the table of a small dict
 * (8 slots, 184 bytes) comes from the thread's free lists, so creating and
 * dropping the instance dicts of short-lived objects does not touch malloc.
 *
 * ## Versions
 *
 * Every dict state gets a version number never used before (dict.h). A
 * shared atomic counter would cost a locked read-modify-write per insertion,
 * which showed up as the top cost of object creation in the benchmarks; so
 * each thread reserves a block of VERSION_BLOCK numbers at a time and hands
 * them out with a plain increment. Numbers stay unique across threads; they
 * are no longer increasing across threads, which nothing relies on.
 *
 * ## Key equality without running Python code under the lock
 *
 * The hash is computed before entering the critical section. Under it, a
 * candidate entry matches when it is the same object, or when its hash is
 * equal and the two keys are exact builtins compared in C (str, int, bool,
 * float). Any other candidate with an equal hash needs `==`, which may run
 * Python code: the probe takes a reference to the stored key, leaves the
 * section, calls obj_eq(), re-enters, and carries on only if the table and
 * that entry are unchanged; otherwise it restarts (CPython's rule, so an
 * `__eq__` that mutates the dict cannot crash it, and one that only inserts
 * other keys does not loop forever).
 */
#include "dict.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/** Index-table slot never used. */
#define IX_EMPTY (-1)
/** Index-table slot whose entry was deleted (probing goes on past it). */
#define IX_DUMMY (-2)
/** find(): an exception is set; the section is not held. */
#define FIND_ERROR (-3)
/** Index-table size of the first allocation. */
#define MIN_SIZE 8
/** Entries that fit a table of @p size slots (two thirds). */
#define USABLE(size) (((size) << 1) / 3)

/** Versions a thread reserves from the shared counter at a time. */
#define VERSION_BLOCK 4096

static _Atomic uint64_t version_counter;
static _Thread_local uint64_t version_next, version_end;

/* A version number never used before by any dict (never 0). */
static inline uint64_t next_version(void)
{
    if (UNLIKELY(version_next == version_end)) {
        version_next =
            atomic_fetch_add_explicit(&version_counter, VERSION_BLOCK, memory_order_relaxed) + 1;
        version_end = version_next + VERSION_BLOCK;
    }
    return version_next++;
}

/* A new version for d (relaxed: free-threaded readers compare it without the lock). */
static inline void set_version(DictObj *d)
{
    atomic_store_explicit(&d->version, next_version(), memory_order_relaxed);
}

/* A value was replaced in place. Under free threading, other threads cache immortal values
 * together with the version (vm/eval.c), so the version must change; under a global lock
 * caches keep entry indexes, which stay right. */
static inline void value_replaced(DictObj *d)
{
    if (UNLIKELY(cs_enabled))
        set_version(d);
}

static inline DictObj *as_dict(Value v)
{
    return (DictObj *)AS_OBJ(v);
}

/* ------------------------------------------------------------ hash table */

static size_t pow2_at_least(size_t n)
{
    size_t s = MIN_SIZE;
    while (s < n)
        s <<= 1;
    return s;
}

/* Bytes of the block holding a table of @p size slots and its entries. */
static inline size_t table_bytes(size_t size)
{
    return size * sizeof(int64_t) + USABLE(size) * sizeof(DictEntry);
}

/*
 * A table of @p size slots, every slot IX_EMPTY, with room for USABLE(size)
 * entries at *ent. NULL if out of memory (nothing raised).
 */
static int64_t *table_new(size_t size, DictEntry **ent)
{
    int64_t *ix = alloc_raw(table_bytes(size));
    if (ix == NULL) {
        exc_clear(); /* the callers raise MemoryError themselves, after their section */
        return NULL;
    }
    memset(ix, 0xff, size * sizeof(int64_t)); /* every slot IX_EMPTY */
    *ent = (DictEntry *)(ix + size);
    return ix;
}

/* Free the table of @p d (if any) and forget it; its entries hold no references. */
static void table_free(DictObj *d)
{
    if (d->indices != NULL)
        alloc_raw_free(d->indices, table_bytes(d->mask + 1));
    d->indices = NULL;
    d->entries = NULL;
    d->capacity = d->mask = 0;
}

/* First empty or dummy slot on the probe sequence of hash. */
static size_t free_slot(const int64_t *ix, size_t mask, int64_t hash)
{
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (ix[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/*
 * Rebuild the table with @p size slots (a power of two whose usable part
 * holds every live entry), dropping holes. Inside the section. 0, or -1 if
 * out of memory (nothing changed, nothing raised).
 */
static int rebuild(DictObj *d, size_t size)
{
    size_t cap = USABLE(size);
    if (cap < d->used)
        return -1;
    DictEntry *ent;
    int64_t *ix = table_new(size, &ent);
    if (ix == NULL)
        return -1;
    size_t mask = size - 1, k = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        const DictEntry *e = &d->entries[i];
        if (e->key == VNULL)
            continue;
        ent[k] = *e;
        ix[free_slot(ix, mask, e->hash)] = (int64_t)k;
        k++;
    }
    table_free(d);
    d->indices = ix;
    d->entries = ent;
    d->mask = mask;
    d->capacity = cap;
    d->nentries = d->fill = k;
    set_version(d);
    return 0;
}

/*
 * Add a key known to be absent (inside the section); takes new references
 * to key and value. 0, or -1 if out of memory (nothing changed).
 */
static int insert_absent(DictObj *d, Value key, int64_t hash, Value value)
{
    /* Rebuild when the entries are all used, or when the index table has too few empty slots
     * left: deletions leave dummies, and popitem() hands entry numbers back (fill keeps
     * counting them, so probes always end). */
    if ((d->nentries >= d->capacity || d->fill >= d->capacity) &&
        rebuild(d, pow2_at_least(d->used * 3)) < 0)
        return -1;
    size_t slot = free_slot(d->indices, d->mask, hash);
    if (d->indices[slot] == IX_EMPTY)
        d->fill++;
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = newref(key);
    e->value = newref(value);
    d->indices[slot] = (int64_t)d->nentries;
    d->nentries++;
    d->used++;
    set_version(d);
    return 0;
}

/*
 * Unlink the entry ix found at slot (inside the section); its key and
 * value references move to *key and *value, to be dropped after the
 * section.
 */
static void remove_entry(DictObj *d, size_t slot, int64_t ix, Value *key, Value *value)
{
    DictEntry *e = &d->entries[ix];
    *key = e->key;
    *value = e->value;
    e->key = VNULL;
    e->value = VNULL;
    d->indices[slot] = IX_DUMMY;
    d->used--;
    set_version(d);
}

/*
 * Look key (with its hash) up. Enters the critical section @p cs and
 * returns with it held: the entry index (*slot set to its index-table
 * slot), or IX_EMPTY if absent. Returns FIND_ERROR, section not held, if
 * a key comparison raised.
 */
static int64_t find(DictObj *d, Value key, int64_t hash, CritSection *cs, size_t *slot)
{
restart:
    cs_begin(cs, &d->base);
    if (d->indices == NULL)
        return IX_EMPTY;
    size_t mask = d->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return IX_EMPTY;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                int r = obj_eq_in_c(e->key, key);
                if (r < 0) {
                    Value ekey = newref(e->key);
                    uint64_t version = d->version;
                    cs_end(cs);
                    r = obj_eq(ekey, key);
                    if (r < 0) {
                        decref(ekey);
                        return FIND_ERROR;
                    }
                    cs_begin(cs, &d->base);
                    /* Same version: no key added or removed, table not rebuilt (a
                       freed table's block may be reused at the same address). */
                    if (d->version != version || d->indices[i] != ix ||
                        d->entries[ix].key != ekey) {
                        cs_end(cs);
                        decref(ekey);
                        goto restart;
                    }
                    decref(ekey); /* the dict still holds it: cannot free */
                }
                if (r > 0) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The hash of str @p key: the cached one when computed, without a call. */
static inline int64_t str_key_hash(Value key)
{
    int64_t h = atomic_load_explicit(&((StrObj *)AS_OBJ(key))->hash, memory_order_relaxed);
    return h != -1 ? h : str_hash(key);
}

/* hash(key), with the str fast path; -1 with an exception on error. */
static int64_t hash_key(Value key)
{
    if (IS_OBJ(key) && AS_OBJ(key)->type == &str_type)
        return str_key_hash(key);
    return obj_hash(key);
}

/** probe_str(): the key may be equal to a non-str key; use find(). */
#define PROBE_GENERIC (-4)

/*
 * find() for an exact str @p key, inside the section: the entry index,
 * IX_EMPTY if absent, or PROBE_GENERIC when an entry of the same hash holds
 * a key that is not an exact str (only `==` can tell, and it may run Python
 * code). Attribute names and most dict keys take this path: no comparison
 * callbacks, no restart logic.
 */
static inline int64_t probe_str(const DictObj *d, Value key, int64_t hash, size_t *slot)
{
    if (d->indices == NULL)
        return IX_EMPTY;
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return IX_EMPTY;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash) {
                if (!IS_OBJ(e->key) || AS_OBJ(e->key)->type != &str_type)
                    return PROBE_GENERIC;
                if (str_eq(e->key, key)) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* d[key] = value with key's hash known. 0 or -1. */
static int set_hashed(DictObj *d, Value key, int64_t hash, Value value)
{
    CritSection cs;
    size_t slot;
    int64_t ix = PROBE_GENERIC;
    if (IS_OBJ(key) && AS_OBJ(key)->type == &str_type) {
        cs_begin(&cs, &d->base);
        ix = probe_str(d, key, hash, &slot);
        if (ix == PROBE_GENERIC)
            cs_end(&cs);
    }
    if (ix == PROBE_GENERIC)
        ix = find(d, key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return -1;
    if (ix >= 0) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = newref(value);
        value_replaced(d);
        cs_end(&cs);
        decref(old);
        return 0;
    }
    int rc = insert_absent(d, key, hash, value);
    cs_end(&cs);
    if (rc < 0)
        exc_nomemory();
    return rc;
}

/*
 * Fill a new, empty, unshared dict @p d with the live entries of @p src
 * (inside src's section; keys are known distinct, so no comparisons).
 * 0, or -1 if out of memory.
 */
static int fill_from(DictObj *d, const DictObj *src)
{
    if (src->used == 0)
        return 0;
    size_t size = pow2_at_least((src->used * 3 + 1) / 2);
    size_t cap = USABLE(size);
    DictEntry *ent;
    int64_t *ix = table_new(size, &ent);
    if (ix == NULL)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < src->nentries; i++) {
        const DictEntry *e = &src->entries[i];
        if (e->key == VNULL)
            continue;
        ent[k].hash = e->hash;
        ent[k].key = newref(e->key);
        ent[k].value = newref(e->value);
        ix[free_slot(ix, size - 1, e->hash)] = (int64_t)k;
        k++;
    }
    d->indices = ix;
    d->entries = ent;
    d->mask = size - 1;
    d->capacity = cap;
    d->nentries = d->used = d->fill = k;
    set_version(d);
    return 0;
}

/* ----------------------------------------------------------------- C API */

/* Initialise the dict part of a freshly allocated object and track it. */
static void init_fresh(DictObj *d)
{
    d->used = d->nentries = d->fill = d->capacity = d->mask = 0;
    d->indices = NULL;
    d->entries = NULL;
    set_version(d);
    gc_track(&d->base);
}

static Value new_of_type(Type *type)
{
    Obj *o = alloc_object(type);
    if (o == NULL)
        return VNULL;
    init_fresh((DictObj *)o);
    return OBJ_VAL(o);
}

Value dict_new(void)
{
    return new_of_type(&dict_type);
}

int dict_lookup(Value dv, Value key, Value *out)
{
    DictObj *d = as_dict(dv);
    CritSection cs;
    size_t slot;
    int64_t ix;
    if (IS_OBJ(key) && AS_OBJ(key)->type == &str_type) {
        int64_t hash = str_key_hash(key);
        cs_begin(&cs, &d->base);
        ix = probe_str(d, key, hash, &slot);
        if (ix != PROBE_GENERIC) {
            if (ix >= 0)
                *out = newref(d->entries[ix].value);
            cs_end(&cs);
            return ix >= 0;
        }
        cs_end(&cs);
    }
    int64_t hash = hash_key(key);
    if (hash == -1)
        return -1;
    ix = find(d, key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return -1;
    if (ix < 0) {
        cs_end(&cs);
        return 0;
    }
    *out = newref(d->entries[ix].value);
    cs_end(&cs);
    return 1;
}

/* The entry index of str @p key (only str keys match), or -1; inside the section. */
static inline int64_t probe_only_str(const DictObj *d, Value key, int64_t hash)
{
    if (d->indices == NULL)
        return -1;
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            const DictEntry *e = &d->entries[ix];
            if (e->key == key || (e->hash == hash && str_check(e->key) && str_eq(e->key, key)))
                return ix;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

int dict_lookup_str(Value dv, Value key, Value *out)
{
    DictObj *d = as_dict(dv);
    int64_t hash = str_key_hash(key);
    CritSection cs;
    cs_begin(&cs, &d->base);
    int64_t ix = probe_only_str(d, key, hash);
    if (ix >= 0)
        *out = newref(d->entries[ix].value);
    cs_end(&cs);
    return ix >= 0;
}

int dict_get_str_hint(Value dv, Value key, int64_t *hint, Value *out)
{
    DictObj *d = as_dict(dv);
    CritSection cs;
    cs_begin(&cs, &d->base);
    int64_t ix = *hint;
    if (ix < 0 || (size_t)ix >= d->nentries || d->entries[ix].key != key) {
        ix = probe_only_str(d, key, str_key_hash(key));
        if (ix >= 0)
            *hint = ix;
    }
    if (ix >= 0)
        *out = newref(d->entries[ix].value);
    cs_end(&cs);
    return ix >= 0;
}

int dict_set_str_hint(Value dv, Value key, Value value, int64_t *hint)
{
    DictObj *d = as_dict(dv);
    int64_t ix = *hint;
    CritSection cs;
    cs_begin(&cs, &d->base);
    if (ix >= 0 && (size_t)ix < d->nentries && d->entries[ix].key == key) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = newref(value);
        value_replaced(d);
        cs_end(&cs);
        decref(old);
        return 0;
    }
    cs_end(&cs);
    ix = dict_set_str_index(dv, key, value);
    if (ix == -1)
        return -1;
    *hint = ix; /* -2: no index to remember (an equal key of another type) */
    return 0;
}

int dict_lookup_str_version(Value dv, Value key, Value *out, uint64_t *version)
{
    DictObj *d = as_dict(dv);
    int64_t hash = str_key_hash(key);
    CritSection cs;
    cs_begin(&cs, &d->base);
    int64_t ix = probe_only_str(d, key, hash);
    if (ix >= 0)
        *out = newref(d->entries[ix].value);
    *version = d->version;
    cs_end(&cs);
    return ix >= 0;
}

int64_t dict_lookup_str_index(Value dv, Value key)
{
    DictObj *d = as_dict(dv);
    int64_t hash = str_key_hash(key);
    CritSection cs;
    cs_begin(&cs, &d->base);
    int64_t ix = probe_only_str(d, key, hash);
    cs_end(&cs);
    return ix;
}

int dict_lookup_cstr(Value d, const char *key, Value *out)
{
    Value k = str_intern_cstr(key);
    if (k == VNULL)
        return 0;
    return dict_lookup_str(d, k, out);
}

int dict_set(Value d, Value key, Value value)
{
    int64_t hash = hash_key(key);
    if (hash == -1)
        return -1;
    return set_hashed(as_dict(d), key, hash, value);
}

int64_t dict_set_str_index(Value dv, Value key, Value value)
{
    DictObj *d = as_dict(dv);
    if (!IS_OBJ(key) || AS_OBJ(key)->type != &str_type)
        return dict_set(dv, key, value) < 0 ? -1 : -2;
    int64_t hash = str_key_hash(key);
    CritSection cs;
    size_t slot;
    cs_begin(&cs, &d->base);
    int64_t ix = probe_str(d, key, hash, &slot);
    if (ix == PROBE_GENERIC) {
        /* An equal key of another type may be there: the general path, no index. */
        cs_end(&cs);
        return set_hashed(d, key, hash, value) < 0 ? -1 : -2;
    }
    if (ix >= 0) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = newref(value);
        value_replaced(d);
        cs_end(&cs);
        decref(old);
        return ix;
    }
    if (insert_absent(d, key, hash, value) < 0) {
        cs_end(&cs);
        exc_nomemory();
        return -1;
    }
    ix = (int64_t)d->nentries - 1;
    cs_end(&cs);
    return ix;
}

int dict_set_cstr(Value d, const char *key, Value value)
{
    Value k = str_intern_cstr(key);
    if (k == VNULL)
        return -1;
    return dict_set(d, k, value);
}

int dict_pop(Value dv, Value key, Value *out)
{
    DictObj *d = as_dict(dv);
    if (dict_size(dv) == 0) /* as CPython: no hash needed ({}.pop([], 1) is 1) */
        return 0;
    int64_t hash = hash_key(key);
    if (hash == -1)
        return -1;
    CritSection cs;
    size_t slot;
    int64_t ix = find(d, key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return -1;
    if (ix < 0) {
        cs_end(&cs);
        return 0;
    }
    Value k;
    remove_entry(d, slot, ix, &k, out);
    cs_end(&cs);
    decref(k);
    return 1;
}

int dict_del(Value d, Value key)
{
    Value v;
    int r = dict_pop(d, key, &v);
    if (r < 0)
        return -1;
    if (r == 0) {
        exc_raise_arg(&exc_KeyError, key);
        return -1;
    }
    decref(v);
    return 0;
}

size_t dict_size(Value dv)
{
    DictObj *d = as_dict(dv);
    CritSection cs;
    cs_begin(&cs, &d->base);
    size_t n = d->used;
    cs_end(&cs);
    return n;
}

int dict_next(Value dv, size_t *pos, Value *key, Value *value)
{
    DictObj *d = as_dict(dv);
    CritSection cs;
    cs_begin(&cs, &d->base);
    while (*pos < d->nentries) {
        const DictEntry *e = &d->entries[(*pos)++];
        if (e->key != VNULL) {
            *key = e->key;
            *value = e->value;
            cs_end(&cs);
            return 1;
        }
    }
    cs_end(&cs);
    return 0;
}

Value dict_copy(Value dv)
{
    DictObj *src = as_dict(dv);
    Value res = dict_new();
    if (res == VNULL)
        return VNULL;
    CritSection cs;
    cs_begin(&cs, &src->base);
    int rc = fill_from(as_dict(res), src);
    cs_end(&cs);
    if (rc < 0) {
        decref(res);
        return exc_nomemory();
    }
    return res;
}

/* d[key] = value only if key is absent; else KeyError(key) and -2. */
static int set_new_only(DictObj *d, Value key, int64_t hash, Value value)
{
    CritSection cs;
    size_t slot;
    int64_t ix = find(d, key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return -1;
    if (ix >= 0) {
        cs_end(&cs);
        exc_raise_arg(&exc_KeyError, key);
        return -2;
    }
    int rc = insert_absent(d, key, hash, value);
    cs_end(&cs);
    if (rc < 0)
        exc_nomemory();
    return rc;
}

static int merge_dict(DictObj *d, DictObj *o, bool override)
{
    if (d == o)
        return 0;
    CritSection cs;
    cs_begin2(&cs, &d->base, &o->base);
    if (d->used == 0 && d->nentries == 0) {
        /* Into an empty dict: copy the table in one go. */
        table_free(d);
        set_version(d);
        int rc = fill_from(d, o);
        cs_end(&cs);
        if (rc < 0)
            exc_nomemory();
        return rc;
    }
    size_t n = o->nentries;
    cs_end(&cs);
    for (size_t i = 0;; i++) {
        cs_begin(&cs, &o->base);
        if (o->nentries != n) {
            cs_end(&cs);
            exc_raise(&exc_RuntimeError, "dict mutated during update");
            return -1;
        }
        if (i >= n) {
            cs_end(&cs);
            return 0;
        }
        DictEntry e = o->entries[i];
        if (e.key == VNULL) {
            cs_end(&cs);
            continue;
        }
        incref(e.key);
        incref(e.value);
        cs_end(&cs);
        int rc = override ? set_hashed(d, e.key, e.hash, e.value)
                          : set_new_only(d, e.key, e.hash, e.value);
        decref(e.key);
        decref(e.value);
        if (rc < 0)
            return rc;
    }
}

/* Merge a mapping given its bound keys() method: for k in keys(): d[k] = other[k]. */
static int merge_mapping(DictObj *d, Value other, Value keys_fn, bool override)
{
    Value keys = obj_call(keys_fn, NULL, 0);
    if (keys == VNULL)
        return -1;
    Value it = obj_iter(keys);
    decref(keys);
    if (it == VNULL)
        return -1;
    int rc = 0;
    for (;;) {
        Value k = obj_next(it);
        if (k == VNULL) {
            rc = exc_occurred() ? -1 : 0;
            break;
        }
        int64_t hash = hash_key(k);
        Value v = hash == -1 ? VNULL : obj_getitem(other, k);
        if (v == VNULL)
            rc = -1;
        else
            rc = override ? set_hashed(d, k, hash, v) : set_new_only(d, k, hash, v);
        decref(k);
        xdecref(v);
        if (rc < 0)
            break;
    }
    decref(it);
    return rc;
}

static int dict_iter_slot_is_ours(Value v);

int dict_merge(Value d, Value other, bool override)
{
    if (dict_check(other) && dict_iter_slot_is_ours(other))
        return merge_dict(as_dict(d), as_dict(other), override);
    Value keys_fn = obj_getattr_cstr(other, "keys");
    if (keys_fn == VNULL)
        return -1;
    int rc = merge_mapping(as_dict(d), other, keys_fn, override);
    decref(keys_fn);
    return rc;
}

/* Merge an iterable of key/value pairs (dict(iterable), update(iterable)). */
static int merge_pairs(DictObj *d, Value seq)
{
    Value it = obj_iter(seq);
    if (it == VNULL)
        return -1;
    char msg[160];
    int rc = 0;
    for (size_t i = 0;; i++) {
        Value item = obj_next(it);
        if (item == VNULL) {
            rc = exc_occurred() ? -1 : 0;
            break;
        }
        Value pair;
        if (tuple_check(item))
            pair = newref(item);
        else if (list_check(item))
            pair = list_as_tuple(item);
        else {
            pair = tuple_from_iterable(item);
            if (pair == VNULL && exc_matches(&exc_TypeError)) {
                exc_clear();
                snprintf(msg, sizeof msg,
                         "cannot convert dictionary update sequence element #%zu to a sequence", i);
                exc_raise(&exc_TypeError, "%s", msg);
            }
        }
        decref(item);
        if (pair == VNULL) {
            rc = -1;
            break;
        }
        if (TUPLE_SIZE(pair) != 2) {
            snprintf(msg, sizeof msg,
                     "dictionary update sequence element #%zu has length %zu; 2 is required", i,
                     TUPLE_SIZE(pair));
            exc_raise(&exc_ValueError, "%s", msg);
            rc = -1;
        } else
            rc = dict_set(OBJ_VAL(d), TUPLE_ITEMS(pair)[0], TUPLE_ITEMS(pair)[1]);
        decref(pair);
        if (rc < 0)
            break;
    }
    decref(it);
    return rc;
}

int dict_update(Value d, Value other)
{
    if (dict_check(other) && dict_iter_slot_is_ours(other))
        return merge_dict(as_dict(d), as_dict(other), true);
    Value keys_fn = obj_getattr_cstr(other, "keys");
    if (keys_fn != VNULL) {
        int rc = merge_mapping(as_dict(d), other, keys_fn, true);
        decref(keys_fn);
        return rc;
    }
    if (!exc_matches(&exc_AttributeError))
        return -1;
    exc_clear();
    return merge_pairs(as_dict(d), other);
}

Value dict_keys_list(Value dv)
{
    DictObj *d = as_dict(dv);
    Value *buf = NULL;
    size_t n = 0;
    CritSection cs;
    cs_begin(&cs, &d->base);
    if (d->used > 0) {
        buf = calloc(d->used, sizeof(Value));
        if (buf == NULL) {
            cs_end(&cs);
            return exc_nomemory();
        }
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key != VNULL)
                buf[n++] = newref(d->entries[i].key);
    }
    cs_end(&cs);
    Value res = list_from_array(buf, n);
    for (size_t i = 0; i < n; i++)
        decref(buf[i]);
    free(buf);
    return res;
}

void dict_clear(Value dv)
{
    DictObj *d = as_dict(dv);
    CritSection cs;
    cs_begin(&cs, &d->base);
    int64_t *table = d->indices;
    DictEntry *entries = d->entries;
    size_t n = d->nentries, bytes = table != NULL ? table_bytes(d->mask + 1) : 0;
    d->indices = NULL;
    d->entries = NULL;
    d->used = d->nentries = d->fill = d->capacity = d->mask = 0;
    set_version(d);
    cs_end(&cs);
    for (size_t i = 0; i < n; i++) {
        if (entries[i].key != VNULL) {
            decref(entries[i].key);
            decref(entries[i].value);
        }
    }
    if (table != NULL)
        alloc_raw_free(table, bytes);
}

/* ----------------------------------------------------------------- slots */

static Value slot_repr(Value v)
{
    DictObj *d = as_dict(v);
    if (d->used == 0)
        return str_from_cstr("{}");
    int r = obj_repr_enter(v);
    if (r != 0)
        return r > 0 ? str_from_cstr("{...}") : VNULL;
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '{');
    bool first = true;
    for (size_t i = 0;; i++) {
        CritSection cs;
        cs_begin(&cs, &d->base);
        if (i >= d->nentries) {
            cs_end(&cs);
            break;
        }
        DictEntry e = d->entries[i];
        if (e.key == VNULL) {
            cs_end(&cs);
            continue;
        }
        incref(e.key);
        incref(e.value);
        cs_end(&cs);
        if (!first)
            strbuf_puts(&b, ", ");
        first = false;
        int rc = strbuf_append_repr(&b, e.key);
        if (rc == 0) {
            strbuf_puts(&b, ": ");
            rc = strbuf_append_repr(&b, e.value);
        }
        decref(e.key);
        decref(e.value);
        if (rc < 0) {
            strbuf_free(&b);
            obj_repr_leave(v);
            return VNULL;
        }
    }
    strbuf_putc(&b, '}');
    obj_repr_leave(v);
    return strbuf_finish(&b);
}

/* a == b for two dicts: 1, 0, or -1. */
static int dict_equal(DictObj *a, DictObj *b)
{
    if (a->used != b->used)
        return 0;
    for (size_t i = 0;; i++) {
        CritSection cs;
        cs_begin(&cs, &a->base);
        if (i >= a->nentries) {
            cs_end(&cs);
            return 1;
        }
        DictEntry e = a->entries[i];
        if (e.key == VNULL) {
            cs_end(&cs);
            continue;
        }
        incref(e.key);
        incref(e.value);
        cs_end(&cs);
        size_t slot;
        int64_t ix = find(b, e.key, e.hash, &cs, &slot);
        int r;
        Value bval = VNULL;
        if (ix == FIND_ERROR)
            r = -1;
        else {
            if (ix >= 0)
                bval = newref(b->entries[ix].value);
            cs_end(&cs);
            r = bval == VNULL ? 0 : obj_eq(e.value, bval);
        }
        decref(e.key);
        decref(e.value);
        xdecref(bval);
        if (r <= 0)
            return r;
    }
}

static Value slot_richcompare(Value a, Value b, CmpOp op)
{
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return newref(NOTIMPL_VAL);
    int r = a == b ? 1 : dict_equal(as_dict(a), as_dict(b));
    if (r < 0)
        return VNULL;
    return newref(BOOL_VAL((r == 1) == (op == CMP_EQ)));
}

static Value slot_binop(Value a, Value b, BinOp op)
{
    if (op != BINOP_OR || !dict_check(a) || !dict_check(b))
        return newref(NOTIMPL_VAL);
    Value res = dict_copy(a);
    if (res == VNULL)
        return VNULL;
    if (dict_update(res, b) < 0) {
        decref(res);
        return VNULL;
    }
    return res;
}

static Value slot_inplace(Value a, Value b, BinOp op)
{
    if (op != BINOP_OR || !dict_check(a))
        return newref(NOTIMPL_VAL);
    if (dict_update(a, b) < 0)
        return VNULL;
    return newref(a);
}

static int64_t slot_len(Value v)
{
    return (int64_t)as_dict(v)->used;
}

static Value slot_getitem(Value v, Value key)
{
    Value out;
    int r = dict_lookup(v, key, &out);
    if (r > 0)
        return out;
    if (r < 0)
        return VNULL;
    if (TYPE_OF(v) != &dict_type) {
        /* A subclass may define __missing__ (as collections.defaultdict does). */
        Value name = str_intern_cstr("__missing__");
        if (name != VNULL && type_lookup(TYPE_OF(v), name) != VNULL) {
            Value m = obj_getattr(v, name);
            if (m == VNULL)
                return VNULL;
            Value res = obj_call(m, &key, 1);
            decref(m);
            return res;
        }
    }
    return exc_raise_arg(&exc_KeyError, key);
}

static int slot_setitem(Value v, Value key, Value value)
{
    if (value == VNULL)
        return dict_del(v, key);
    return dict_set(v, key, value);
}

static int slot_contains(Value v, Value key)
{
    int64_t hash = hash_key(key);
    if (hash == -1)
        return -1;
    CritSection cs;
    size_t slot;
    int64_t ix = find(as_dict(v), key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return -1;
    cs_end(&cs);
    return ix >= 0;
}

static Value slot_iter(Value v)
{
    return dict_views_iter(v, &dict_keyiter_type);
}

static int dict_iter_slot_is_ours(Value v)
{
    return TYPE_OF(v)->iter == slot_iter;
}

static void slot_dealloc(Obj *o)
{
    gc_untrack(o);
    dict_clear(OBJ_VAL(o));
    alloc_free(o);
}

static void slot_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        const DictEntry *e = &d->entries[i];
        if (e->key == VNULL)
            continue;
        if (IS_OBJ(e->key))
            visit(AS_OBJ(e->key), arg);
        if (IS_OBJ(e->value))
            visit(AS_OBJ(e->value), arg);
    }
}

static void slot_clear(Obj *o)
{
    dict_clear(OBJ_VAL(o));
}

/* Add the keyword arguments of a call to d. */
static int add_kwargs(Value d, const Value *kwvalues, Value kwnames)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(d, TUPLE_ITEMS(kwnames)[i], kwvalues[i]) < 0)
            return -1;
    return 0;
}

static Value slot_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("dict", nargs, 0, 1) < 0)
        return VNULL;
    Value res = new_of_type(type);
    if (res == VNULL)
        return VNULL;
    if ((nargs == 1 && dict_update(res, args[0]) < 0) || add_kwargs(res, args + nargs, kwnames) < 0) {
        decref(res);
        return VNULL;
    }
    return res;
}

/* dict.__new__ for subclasses: an empty dict of the subtype. */
static Value slot_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    return new_of_type(type);
}

/* dict.__init__(mapping_or_iterable=(), **kwargs): update the contents. */
static int slot_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("dict", nargs, 0, 1) < 0)
        return -1;
    if (nargs == 1 && dict_update(self, args[0]) < 0)
        return -1;
    return add_kwargs(self, args + nargs, kwnames);
}

/* ---------------------------------------------------------------- methods */

static Value m_get(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("get", nargs, 1, 2) < 0)
        return VNULL;
    Value out;
    int r = dict_lookup(self, args[0], &out);
    if (r < 0)
        return VNULL;
    if (r > 0)
        return out;
    return newref(nargs == 2 ? args[1] : NONE_VAL);
}

static Value m_setdefault(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("setdefault", nargs, 1, 2) < 0)
        return VNULL;
    DictObj *d = as_dict(self);
    Value key = args[0], dflt = nargs == 2 ? args[1] : NONE_VAL;
    int64_t hash = hash_key(key);
    if (hash == -1)
        return VNULL;
    CritSection cs;
    size_t slot;
    int64_t ix = find(d, key, hash, &cs, &slot);
    if (ix == FIND_ERROR)
        return VNULL;
    if (ix >= 0) {
        Value v = newref(d->entries[ix].value);
        cs_end(&cs);
        return v;
    }
    int rc = insert_absent(d, key, hash, dflt);
    cs_end(&cs);
    if (rc < 0)
        return exc_nomemory();
    return newref(dflt);
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("pop", nargs, 1, 2) < 0)
        return VNULL;
    Value out;
    int r = dict_pop(self, args[0], &out);
    if (r < 0)
        return VNULL;
    if (r > 0)
        return out;
    if (nargs == 2)
        return newref(args[1]);
    return exc_raise_arg(&exc_KeyError, args[0]);
}

static Value m_popitem(Value self, const Value *args, size_t nargs, Value kwnames)
{
    DictObj *d = as_dict(self);
    CritSection cs;
    cs_begin(&cs, &d->base);
    if (d->used == 0) {
        cs_end(&cs);
        return exc_raise(&exc_KeyError, "popitem(): dictionary is empty");
    }
    size_t i = d->nentries;
    while (d->entries[i - 1].key == VNULL)
        i--;
    int64_t ix = (int64_t)(i - 1);
    /* Find the slot pointing at the entry. */
    int64_t hash = d->entries[ix].hash;
    size_t slot = (size_t)hash & d->mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->indices[slot] != ix) {
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & d->mask;
    }
    Value k, v;
    remove_entry(d, slot, ix, &k, &v);
    d->nentries = (size_t)ix; /* the tail holds only holes now: reuse it (LIFO stays O(1)) */
    cs_end(&cs);
    Value t = tuple_new(2);
    if (t == VNULL) {
        decref(k);
        decref(v);
        return VNULL;
    }
    TUPLE_ITEMS(t)[0] = k;
    TUPLE_ITEMS(t)[1] = v;
    return t;
}

static Value m_keys(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_views_new(self, &dict_keys_type);
}

static Value m_values(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_views_new(self, &dict_values_type);
}

static Value m_items(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_views_new(self, &dict_items_type);
}

static Value m_update(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("update", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 1 && dict_update(self, args[0]) < 0)
        return VNULL;
    if (add_kwargs(self, args + nargs, kwnames) < 0)
        return VNULL;
    return newref(NONE_VAL);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames)
{
    dict_clear(self);
    return newref(NONE_VAL);
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_copy(self);
}

static Value m_fromkeys(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("fromkeys", nargs, 1, 2) < 0)
        return VNULL;
    Value value = nargs == 2 ? args[1] : NONE_VAL;
    Type *type = (Type *)AS_OBJ(self);
    bool exact = type == &dict_type;
    Value d = exact ? dict_new() : obj_call(self, NULL, 0);
    if (d == VNULL)
        return VNULL;
    Value it = obj_iter(args[0]);
    if (it == VNULL) {
        decref(d);
        return VNULL;
    }
    for (;;) {
        Value k = obj_next(it);
        if (k == VNULL)
            break;
        int rc = exact ? dict_set(d, k, value) : obj_setitem(d, k, value);
        decref(k);
        if (rc < 0)
            break;
    }
    decref(it);
    if (exc_occurred()) {
        decref(d);
        return VNULL;
    }
    return d;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_views_iter(self, &dict_revkeyiter_type);
}

static const MethodDef dict_methods[] = {
    {"get", m_get, 0, "d[key] if key is in d, else the default (None)."},
    {"setdefault", m_setdefault, 0, "d[key], first setting it to the default if absent."},
    {"pop", m_pop, 0, "Remove key and return its value, or the default; KeyError if absent."},
    {"popitem", m_popitem, METH_NOARGS, "Remove and return the last inserted (key, value) pair."},
    {"keys", m_keys, METH_NOARGS, "A dynamic view of the keys."},
    {"values", m_values, METH_NOARGS, "A dynamic view of the values."},
    {"items", m_items, METH_NOARGS, "A dynamic view of the (key, value) pairs."},
    {"update", m_update, METH_KEYWORDS, "Add the items of a mapping or iterable of pairs, and keywords."},
    {"clear", m_clear, METH_NOARGS, "Remove every item."},
    {"copy", m_copy, METH_NOARGS, "A shallow copy."},
    {"fromkeys", m_fromkeys, METH_CLASS, "A new dict with keys from an iterable, all set to value."},
    {"__reversed__", m_reversed, METH_NOARGS, "An iterator over the keys, last inserted first."},
    {NULL, NULL, 0, NULL},
};

Type dict_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TYPE_GC | TYPE_BASETYPE | TYPE_DICT_SUBCLASS,
    .base_type = &object_type,
    .methods = dict_methods,
    .dealloc = slot_dealloc,
    .traverse = slot_traverse,
    .clear = slot_clear,
    .repr = slot_repr,
    .richcompare = slot_richcompare,
    .binop = slot_binop,
    .inplace = slot_inplace,
    .len = slot_len,
    .getitem = slot_getitem,
    .setitem = slot_setitem,
    .contains = slot_contains,
    .iter = slot_iter,
    .getattr = obj_generic_getattr,
    .construct = slot_construct,
    .alloc_new = slot_alloc_new,
    .init = slot_init,
};
