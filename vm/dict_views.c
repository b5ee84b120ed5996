// SPDX-License-Identifier: MIT
/**
 * @file dict_views.c
 * @brief dict_keys, dict_values, dict_items views and the six dict iterators.
 *
 * A view holds a reference to its dict and reads it live: len, iteration,
 * `in` and repr always reflect the dict as it is now.
 *
 * keys() and items() views are set-like, as in CPython: they compare with
 * sets, frozensets and each other by content (`==`, `<`, `<=`, ...), have
 * isdisjoint(), and take the operators `& | - ^` with any iterable on the
 * other side, returning a new set. Each operation builds its set the way
 * CPython's dictobject.c does (`keys | x` starts from set(dict), which
 * presizes the table; `keys & s` for a set at least as large asks the set;
 * `items ^ items` walks the right dict first), so that the resulting sets
 * iterate in CPython's order.
 *
 * An iterator remembers the dict's size when it was created. As CPython, it
 * raises RuntimeError "dictionary changed size during iteration" when the
 * size differs (and keeps raising it), and a forward iterator that finds
 * more entries than the size it started with raises "dictionary keys changed
 * during iteration" (the size is the same but keys were replaced).
 * Entries are read in a critical section on the dict and copied out with new
 * references before anything else happens.
 */
#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/** A view: keys(), values() or items() of a dict. */
typedef struct DictViewObj {
    Obj base;   /**< header */
    Value dict; /**< the dict viewed */
} DictViewObj;

/** What an iterator yields. */
typedef enum IterKind { YIELD_KEYS, YIELD_VALUES, YIELD_ITEMS } IterKind;

/** A forward or reverse iterator over a dict. */
typedef struct DictIterObj {
    Obj base;      /**< header */
    Value dict;    /**< the dict, or VNULL once exhausted */
    size_t used;   /**< the dict's size at creation; SIZE_MAX once a change was reported */
    int64_t pos;   /**< next entry to look at */
    size_t left;   /**< items still expected (forward iterators) */
    IterKind kind; /**< what it yields */
    bool reverse;  /**< last entry first */
} DictIterObj;

static inline DictObj *as_dict(Value v)
{
    return (DictObj *)AS_OBJ(v);
}

/* ------------------------------------------------------------- iterators */

Value dict_views_iter(Value d, Type *type)
{
    DictIterObj *it = (DictIterObj *)alloc_object(type);
    if (it == NULL)
        return VNULL;
    DictObj *dict = as_dict(d);
    it->dict = newref(d);
    it->reverse = type == &dict_revkeyiter_type || type == &dict_revvalueiter_type ||
                  type == &dict_revitemiter_type;
    it->kind = (type == &dict_keyiter_type || type == &dict_revkeyiter_type)       ? YIELD_KEYS
               : (type == &dict_valueiter_type || type == &dict_revvalueiter_type) ? YIELD_VALUES
                                                                                   : YIELD_ITEMS;
    CritSection cs;
    cs_begin(&cs, &dict->base);
    it->used = dict->used;
    it->left = dict->used;
    it->pos = it->reverse ? (int64_t)dict->nentries - 1 : 0;
    cs_end(&cs);
    gc_track(&it->base);
    return OBJ_VAL(it);
}

static Value iter_self(Value v)
{
    return newref(v);
}

static Value iter_next(Value self)
{
    DictIterObj *it = (DictIterObj *)AS_OBJ(self);
    if (it->dict == VNULL)
        return VNULL;
    DictObj *d = as_dict(it->dict);
    CritSection cs;
    cs_begin(&cs, &d->base);
    if (it->used != d->used) {
        it->used = SIZE_MAX;
        cs_end(&cs);
        return exc_raise(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t n = (int64_t)d->nentries, i = it->pos;
    bool found = false;
    if (!it->reverse) {
        while (i < n && d->entries[i].key == VNULL)
            i++;
        if (i < n) {
            if (it->left == 0) {
                Value dict = it->dict;
                it->dict = VNULL;
                cs_end(&cs);
                decref(dict);
                return exc_raise(&exc_RuntimeError, "dictionary keys changed during iteration");
            }
            it->pos = i + 1;
            found = true;
        }
    } else {
        if (i >= n)
            i = n - 1;
        while (i >= 0 && d->entries[i].key == VNULL)
            i--;
        if (i >= 0) {
            it->pos = i - 1;
            found = true;
        }
    }
    if (!found) {
        Value dict = it->dict;
        it->dict = VNULL;
        cs_end(&cs);
        decref(dict);
        return VNULL;
    }
    if (it->left > 0)
        it->left--;
    Value k = newref(d->entries[i].key), v = newref(d->entries[i].value);
    cs_end(&cs);
    switch (it->kind) {
    case YIELD_KEYS:
        decref(v);
        return k;
    case YIELD_VALUES:
        decref(k);
        return v;
    case YIELD_ITEMS:
        break;
    }
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

static void iter_dealloc(Obj *o)
{
    gc_untrack(o);
    clearref(&((DictIterObj *)o)->dict);
    alloc_free(o);
}

static void iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictIterObj *it = (DictIterObj *)o;
    if (it->dict != VNULL)
        visit(AS_OBJ(it->dict), arg);
}

static void iter_clear(Obj *o)
{
    clearref(&((DictIterObj *)o)->dict);
}

/** Define a dict iterator type: they differ only in name (the kind comes from the type). */
#define DICT_ITER_TYPE(var, pyname)                                                                \
    Type var = {                                                                                   \
        .base = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DictIterObj),                                                          \
        .flags = TYPE_GC,                                                                          \
        .base_type = &object_type,                                                                 \
        .dealloc = iter_dealloc,                                                                   \
        .traverse = iter_traverse,                                                                 \
        .clear = iter_clear,                                                                       \
        .iter = iter_self,                                                                         \
        .iternext = iter_next,                                                                     \
        .getattr = obj_generic_getattr,                                                            \
    };

DICT_ITER_TYPE(dict_keyiter_type, "dict_keyiterator")
DICT_ITER_TYPE(dict_valueiter_type, "dict_valueiterator")
DICT_ITER_TYPE(dict_itemiter_type, "dict_itemiterator")
DICT_ITER_TYPE(dict_revkeyiter_type, "dict_reversekeyiterator")
DICT_ITER_TYPE(dict_revvalueiter_type, "dict_reversevalueiterator")
DICT_ITER_TYPE(dict_revitemiter_type, "dict_reverseitemiterator")

/* ----------------------------------------------------------------- views */

Value dict_views_new(Value d, Type *type)
{
    DictViewObj *v = (DictViewObj *)alloc_object(type);
    if (v == NULL)
        return VNULL;
    v->dict = newref(d);
    gc_track(&v->base);
    return OBJ_VAL(v);
}

static inline Value view_dict(Value v)
{
    return ((DictViewObj *)AS_OBJ(v))->dict;
}

static Type *iter_type_of(Value view, bool reverse)
{
    Type *t = TYPE_OF(view);
    if (t == &dict_keys_type)
        return reverse ? &dict_revkeyiter_type : &dict_keyiter_type;
    if (t == &dict_values_type)
        return reverse ? &dict_revvalueiter_type : &dict_valueiter_type;
    return reverse ? &dict_revitemiter_type : &dict_itemiter_type;
}

static Value view_iter(Value v)
{
    return dict_views_iter(view_dict(v), iter_type_of(v, false));
}

static int64_t view_len(Value v)
{
    return (int64_t)dict_size(view_dict(v));
}

static Value view_repr(Value v)
{
    int r = obj_repr_enter(v);
    if (r != 0)
        return r > 0 ? str_from_cstr("...") : VNULL;
    Value seq = list_from_iterable(v);
    if (seq == VNULL) {
        obj_repr_leave(v);
        return VNULL;
    }
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, TYPE_OF(v)->name);
    strbuf_putc(&b, '(');
    int rc = strbuf_append_repr(&b, seq);
    decref(seq);
    obj_repr_leave(v);
    if (rc < 0) {
        strbuf_free(&b);
        return VNULL;
    }
    strbuf_putc(&b, ')');
    return strbuf_finish(&b);
}

static int keys_contains(Value v, Value key)
{
    Value found;
    int r = dict_lookup(view_dict(v), key, &found);
    if (r > 0)
        decref(found);
    return r;
}

static int items_contains(Value v, Value pair)
{
    if (!tuple_check(pair) || TUPLE_SIZE(pair) != 2)
        return 0;
    Value found;
    int r = dict_lookup(view_dict(v), TUPLE_ITEMS(pair)[0], &found);
    if (r <= 0)
        return r;
    r = obj_eq(found, TUPLE_ITEMS(pair)[1]);
    decref(found);
    return r;
}

static Value view_reversed(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return dict_views_iter(view_dict(self), iter_type_of(self, true));
}

static void view_dealloc(Obj *o)
{
    gc_untrack(o);
    clearref(&((DictViewObj *)o)->dict);
    alloc_free(o);
}

static void view_traverse(Obj *o, VisitFn visit, void *arg)
{
    DictViewObj *v = (DictViewObj *)o;
    if (v->dict != VNULL)
        visit(AS_OBJ(v->dict), arg);
}

static void view_clear(Obj *o)
{
    clearref(&((DictViewObj *)o)->dict);
}

/* ------------------------------------------------------ set-like views */

/* A keys() or items() view: the views that behave as sets. */
static bool is_setview(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type == &dict_keys_type || AS_OBJ(v)->type == &dict_items_type);
}

/* `x in view` for a set-like view: 1, 0, or -1. */
static int setview_contains(Value view, Value x)
{
    return AS_OBJ(view)->type == &dict_keys_type ? keys_contains(view, x) : items_contains(view, x);
}

/* set(v) for the left operand of an operator; the keys of an exact dict come from the dict. */
static Value to_set(Value v)
{
    if (IS_OBJ(v) && AS_OBJ(v)->type == &dict_keys_type) {
        Value d = view_dict(v);
        if (AS_OBJ(d)->type == &dict_type)
            return set_from_iterable(d);
    }
    return set_from_iterable(v);
}

/* view & other (either operand may be the view). */
static Value intersect(Value self, Value other)
{
    if (!is_setview(self)) {
        Value t = self;
        self = other;
        other = t;
    }
    int64_t len_self = view_len(self);
    if (IS_OBJ(other) && AS_OBJ(other)->type == &set_type) {
        int64_t len_other = obj_len(other);
        if (len_other < 0)
            return VNULL;
        if (len_self <= len_other)
            return set_intersection(other, self);
    }
    if (is_setview(other) && view_len(other) > len_self) {
        Value t = self;
        self = other;
        other = t;
    }
    /* Walk other (the smaller view, or any iterable), keep what self holds. */
    Value result = set_new();
    if (result == VNULL)
        return VNULL;
    Value it = obj_iter(other);
    if (it == VNULL) {
        decref(result);
        return VNULL;
    }
    Value item;
    while ((item = obj_next(it)) != VNULL) {
        int r = setview_contains(self, item);
        if (r > 0)
            r = set_add(result, item);
        decref(item);
        if (r < 0)
            break;
    }
    decref(it);
    if (exc_occurred()) {
        decref(result);
        return VNULL;
    }
    return result;
}

/*
 * items ^ items: the pairs of the right dict that the left one lacks (or
 * holds with another value), then the left dict's pairs left over.
 */
static Value items_xor(Value self, Value other)
{
    Value temp = dict_copy(view_dict(self));
    if (temp == VNULL)
        return VNULL;
    Value result = set_new(), it = VNULL;
    if (result == VNULL || (it = dict_views_iter(view_dict(other), &dict_itemiter_type)) == VNULL)
        goto fail;
    Value pair;
    while ((pair = obj_next(it)) != VNULL) {
        Value key = TUPLE_ITEMS(pair)[0], v1;
        int r = dict_lookup(temp, key, &v1);
        if (r > 0) {
            r = obj_eq(v1, TUPLE_ITEMS(pair)[1]);
            decref(v1);
        }
        if (r > 0)
            r = dict_del(temp, key);
        else if (r == 0)
            r = set_add(result, pair);
        decref(pair);
        if (r < 0)
            goto fail;
    }
    if (exc_occurred())
        goto fail;
    decref(it);
    it = dict_views_new(temp, &dict_items_type);
    if (it == VNULL || set_update(result, it) < 0)
        goto fail;
    decref(it);
    decref(temp);
    return result;
fail:
    xdecref(it);
    xdecref(result);
    decref(temp);
    return VNULL;
}

/* The binop slot of keys() and items(): `& | - ^` with the view on either side. */
static Value setview_binop(Value a, Value b, BinOp op)
{
    if (op == BINOP_AND)
        return intersect(a, b);
    if (op == BINOP_XOR && IS_OBJ(a) && AS_OBJ(a)->type == &dict_items_type && IS_OBJ(b) &&
        AS_OBJ(b)->type == &dict_items_type)
        return items_xor(a, b);
    if (op != BINOP_OR && op != BINOP_SUB && op != BINOP_XOR)
        return newref(NOTIMPL_VAL);
    Value result = to_set(a);
    if (result == VNULL)
        return VNULL;
    int rc = op == BINOP_OR    ? set_update(result, b)
             : op == BINOP_SUB ? set_difference_update(result, b)
                               : set_symmetric_difference_update(result, b);
    if (rc < 0) {
        decref(result);
        return VNULL;
    }
    return result;
}

/* Every element of a is in b: 1, 0, or -1. */
static int all_contained_in(Value a, Value b)
{
    Value it = obj_iter(a);
    if (it == VNULL)
        return -1;
    Value item;
    int r = 1;
    while ((item = obj_next(it)) != VNULL) {
        r = obj_contains(b, item);
        decref(item);
        if (r <= 0)
            break;
    }
    decref(it);
    if (r > 0 && exc_occurred())
        return -1;
    return r;
}

/* The richcompare slot of keys() and items(): compare by content with sets and set-like views. */
static Value setview_richcompare(Value a, Value b, CmpOp op)
{
    if (!anyset_check(b) && !is_setview(b))
        return newref(NOTIMPL_VAL);
    int64_t la = obj_len(a), lb = la < 0 ? -1 : obj_len(b);
    if (lb < 0)
        return VNULL;
    int r = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la == lb)
            r = all_contained_in(a, b);
        if (op == CMP_NE && r >= 0)
            r = !r;
        break;
    case CMP_LT:
        if (la < lb)
            r = all_contained_in(a, b);
        break;
    case CMP_LE:
        if (la <= lb)
            r = all_contained_in(a, b);
        break;
    case CMP_GT:
        if (la > lb)
            r = all_contained_in(b, a);
        break;
    case CMP_GE:
        if (la >= lb)
            r = all_contained_in(b, a);
        break;
    }
    if (r < 0)
        return VNULL;
    return newref(BOOL_VAL(r));
}

static Value setview_isdisjoint(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value other = args[0];
    if (self == other)
        return newref(BOOL_VAL(view_len(self) == 0));
    if (anyset_check(other) || is_setview(other)) {
        /* Walk the smaller of the two. */
        int64_t len_other = obj_len(other);
        if (len_other < 0)
            return VNULL;
        if (len_other > view_len(self)) {
            other = self;
            self = args[0];
        }
    }
    Value it = obj_iter(other);
    if (it == VNULL)
        return VNULL;
    Value item;
    int r = 0;
    while ((item = obj_next(it)) != VNULL) {
        r = obj_contains(self, item);
        decref(item);
        if (r != 0)
            break;
    }
    decref(it);
    if (r < 0 || (r == 0 && exc_occurred()))
        return VNULL;
    return newref(BOOL_VAL(r == 0));
}

static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed, METH_NOARGS, "An iterator from the last inserted item to the first."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef setview_methods[] = {
    {"__reversed__", view_reversed, METH_NOARGS, "An iterator from the last inserted item to the first."},
    {"isdisjoint", setview_isdisjoint, METH_O, "True if the view and the iterable have no element in common."},
    {NULL, NULL, 0, NULL},
};

/** Define a view type: they differ in name, in how `in` works, and in being set-like. */
#define DICT_VIEW_TYPE(var, pyname, contains_fn, methods_, richcompare_, binop_)                 \
    Type var = {                                                                                   \
        .base = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DictViewObj),                                                          \
        .flags = TYPE_GC,                                                                          \
        .base_type = &object_type,                                                                 \
        .methods = methods_,                                                                       \
        .dealloc = view_dealloc,                                                                   \
        .traverse = view_traverse,                                                                 \
        .clear = view_clear,                                                                       \
        .repr = view_repr,                                                                         \
        .richcompare = richcompare_,                                                               \
        .binop = binop_,                                                                           \
        .len = view_len,                                                                           \
        .contains = contains_fn,                                                                   \
        .iter = view_iter,                                                                         \
        .getattr = obj_generic_getattr,                                                            \
    };

DICT_VIEW_TYPE(dict_keys_type, "dict_keys", keys_contains, setview_methods, setview_richcompare,
               setview_binop)
DICT_VIEW_TYPE(dict_values_type, "dict_values", NULL, values_methods, NULL, NULL)
DICT_VIEW_TYPE(dict_items_type, "dict_items", items_contains, setview_methods, setview_richcompare,
               setview_binop)
