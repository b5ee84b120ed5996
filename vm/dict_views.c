// SPDX-License-Identifier: MIT
/**
 * @file dict_views.c
 * @brief dict_keys, dict_values, dict_items views and the six dict iterators.
 *
 * A view holds a reference to its dict and reads it live: len, iteration,
 * `in` and repr always reflect the dict as it is now. Set operations on
 * views are not implemented yet.
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
#include "list.h"
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

static const MethodDef view_methods[] = {
    {"__reversed__", view_reversed, METH_NOARGS, "An iterator from the last inserted item to the first."},
    {NULL, NULL, 0, NULL},
};

/** Define a view type: they differ in name and in how `in` works. */
#define DICT_VIEW_TYPE(var, pyname, contains_fn)                                                   \
    Type var = {                                                                                   \
        .base = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DictViewObj),                                                          \
        .flags = TYPE_GC,                                                                          \
        .base_type = &object_type,                                                                 \
        .methods = view_methods,                                                                   \
        .dealloc = view_dealloc,                                                                   \
        .traverse = view_traverse,                                                                 \
        .clear = view_clear,                                                                       \
        .repr = view_repr,                                                                         \
        .len = view_len,                                                                           \
        .contains = contains_fn,                                                                   \
        .iter = view_iter,                                                                         \
        .getattr = obj_generic_getattr,                                                            \
    };

DICT_VIEW_TYPE(dict_keys_type, "dict_keys", keys_contains)
DICT_VIEW_TYPE(dict_values_type, "dict_values", NULL)
DICT_VIEW_TYPE(dict_items_type, "dict_items", items_contains)
