// SPDX-License-Identifier: MIT
/**
 * @file itertypes.c
 * @brief enumerate, zip, map, filter, reversed and the fallback iterators.
 *
 * Each is a small object holding the iterators it draws from; they are
 * tracked by the collector because they hold arbitrary objects. Each
 * iterator's own state changes only in its iternext, which under the
 * free-threaded strategies runs in a critical section on the iterator (two
 * threads sharing one iterator each get distinct items).
 */
#include "itertypes.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

/* ---- Shared: an object holding up to N values, all traversed and cleared ---- */

#define MAX_HELD 4

typedef struct HoldObj {
    Obj base;
    Value held[MAX_HELD]; /* iterators, functions, sentinels */
    Value extra;          /* zip: tuple of iterators */
    int64_t count;        /* enumerate: next index (small); reversed: next index */
    Value big_count;      /* enumerate: next index once it no longer fits */
    bool strict;          /* zip(strict=True) */
} HoldObj;

static void hold_dealloc(Obj *o)
{
    HoldObj *h = (HoldObj *)o;
    gc_untrack(o);
    for (int i = 0; i < MAX_HELD; i++)
        xdecref(h->held[i]);
    xdecref(h->extra);
    xdecref(h->big_count);
    alloc_free(o);
}

static void hold_traverse(Obj *o, VisitFn visit, void *arg)
{
    HoldObj *h = (HoldObj *)o;
    for (int i = 0; i < MAX_HELD; i++)
        if (h->held[i] != VNULL && IS_OBJ(h->held[i]))
            visit(AS_OBJ(h->held[i]), arg);
    if (h->extra != VNULL)
        visit(AS_OBJ(h->extra), arg);
}

static void hold_clear(Obj *o)
{
    HoldObj *h = (HoldObj *)o;
    for (int i = 0; i < MAX_HELD; i++)
        clearref(&h->held[i]);
    clearref(&h->extra);
}

static Value self_iter(Value v)
{
    return newref(v);
}

static HoldObj *hold_new(Type *t)
{
    HoldObj *h = (HoldObj *)alloc_object(t);
    return h;
}

static Value hold_done(HoldObj *h)
{
    gc_track(&h->base);
    return OBJ_VAL(h);
}

#define ITER_TYPE(cname, pyname, next_fn, construct_fn)                                            \
    Type cname = {                                                                                 \
        .base = OBJ_HEAD_INIT(&type_type),                                                         \
        .name = pyname,                                                                            \
        .basicsize = sizeof(HoldObj),                                                              \
        .flags = TYPE_GC | TYPE_BASETYPE,                                                          \
        .dealloc = hold_dealloc,                                                                   \
        .traverse = hold_traverse,                                                                 \
        .clear = hold_clear,                                                                       \
        .iter = self_iter,                                                                         \
        .iternext = next_fn,                                                                       \
        .construct = construct_fn,                                                                 \
    }

/* Next item of an inner iterator; VNULL with no exception when exhausted. */
static Value inner_next(Value it)
{
    return obj_next(it);
}

/* ---- enumerate ---- */

static Value enumerate_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    CritSection cs;
    cs_begin(&cs, &h->base);
    Value item = inner_next(h->held[0]);
    if (item == VNULL) {
        cs_end(&cs);
        return VNULL;
    }
    Value idx;
    if (h->big_count == VNULL) {
        idx = int_from_i64(h->count);
        if (h->count == INT64_MAX) {
            h->big_count = int_from_i64(h->count);
            Value one = SMALLINT_VAL(1);
            setref(&h->big_count, obj_binop(h->big_count, one, BINOP_ADD));
        } else {
            h->count++;
        }
    } else {
        idx = newref(h->big_count);
        setref(&h->big_count, obj_binop(h->big_count, SMALLINT_VAL(1), BINOP_ADD));
    }
    cs_end(&cs);
    if (idx == VNULL) {
        decref(item);
        return VNULL;
    }
    Value t = tuple_new(2);
    if (t == VNULL) {
        decref(item);
        decref(idx);
        return VNULL;
    }
    TUPLE_ITEMS(t)[0] = idx;
    TUPLE_ITEMS(t)[1] = item;
    return t;
}

static Value enumerate_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"iterable", "start"};
    Value a[2];
    if (args_parse("enumerate", args, nargs, kwnames, params, 2, 2, 0, a) < 0)
        return VNULL;
    if (a[0] == VNULL)
        return exc_raise(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    Value it = obj_iter(a[0]);
    if (it == VNULL)
        return VNULL;
    HoldObj *h = hold_new(type);
    if (h == NULL) {
        decref(it);
        return VNULL;
    }
    h->held[0] = it;
    if (a[1] != VNULL) {
        Value start = obj_index(a[1]);
        if (start == VNULL) {
            decref(OBJ_VAL(h));
            return VNULL;
        }
        int64_t s;
        if (IS_SMALLINT(start) && int_as_i64(start, &s) == 0) {
            h->count = s;
            decref(start);
        } else {
            h->big_count = start;
        }
    }
    return hold_done(h);
}

ITER_TYPE(enumerate_type, "enumerate", enumerate_next, enumerate_construct);

/* ---- zip ---- */

static Value zip_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    size_t n = TUPLE_SIZE(h->extra);
    if (n == 0)
        return VNULL;
    Value t = tuple_new(n);
    if (t == VNULL)
        return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value item = inner_next(TUPLE_ITEMS(h->extra)[i]);
        if (item == VNULL) {
            if (!exc_occurred() && h->strict) {
                if (i > 0) {
                    decref(t);
                    return exc_raise(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                                     i + 1, i == 1 ? " " : "s 1-", i);
                }
                for (size_t j = 1; j < n; j++) {
                    Value extra = inner_next(TUPLE_ITEMS(h->extra)[j]);
                    if (extra != VNULL) {
                        decref(extra);
                        decref(t);
                        return exc_raise(&exc_ValueError,
                                         "zip() argument %zu is longer than argument%s%zu", j + 1,
                                         j == 1 ? " " : "s 1-", j);
                    }
                    if (exc_occurred())
                        break;
                }
            }
            decref(t);
            return VNULL;
        }
        TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

static Value zip_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    bool strict = false;
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEMS(kwnames)[k];
        if (!str_eq_cstr(name, "strict"))
            return exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
        int t = obj_truth(args[nargs + k]);
        if (t < 0)
            return VNULL;
        strict = t;
    }
    Value its = tuple_new(nargs);
    if (its == VNULL)
        return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (it == VNULL) {
            decref(its);
            return VNULL;
        }
        TUPLE_ITEMS(its)[i] = it;
    }
    HoldObj *h = hold_new(type);
    if (h == NULL) {
        decref(its);
        return VNULL;
    }
    h->extra = its;
    h->strict = strict;
    return hold_done(h);
}

ITER_TYPE(zip_type, "zip", zip_next, zip_construct);

/* ---- map ---- */

static Value map_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    size_t n = TUPLE_SIZE(h->extra);
    Value small[8];
    Value *argv = n <= 8 ? small : malloc(n * sizeof(Value));
    if (argv == NULL)
        return exc_nomemory();
    size_t got = 0;
    Value r = VNULL;
    for (; got < n; got++) {
        argv[got] = inner_next(TUPLE_ITEMS(h->extra)[got]);
        if (argv[got] == VNULL)
            break;
    }
    if (got == n)
        r = obj_call(h->held[0], argv, n);
    for (size_t i = 0; i < got; i++)
        decref(argv[i]);
    if (argv != small)
        free(argv);
    return r;
}

static Value map_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("map", kwnames) < 0)
        return VNULL;
    if (nargs < 2)
        return exc_raise(&exc_TypeError, "map() must have at least two arguments.");
    Value its = tuple_new(nargs - 1);
    if (its == VNULL)
        return VNULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = obj_iter(args[i]);
        if (it == VNULL) {
            decref(its);
            return VNULL;
        }
        TUPLE_ITEMS(its)[i - 1] = it;
    }
    HoldObj *h = hold_new(type);
    if (h == NULL) {
        decref(its);
        return VNULL;
    }
    h->held[0] = newref(args[0]);
    h->extra = its;
    return hold_done(h);
}

ITER_TYPE(map_type, "map", map_next, map_construct);

/* ---- filter ---- */

static Value filter_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    for (;;) {
        Value item = inner_next(h->held[1]);
        if (item == VNULL)
            return VNULL;
        int ok;
        if (h->held[0] == NONE_VAL || h->held[0] == OBJ_VAL(&bool_type)) {
            ok = obj_truth(item);
        } else {
            Value r = obj_call(h->held[0], &item, 1);
            if (r == VNULL) {
                decref(item);
                return VNULL;
            }
            ok = obj_truth(r);
            decref(r);
        }
        if (ok > 0)
            return item;
        decref(item);
        if (ok < 0)
            return VNULL;
    }
}

static Value filter_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("filter", kwnames) < 0 || args_count("filter", nargs, 2, 2) < 0)
        return VNULL;
    Value it = obj_iter(args[1]);
    if (it == VNULL)
        return VNULL;
    HoldObj *h = hold_new(type);
    if (h == NULL) {
        decref(it);
        return VNULL;
    }
    h->held[0] = newref(args[0]);
    h->held[1] = it;
    return hold_done(h);
}

ITER_TYPE(filter_type, "filter", filter_next, filter_construct);

/* ---- reversed (sequence protocol) ---- */

static Value reversed_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    if (h->count < 0 || h->held[0] == VNULL)
        return VNULL;
    Value idx = SMALLINT_VAL(h->count);
    h->count--;
    Value item = obj_getitem(h->held[0], idx);
    if (item == VNULL && (exc_matches(&exc_IndexError) || exc_matches(&exc_StopIteration))) {
        exc_clear();
        h->count = -1;
    }
    return item;
}

Value itertypes_reversed(Value seq)
{
    Value rev = type_lookup(TYPE_OF(seq), NAME(__reversed__));
    if (rev != VNULL) {
        if (rev == NONE_VAL)
            return exc_raise(&exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
        Value m = obj_getattr_cstr(seq, "__reversed__");
        if (m == VNULL)
            return VNULL;
        Value r = obj_call(m, NULL, 0);
        decref(m);
        return r;
    }
    Type *t = TYPE_OF(seq);
    if (t->len == NULL || t->getitem == NULL || (t->flags & TYPE_DICT_SUBCLASS))
        return exc_raise(&exc_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = obj_len(seq);
    if (n < 0)
        return VNULL;
    HoldObj *h = hold_new(&reversed_type);
    if (h == NULL)
        return VNULL;
    h->held[0] = newref(seq);
    h->count = n - 1;
    return hold_done(h);
}

static Value reversed_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("reversed", kwnames) < 0 || args_count("reversed", nargs, 1, 1) < 0)
        return VNULL;
    return itertypes_reversed(args[0]);
}

ITER_TYPE(reversed_type, "reversed", reversed_next, reversed_construct);

/* ---- iterator over __getitem__ ---- */

static Value seqiter_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    if (h->held[0] == VNULL)
        return VNULL;
    Value item = obj_getitem(h->held[0], SMALLINT_VAL(h->count));
    if (item == VNULL) {
        if (exc_matches(&exc_IndexError) || exc_matches(&exc_StopIteration)) {
            exc_clear();
            clearref(&h->held[0]);
        }
        return VNULL;
    }
    h->count++;
    return item;
}

ITER_TYPE(seqiter_type, "iterator", seqiter_next, NULL);

Value itertypes_iter(Value obj)
{
    Type *t = TYPE_OF(obj);
    if (t->iter != NULL)
        return t->iter(obj);
    if (t->getitem != NULL && !(t->flags & TYPE_DICT_SUBCLASS)) {
        HoldObj *h = hold_new(&seqiter_type);
        if (h == NULL)
            return VNULL;
        h->held[0] = newref(obj);
        return hold_done(h);
    }
    return exc_raise(&exc_TypeError, "'%s' object is not iterable", t->name);
}

/* ---- iter(callable, sentinel) ---- */

static Value calliter_next(Value self)
{
    HoldObj *h = (HoldObj *)AS_OBJ(self);
    if (h->held[0] == VNULL)
        return VNULL;
    Value r = obj_call(h->held[0], NULL, 0);
    if (r == VNULL) {
        if (exc_matches(&exc_StopIteration)) {
            exc_clear();
            clearref(&h->held[0]);
        }
        return VNULL;
    }
    int eq = obj_eq(r, h->held[1]);
    if (eq != 0) {
        decref(r);
        if (eq > 0) {
            clearref(&h->held[0]);
            clearref(&h->held[1]);
        }
        return VNULL;
    }
    return r;
}

ITER_TYPE(calliter_type, "callable_iterator", calliter_next, NULL);

Value itertypes_calliter(Value callable, Value sentinel)
{
    if (TYPE_OF(callable)->call == NULL)
        return exc_raise(&exc_TypeError, "iter(v, w): v must be callable");
    HoldObj *h = hold_new(&calliter_type);
    if (h == NULL)
        return VNULL;
    h->held[0] = newref(callable);
    h->held[1] = newref(sentinel);
    return hold_done(h);
}
