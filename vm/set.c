// SPDX-License-Identifier: MIT
/**
 * @file set.c
 * @brief set and frozenset: the hash table, the C API, the slots that read
 *        one set, the iterator and the type objects (the set algebra, the
 *        operators and the methods are in set_ops.c).
 *
 * ## Why the layout is CPython's, slot for slot
 *
 * A Python program sees a set's table order whenever it prints a set or
 * iterates one. For strings that order depends on randomised hashes, but
 * for numbers it is fully determined, and programs do (unwisely, but
 * commonly) depend on `print({3, 1, 2})` showing `{1, 2, 3}`. gilvm's int
 * and float hashes are CPython's, so reproducing CPython's table exactly
 * reproduces its order. Everything below that moves a key therefore does
 * what CPython 3.11's setobject.c does:
 *
 * - **Probing.** A key with hash h starts at slot `i = h & mask` and looks
 *   at slots i..i+9 (linear probes, for cache locality) when they fit below
 *   the end of the table, else at i alone; then `perturb >>= 5` (perturb
 *   starts as the unsigned hash) and `i = (i*5 + 1 + perturb) & mask`.
 * - **Insertion.** The key goes into the unused slot that ends the search,
 *   unless a dummy was passed on the way: then into the *last* dummy passed.
 * - **Growth.** Filling an unused slot (not a dummy) may trigger a resize:
 *   when `fill*5 >= mask*3`, the table is rebuilt at the smallest power of
 *   two greater than `used*4` (`used*2` past 50,000 elements), which drops
 *   the dummies; the keys are re-inserted in old-table order.
 * - **Bulk adds** (update from a set or dict) resize once up front, and a set
 *   merged into an empty table of the same size copies it slot for slot.
 * - **Deletion** leaves a dummy; difference_update rebuilds when more than a
 *   quarter of the table is dummies.
 * - **pop()** scans from a *finger* left by the previous pop.
 *
 * ## Locking
 *
 * As in dict.c: a key's hash is computed before entering the set's critical
 * section; under it, a candidate slot matches when it holds the same
 * object, or an equal-hash key that C can compare (str, int, bool, float).
 * Any other equal-hash candidate needs `==`, which may run Python code:
 * the probe takes a reference to the stored key, leaves the section, calls
 * obj_eq(), re-enters and restarts if the table or that slot changed
 * meanwhile. Keys leaving the set are dropped after the section ends.
 */
#include "set_impl.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "strbuf.h"

/** Slots examined after the first before jumping (CPython's LINEAR_PROBES). */
#define LINEAR_PROBES 9
/** Bits of the hash brought in per jump. */
#define PERTURB_SHIFT 5

/** find(): the key is in the table. */
#define FOUND 1
/** find(): the key is not in the table. */
#define ABSENT 0
/** find(): a comparison raised; the section is not held. */
#define FIND_ERROR (-1)
/** find(): no dummy was passed. */
#define NO_SLOT SIZE_MAX

Obj set_dummy_obj = OBJ_HEAD_INIT(&object_type);

static inline bool is_active(const SetEntry *e)
{
    return e->key != VNULL && e->key != SET_DUMMY;
}

/* ------------------------------------------------------------ hash table */

/* Equality of two distinct keys decided in C: 1, 0, or -1 if it needs `==`. */
static int fast_eq(Value a, Value b)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return 0;
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    if (ta == &str_type && tb == &str_type)
        return str_eq(a, b);
    bool ia = ta == &int_type || ta == &bool_type, ib = tb == &int_type || tb == &bool_type;
    if (ia && ib)
        return int_compare(a, b) == 0;
    if (ta == &float_type && tb == &float_type)
        return FLOAT_AS_DOUBLE(a) == FLOAT_AS_DOUBLE(b);
    bool na = ia || ta == &float_type, nb = ib || tb == &float_type;
    if ((ta == &str_type && nb) || (na && tb == &str_type))
        return 0;
    return -1;
}

/*
 * Probe for key. Enters @p cs and returns with it held: FOUND with *slot
 * the key's slot, or ABSENT with *slot the unused slot that ended the
 * search and *freeslot the last dummy passed (NO_SLOT if none). Returns
 * FIND_ERROR, section not held, if a comparison raised.
 */
static int find(SetObj *s, Value key, int64_t hash, CritSection *cs, size_t *slot,
                size_t *freeslot)
{
restart:
    cs_begin(cs, &s->base);
    *freeslot = NO_SLOT;
    size_t mask = s->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        size_t end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (size_t j = i; j <= end; j++) {
            const SetEntry *e = &s->table[j];
            if (e->key == VNULL) {
                *slot = j;
                return ABSENT;
            }
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key) {
                    *slot = j;
                    return FOUND;
                }
                int r = fast_eq(sk, key);
                if (r < 0) {
                    const SetEntry *table = s->table;
                    incref(sk);
                    cs_end(cs);
                    r = obj_eq(sk, key);
                    if (r < 0) {
                        decref(sk);
                        return FIND_ERROR;
                    }
                    cs_begin(cs, &s->base);
                    if (s->table != table || s->mask != mask || s->table[j].key != sk) {
                        cs_end(cs);
                        decref(sk);
                        goto restart;
                    }
                    decref(sk); /* the set still holds it: cannot free */
                }
                if (r > 0) {
                    *slot = j;
                    return FOUND;
                }
            } else if (e->hash == -1) {
                *freeslot = j;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Store a key known to be absent into a table without dummies (resize, merge). */
static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash)
{
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        size_t end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (size_t j = i; j <= end; j++) {
            if (table[j].key == VNULL) {
                table[j].key = key;
                table[j].hash = hash;
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Make @p s an empty set on its small table (inside the section). */
static void empty_to_small(SetObj *s)
{
    memset(s->small, 0, sizeof s->small);
    s->fill = s->used = 0;
    s->mask = SET_MINSIZE - 1;
    s->table = s->small;
    s->hash = -1;
}

/*
 * Rebuild the table at the smallest power of two (at least SET_MINSIZE)
 * greater than @p minused, dropping dummies (inside the section). 0, or -1
 * if out of memory: nothing changed, nothing raised.
 */
static int resize(SetObj *s, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (newsize == 0 || newsize > SIZE_MAX / sizeof(SetEntry))
            return -1;
    }
    SetEntry *old = s->table, *table;
    size_t oldmask = s->mask;
    bool old_malloced = old != s->small;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        table = s->small;
        if (table == old) {
            if (s->fill == s->used)
                return 0; /* no dummies to drop */
            memcpy(small_copy, old, sizeof small_copy);
            old = small_copy;
        }
    } else {
        table = malloc(newsize * sizeof(SetEntry));
        if (table == NULL)
            return -1;
    }
    memset(table, 0, newsize * sizeof(SetEntry));
    s->table = table;
    s->mask = newsize - 1;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (is_active(&old[i]))
            insert_clean(table, s->mask, old[i].key, old[i].hash);
    if (old_malloced)
        free(old);
    return 0;
}

/* The size a table grows to after an insertion fills it. */
static inline size_t growth_target(const SetObj *s)
{
    return s->used > 50000 ? s->used * 2 : s->used * 4;
}

int64_t set_hash_key(Value key)
{
    if (IS_OBJ(key) && AS_OBJ(key)->type == &str_type)
        return str_hash(key);
    return obj_hash(key);
}

int set_add_entry(SetObj *s, Value key, int64_t hash)
{
    CritSection cs;
    size_t slot, freeslot;
    int r = find(s, key, hash, &cs, &slot, &freeslot);
    if (r == FIND_ERROR)
        return -1;
    if (r == FOUND) {
        cs_end(&cs);
        return 0;
    }
    s->used++;
    if (freeslot != NO_SLOT) {
        s->table[freeslot].key = newref(key);
        s->table[freeslot].hash = hash;
        cs_end(&cs);
        return 0;
    }
    s->fill++;
    s->table[slot].key = newref(key);
    s->table[slot].hash = hash;
    int rc = 0;
    if (s->fill * 5 >= s->mask * 3)
        rc = resize(s, growth_target(s));
    cs_end(&cs);
    if (rc < 0)
        exc_nomemory();
    return rc;
}

int set_contains_entry(SetObj *s, Value key, int64_t hash)
{
    CritSection cs;
    size_t slot, freeslot;
    int r = find(s, key, hash, &cs, &slot, &freeslot);
    if (r != FIND_ERROR)
        cs_end(&cs);
    return r;
}

int set_discard_entry(SetObj *s, Value key, int64_t hash)
{
    CritSection cs;
    size_t slot, freeslot;
    int r = find(s, key, hash, &cs, &slot, &freeslot);
    if (r == FIND_ERROR)
        return -1;
    if (r == ABSENT) {
        cs_end(&cs);
        return SET_DISCARD_NOTFOUND;
    }
    Value old = s->table[slot].key;
    s->table[slot].key = SET_DUMMY;
    s->table[slot].hash = -1;
    s->used--;
    cs_end(&cs);
    decref(old);
    return SET_DISCARD_FOUND;
}

int set_contains_key(SetObj *s, Value key)
{
    int64_t hash = set_hash_key(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(s, key, hash);
}

int set_discard_key(SetObj *s, Value key)
{
    int64_t hash = set_hash_key(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(s, key, hash);
}

int set_next_entry(SetObj *s, size_t *pos, Value *key, int64_t *hash)
{
    CritSection cs;
    cs_begin(&cs, &s->base);
    size_t i = *pos;
    while (i <= s->mask && !is_active(&s->table[i]))
        i++;
    *pos = i + 1;
    if (i > s->mask) {
        cs_end(&cs);
        return 0;
    }
    *key = newref(s->table[i].key);
    *hash = s->table[i].hash;
    cs_end(&cs);
    return 1;
}

int set_purge_dummies(SetObj *s)
{
    CritSection cs;
    cs_begin(&cs, &s->base);
    int rc = 0;
    if (s->fill - s->used > s->mask / 4)
        rc = resize(s, growth_target(s));
    cs_end(&cs);
    if (rc < 0)
        exc_nomemory();
    return rc;
}

/* Drop the keys of a detached table (outside any section) and free it if malloc'd. */
static void release_table(SetEntry *table, size_t mask, bool malloced)
{
    for (size_t i = 0; i <= mask; i++)
        if (is_active(&table[i]))
            decref(table[i].key);
    if (malloced)
        free(table);
}

void set_clear_internal(SetObj *s)
{
    SetEntry copy[SET_MINSIZE];
    CritSection cs;
    cs_begin(&cs, &s->base);
    SetEntry *table = s->table;
    size_t mask = s->mask;
    bool malloced = table != s->small;
    if (!malloced) {
        if (s->fill == 0) {
            cs_end(&cs);
            return;
        }
        memcpy(copy, table, sizeof copy);
        table = copy;
    }
    empty_to_small(s);
    cs_end(&cs);
    release_table(table, mask, malloced);
}

void set_swap_bodies(SetObj *a, SetObj *b)
{
    CritSection cs;
    cs_begin2(&cs, &a->base, &b->base);
    size_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    bool a_small = a->table == a->small, b_small = b->table == b->small;
    SetEntry *ta = a->table;
    a->table = b_small ? a->small : b->table;
    b->table = a_small ? b->small : ta;
    if (a_small || b_small) {
        SetEntry tmp[SET_MINSIZE];
        memcpy(tmp, a->small, sizeof tmp);
        memcpy(a->small, b->small, sizeof tmp);
        memcpy(b->small, tmp, sizeof tmp);
    }
    if (frozenset_check(OBJ_VAL(a)) && frozenset_check(OBJ_VAL(b))) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
    cs_end(&cs);
}

/* Add the (key, hash) pairs of buf, dropping the references buf holds. 0 or -1. */
static int add_all(SetObj *s, SetEntry *buf, size_t n)
{
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0 && set_add_entry(s, buf[i].key, buf[i].hash) < 0)
            rc = -1;
        decref(buf[i].key);
    }
    free(buf);
    return rc;
}

/* set |= other for a set or frozenset other (CPython's set_merge). 0 or -1. */
static int merge(SetObj *s, SetObj *o)
{
    if (s == o)
        return 0;
    CritSection cs;
    cs_begin2(&cs, &s->base, &o->base);
    if (o->used == 0) {
        cs_end(&cs);
        return 0;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3 && resize(s, (s->used + o->used) * 2) < 0) {
        cs_end(&cs);
        exc_nomemory();
        return -1;
    }
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        /* Same size, no dummies: copy slot for slot. */
        for (size_t i = 0; i <= o->mask; i++) {
            if (o->table[i].key != VNULL) {
                s->table[i].key = newref(o->table[i].key);
                s->table[i].hash = o->table[i].hash;
            }
        }
        s->fill = s->used = o->used;
        cs_end(&cs);
        return 0;
    }
    if (s->fill == 0) {
        /* The keys are distinct: no comparisons needed. */
        for (size_t i = 0; i <= o->mask; i++)
            if (is_active(&o->table[i]))
                insert_clean(s->table, s->mask, newref(o->table[i].key), o->table[i].hash);
        s->fill = s->used = o->used;
        cs_end(&cs);
        return 0;
    }
    /* General case: copy the other set's entries out, then add them one by one. */
    SetEntry *buf = malloc(o->used * sizeof(SetEntry));
    if (buf == NULL) {
        cs_end(&cs);
        exc_nomemory();
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i <= o->mask; i++) {
        if (is_active(&o->table[i])) {
            buf[n].key = newref(o->table[i].key);
            buf[n++].hash = o->table[i].hash;
        }
    }
    cs_end(&cs);
    return add_all(s, buf, n);
}

int set_dict_snapshot(Value dict, SetEntry **out, size_t *n)
{
    DictObj *d = (DictObj *)AS_OBJ(dict);
    CritSection cs;
    cs_begin(&cs, &d->base);
    size_t k = 0;
    SetEntry *buf = NULL;
    if (d->used > 0) {
        buf = malloc(d->used * sizeof(SetEntry));
        if (buf == NULL) {
            cs_end(&cs);
            exc_nomemory();
            return -1;
        }
        for (size_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key != VNULL) {
                buf[k].key = newref(d->entries[i].key);
                buf[k++].hash = d->entries[i].hash;
            }
        }
    }
    cs_end(&cs);
    *out = buf;
    *n = k;
    return 0;
}

/* Add the keys of an exact dict, with the hashes it stores (one resize up front). 0 or -1. */
static int update_from_dict(SetObj *s, Value dict)
{
    SetEntry *buf;
    size_t n;
    if (set_dict_snapshot(dict, &buf, &n) < 0)
        return -1;
    CritSection cs;
    cs_begin(&cs, &s->base);
    int rc = 0;
    if ((s->fill + n) * 5 >= s->mask * 3)
        rc = resize(s, (s->used + n) * 2);
    cs_end(&cs);
    if (rc < 0) {
        exc_nomemory();
        for (size_t i = 0; i < n; i++)
            decref(buf[i].key);
        free(buf);
        return -1;
    }
    return add_all(s, buf, n);
}

int set_update_internal(SetObj *s, Value other)
{
    if (anyset_check(other))
        return merge(s, set_obj(other));
    if (IS_OBJ(other) && AS_OBJ(other)->type == &dict_type)
        return update_from_dict(s, other);
    Value it = obj_iter(other);
    if (it == VNULL)
        return -1;
    for (;;) {
        Value key = obj_next(it);
        if (key == VNULL)
            break;
        int64_t hash = set_hash_key(key);
        int rc = hash == -1 ? -1 : set_add_entry(s, key, hash);
        decref(key);
        if (rc < 0) {
            decref(it);
            return -1;
        }
    }
    decref(it);
    return exc_occurred() ? -1 : 0;
}

/* ----------------------------------------------------------------- C API */

/* Initialise the set part of a freshly allocated object and track it. */
static void init_fresh(SetObj *s)
{
    empty_to_small(s);
    s->finger = 0;
    gc_track(&s->base);
}

Value set_make(Type *type, Value iterable)
{
    SetObj *s = (SetObj *)alloc_object(type);
    if (s == NULL)
        return VNULL;
    init_fresh(s);
    if (iterable != VNULL && set_update_internal(s, iterable) < 0) {
        decref(OBJ_VAL(s));
        return VNULL;
    }
    return OBJ_VAL(s);
}

Value set_make_basetype(Type *type, Value iterable)
{
    if (type != &set_type && type != &frozenset_type)
        type = type_is_subtype(type, &set_type) ? &set_type : &frozenset_type;
    return set_make(type, iterable);
}

Value set_copy_of(SetObj *s)
{
    return set_make_basetype(s->base.type, OBJ_VAL(s));
}

Value set_new(void)
{
    return set_make(&set_type, VNULL);
}

Value set_from_iterable(Value iterable)
{
    return set_make(&set_type, iterable);
}

Value frozenset_new(Value iterable)
{
    if (iterable != VNULL && IS_OBJ(iterable) && AS_OBJ(iterable)->type == &frozenset_type)
        return newref(iterable);
    return set_make(&frozenset_type, iterable);
}

Value set_fold_constant(Value items)
{
    Value first = set_make(&frozenset_type, items);
    if (first == VNULL)
        return VNULL;
    Value order = list_from_iterable(first);
    decref(first);
    if (order == VNULL)
        return VNULL;
    Value folded = set_make(&frozenset_type, order);
    decref(order);
    return folded;
}

int set_add(Value set, Value key)
{
    int64_t hash = set_hash_key(key);
    if (hash == -1)
        return -1;
    return set_add_entry(set_obj(set), key, hash);
}

int set_update(Value set, Value iterable)
{
    return set_update_internal(set_obj(set), iterable);
}

int set_contains(Value set, Value key)
{
    return set_contains_key(set_obj(set), key);
}

int set_discard(Value set, Value key)
{
    return set_discard_key(set_obj(set), key);
}

void set_clear(Value set)
{
    set_clear_internal(set_obj(set));
}

size_t set_size(Value set)
{
    return set_obj(set)->used;
}

int set_next(Value set, size_t *pos, Value *key)
{
    SetObj *s = set_obj(set);
    CritSection cs;
    cs_begin(&cs, &s->base);
    size_t i = *pos;
    while (i <= s->mask && !is_active(&s->table[i]))
        i++;
    *pos = i + 1;
    int found = i <= s->mask;
    if (found)
        *key = s->table[i].key;
    cs_end(&cs);
    return found;
}

Value set_intersection(Value set, Value other)
{
    return set_ops_intersection(set_obj(set), other);
}

int set_difference_update(Value set, Value other)
{
    return set_ops_difference_update(set_obj(set), other);
}

int set_symmetric_difference_update(Value set, Value other)
{
    return set_ops_symmetric_difference_update(set_obj(set), other);
}

Value set_pop_internal(SetObj *s)
{
    CritSection cs;
    cs_begin(&cs, &s->base);
    if (s->used == 0) {
        cs_end(&cs);
        return exc_raise(&exc_KeyError, "pop from an empty set");
    }
    size_t i = s->finger & s->mask;
    while (!is_active(&s->table[i]))
        i = i < s->mask ? i + 1 : 0;
    Value key = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->finger = i + 1;
    cs_end(&cs);
    return key;
}

/* ----------------------------------------------------------------- slots */

/* The active keys as a malloc'd array of new references (NULL when empty). */
static int snapshot(SetObj *s, Value **out, size_t *n)
{
    CritSection cs;
    cs_begin(&cs, &s->base);
    Value *buf = NULL;
    size_t k = 0;
    if (s->used > 0) {
        buf = malloc(s->used * sizeof(Value));
        if (buf == NULL) {
            cs_end(&cs);
            exc_nomemory();
            return -1;
        }
        for (size_t i = 0; i <= s->mask; i++)
            if (is_active(&s->table[i]))
                buf[k++] = newref(s->table[i].key);
    }
    cs_end(&cs);
    *out = buf;
    *n = k;
    return 0;
}

static Value slot_repr(Value v)
{
    const char *name = TYPE_OF(v)->name;
    int r = obj_repr_enter(v);
    if (r != 0)
        return r > 0 ? str_printf("%s(...)", name) : VNULL;
    Value *keys;
    size_t n;
    if (snapshot(set_obj(v), &keys, &n) < 0) {
        obj_repr_leave(v);
        return VNULL;
    }
    if (n == 0) {
        obj_repr_leave(v);
        return str_printf("%s()", name);
    }
    bool plain = TYPE_OF(v) == &set_type;
    StrBuf b;
    strbuf_init(&b);
    if (!plain) {
        strbuf_puts(&b, name);
        strbuf_putc(&b, '(');
    }
    strbuf_putc(&b, '{');
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            if (i > 0)
                strbuf_puts(&b, ", ");
            rc = strbuf_append_repr(&b, keys[i]);
        }
        decref(keys[i]);
    }
    free(keys);
    obj_repr_leave(v);
    if (rc < 0) {
        strbuf_free(&b);
        return VNULL;
    }
    strbuf_putc(&b, '}');
    if (!plain)
        strbuf_putc(&b, ')');
    return strbuf_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/*
 * CPython's frozenset hash: the xor of every element's hash after a bit
 * shuffle (so the order does not matter), mixed with the size and spread
 * out so that nested frozensets of small ints do not collide.
 */
static int64_t frozenset_hash(Value v)
{
    SetObj *s = set_obj(v);
    CritSection cs;
    cs_begin(&cs, &s->base);
    if (s->hash != -1) {
        int64_t cached = s->hash;
        cs_end(&cs);
        return cached;
    }
    uint64_t h = 0;
    for (size_t i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]))
            h ^= shuffle_bits((uint64_t)s->table[i].hash);
    h ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == UINT64_MAX)
        h = 590923713ULL;
    s->hash = (int64_t)h;
    cs_end(&cs);
    return (int64_t)h;
}

static int64_t slot_len(Value v)
{
    return (int64_t)set_obj(v)->used;
}

static void slot_dealloc(Obj *o)
{
    gc_untrack(o);
    SetObj *s = (SetObj *)o;
    SetEntry *table = s->table;
    size_t mask = s->mask;
    bool malloced = table != s->small;
    SetEntry copy[SET_MINSIZE];
    if (!malloced) {
        memcpy(copy, table, sizeof copy);
        table = copy;
    }
    empty_to_small(s);
    release_table(table, mask, malloced);
    alloc_free(o);
}

static void slot_traverse(Obj *o, VisitFn visit, void *arg)
{
    SetObj *s = (SetObj *)o;
    for (size_t i = 0; i <= s->mask; i++)
        if (is_active(&s->table[i]) && IS_OBJ(s->table[i].key))
            visit(AS_OBJ(s->table[i].key), arg);
}

static void slot_clear(Obj *o)
{
    set_clear_internal((SetObj *)o);
}

static Value set_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("set", kwnames) < 0 || args_count(type->name, nargs, 0, 1) < 0)
        return VNULL;
    return set_make(type, nargs == 1 ? args[0] : VNULL);
}

static Value frozenset_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("frozenset", kwnames) < 0 || args_count(type->name, nargs, 0, 1) < 0)
        return VNULL;
    Value iterable = nargs == 1 ? args[0] : VNULL;
    if (type == &frozenset_type)
        return frozenset_new(iterable);
    return set_make(type, iterable);
}

/* set.__new__ for subclasses: an empty instance; __init__ fills it. */
static Value set_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    return set_make(type, VNULL);
}

/* set.__init__(iterable=()): replace the contents. */
static int set_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("set", kwnames) < 0 || args_count(TYPE_OF(self)->name, nargs, 0, 1) < 0)
        return -1;
    SetObj *s = set_obj(self);
    set_clear_internal(s);
    return nargs == 1 ? set_update_internal(s, args[0]) : 0;
}

/* frozenset.__new__: the contents are fixed here, not in __init__. */
static Value frozenset_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    return frozenset_construct(type, args, nargs, kwnames);
}

/* frozenset.__init__ accepts and ignores the arguments __new__ used. */
static int frozenset_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return 0;
}

/* -------------------------------------------------------------- iterator */

/** iter(set): walks the table in slot order. */
typedef struct SetIterObj {
    Obj base;    /**< header */
    Value set;   /**< the set, or VNULL once exhausted */
    size_t used; /**< the set's size when the iterator was made; SIZE_MAX after a change */
    size_t pos;  /**< next slot to look at */
    size_t left; /**< elements not yet returned (for __length_hint__) */
} SetIterObj;

static Value slot_iter(Value v)
{
    SetIterObj *it = (SetIterObj *)alloc_object(&set_iter_type);
    if (it == NULL)
        return VNULL;
    SetObj *s = set_obj(v);
    it->set = newref(v);
    CritSection cs;
    cs_begin(&cs, &s->base);
    it->used = it->left = s->used;
    cs_end(&cs);
    it->pos = 0;
    gc_track(&it->base);
    return OBJ_VAL(it);
}

static Value iter_self(Value v)
{
    return newref(v);
}

static Value iter_next(Value self)
{
    SetIterObj *it = (SetIterObj *)AS_OBJ(self);
    if (it->set == VNULL)
        return VNULL;
    SetObj *s = set_obj(it->set);
    CritSection cs;
    cs_begin(&cs, &s->base);
    if (it->used != s->used) {
        it->used = SIZE_MAX; /* keep failing */
        cs_end(&cs);
        return exc_raise(&exc_RuntimeError, "Set changed size during iteration");
    }
    size_t i = it->pos;
    while (i <= s->mask && !is_active(&s->table[i]))
        i++;
    it->pos = i + 1;
    if (i > s->mask) {
        cs_end(&cs);
        clearref(&it->set);
        return VNULL;
    }
    it->left--;
    Value key = newref(s->table[i].key);
    cs_end(&cs);
    return key;
}

static Value iter_length_hint(Value self, const Value *args, size_t nargs, Value kwnames)
{
    SetIterObj *it = (SetIterObj *)AS_OBJ(self);
    size_t n = 0;
    if (it->set != VNULL && it->used == set_obj(it->set)->used)
        n = it->left;
    return int_from_i64((int64_t)n);
}

static void iter_dealloc(Obj *o)
{
    gc_untrack(o);
    clearref(&((SetIterObj *)o)->set);
    alloc_free(o);
}

static void iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    SetIterObj *it = (SetIterObj *)o;
    if (it->set != VNULL)
        visit(AS_OBJ(it->set), arg);
}

static void iter_clear(Obj *o)
{
    clearref(&((SetIterObj *)o)->set);
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, METH_NOARGS, "An estimate of the elements left."},
    {NULL, NULL, 0, NULL},
};

Type set_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .flags = TYPE_GC,
    .base_type = &object_type,
    .methods = iter_methods,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = iter_self,
    .iternext = iter_next,
    .getattr = obj_generic_getattr,
};

/* ------------------------------------------------------------------ types */

Type set_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .base_type = &object_type,
    .methods = set_ops_set_methods,
    .dealloc = slot_dealloc,
    .traverse = slot_traverse,
    .clear = slot_clear,
    .repr = slot_repr,
    .richcompare = set_ops_richcompare,
    .binop = set_ops_binop,
    .inplace = set_ops_inplace,
    .len = slot_len,
    .contains = set_ops_contains,
    .iter = slot_iter,
    .getattr = obj_generic_getattr,
    .construct = set_construct,
    .alloc_new = set_alloc_new,
    .init = set_init,
};

Type frozenset_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .base_type = &object_type,
    .methods = set_ops_frozenset_methods,
    .dealloc = slot_dealloc,
    .traverse = slot_traverse,
    .clear = slot_clear,
    .repr = slot_repr,
    .hash = frozenset_hash,
    .richcompare = set_ops_richcompare,
    .binop = set_ops_binop,
    .len = slot_len,
    .contains = set_ops_contains,
    .iter = slot_iter,
    .getattr = obj_generic_getattr,
    .construct = frozenset_construct,
    .alloc_new = frozenset_alloc_new,
    .init = frozenset_init,
};
