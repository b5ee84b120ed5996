// SPDX-License-Identifier: MIT
/**
 * @file tuple.c
 * @brief tuple: creation, the type's slots and methods, and its iterator.
 *
 * A tuple's items are inline after the header and never change once the
 * tuple is built, so no critical section is needed to read them: whoever
 * holds a reference to the tuple keeps its items alive. The empty tuple is
 * one static, immortal object.
 *
 * Tuples are containers for the cycle collector (a tuple can hold a list
 * that holds the tuple), and so is their iterator.
 *
 * hash() is CPython's (3.8+) algorithm, built on the xxHash64 round: each
 * item's hash is mixed into an accumulator with a multiply, a 31-bit rotate
 * and another multiply, and the length is added at the end. Equal tuples of
 * ints therefore hash exactly as in CPython.
 */
#include "tuple.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "strbuf.h"

static inline TupleObj *T(Value v)
{
    return (TupleObj *)AS_OBJ(v);
}

/* The empty tuple: static and immortal, never tracked by the collector. */
static TupleObj empty_tuple = {.base = OBJ_HEAD_INIT(&tuple_type), .size = 0};

Value tuple_new(size_t n)
{
    if (n == 0)
        return OBJ_VAL(&empty_tuple);
    TupleObj *t = (TupleObj *)alloc_var_object(&tuple_type, n);
    if (t == NULL)
        return VNULL;
    t->size = n;
    memset(t->items, 0, n * sizeof(Value));
    gc_track(&t->base);
    return OBJ_VAL(t);
}

Value tuple_from_array(const Value *items, size_t n)
{
    Value t = tuple_new(n);
    if (t == VNULL)
        return VNULL;
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = newref(items[i]);
    return t;
}

Value tuple_pack(size_t n, ...)
{
    Value t = tuple_new(n);
    if (t == VNULL)
        return VNULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        TUPLE_ITEMS(t)[i] = newref(va_arg(ap, Value));
    va_end(ap);
    return t;
}

Value tuple_from_iterable(Value iterable)
{
    if (IS_OBJ(iterable) && AS_OBJ(iterable)->type == &tuple_type)
        return newref(iterable);
    if (list_check(iterable))
        return list_as_tuple(iterable);
    Value it = obj_iter(iterable);
    if (it == VNULL)
        return VNULL;
    /* Sized by the length hint, as in CPython: tuple(range(10**12)) is a MemoryError at once. */
    int64_t hint = list_length_hint(iterable);
    if (hint < 0) {
        decref(it);
        return VNULL;
    }
    size_t n = 0, cap = hint > 8 ? (size_t)hint : 8;
    Value *buf = cap <= SIZE_MAX / sizeof *buf ? malloc(cap * sizeof *buf) : NULL;
    if (buf == NULL) {
        decref(it);
        return exc_nomemory();
    }
    for (;;) {
        Value v = obj_next(it);
        if (v == VNULL)
            break;
        if (n == cap) {
            Value *nb = realloc(buf, 2 * cap * sizeof *buf);
            if (nb == NULL) {
                decref(v);
                exc_nomemory();
                break;
            }
            buf = nb;
            cap *= 2;
        }
        buf[n++] = v;
    }
    decref(it);
    Value t = exc_occurred() ? VNULL : tuple_new(n);
    if (t != VNULL)
        memcpy(TUPLE_ITEMS(t), buf, n * sizeof *buf); /* the tuple takes the references */
    else
        for (size_t i = 0; i < n; i++)
            decref(buf[i]);
    free(buf);
    return t;
}

/* ---- Slots ---- */

static void tuple_dealloc(Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    gc_untrack(o);
    for (size_t i = 0; i < t->size; i++)
        xdecref(t->items[i]);
    alloc_free(o);
}

static void tuple_traverse(Obj *o, VisitFn visit, void *arg)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->size; i++)
        if (t->items[i] != VNULL && IS_OBJ(t->items[i]))
            visit(AS_OBJ(t->items[i]), arg);
}

static void tuple_clear(Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->size; i++)
        clearref(&t->items[i]);
}

static Value tuple_repr(Value v)
{
    TupleObj *t = T(v);
    if (t->size == 0)
        return str_from_cstr("()");
    /* A tuple can reach itself through a mutable item: ([(...)],) as CPython prints it. */
    int rc = obj_repr_enter(v);
    if (rc != 0)
        return rc > 0 ? str_from_cstr("(...)") : VNULL;
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '(');
    for (size_t i = 0; i < t->size; i++) {
        if (i > 0)
            strbuf_append(&b, ", ", 2);
        if (strbuf_append_repr(&b, t->items[i]) < 0) {
            strbuf_free(&b);
            obj_repr_leave(v);
            return VNULL;
        }
    }
    if (t->size == 1)
        strbuf_putc(&b, ',');
    strbuf_putc(&b, ')');
    obj_repr_leave(v);
    return strbuf_finish(&b);
}

#define XXPRIME_1 11400714785074694791ull
#define XXPRIME_2 14029467366897019727ull
#define XXPRIME_5 2870177450012600261ull

static int64_t tuple_hash(Value v)
{
    TupleObj *t = T(v);
    if (obj_recursion_enter("") < 0)
        return -1;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->size; i++) {
        int64_t lane = obj_hash(t->items[i]);
        if (lane == -1) {
            obj_recursion_leave();
            return -1;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    obj_recursion_leave();
    acc += (uint64_t)t->size ^ (XXPRIME_5 ^ 3527539ull);
    if (acc == UINT64_MAX)
        return 1546275796;
    return (int64_t)acc;
}

static Value tuple_richcompare(Value a, Value b, CmpOp op)
{
    if (!tuple_check(a) || !tuple_check(b))
        return newref(NOTIMPL_VAL);
    TupleObj *x = T(a), *y = T(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->size != y->size)
        return newref(BOOL_VAL(op == CMP_NE));
    size_t i = 0;
    for (; i < x->size && i < y->size; i++) {
        int eq = obj_eq(x->items[i], y->items[i]);
        if (eq < 0)
            return VNULL;
        if (!eq)
            break;
    }
    if (i >= x->size || i >= y->size) {
        size_t p = x->size, q = y->size;
        bool r;
        switch (op) {
        case CMP_LT: r = p < q; break;
        case CMP_LE: r = p <= q; break;
        case CMP_EQ: r = p == q; break;
        case CMP_NE: r = p != q; break;
        case CMP_GT: r = p > q; break;
        default: r = p >= q; break;
        }
        return newref(BOOL_VAL(r));
    }
    if (op == CMP_EQ)
        return newref(FALSE_VAL);
    if (op == CMP_NE)
        return newref(TRUE_VAL);
    return obj_compare(x->items[i], y->items[i], op);
}

static Value tuple_concat(Value a, Value b)
{
    if (!tuple_check(b))
        return exc_raise(&exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         obj_type_name(b));
    TupleObj *x = T(a), *y = T(b);
    if (y->size == 0 && x->base.type == &tuple_type)
        return newref(a);
    if (x->size == 0 && y->base.type == &tuple_type)
        return newref(b);
    Value r = tuple_new(x->size + y->size);
    if (r == VNULL)
        return VNULL;
    for (size_t i = 0; i < x->size; i++)
        TUPLE_ITEMS(r)[i] = newref(x->items[i]);
    for (size_t i = 0; i < y->size; i++)
        TUPLE_ITEMS(r)[x->size + i] = newref(y->items[i]);
    return r;
}

static Value tuple_repeat(Value a, int64_t n)
{
    TupleObj *x = T(a);
    if (n <= 0 || x->size == 0)
        return tuple_new(0);
    if (n == 1 && x->base.type == &tuple_type)
        return newref(a);
    if ((uint64_t)x->size > (uint64_t)INT64_MAX / sizeof(Value) / (uint64_t)n)
        return exc_nomemory();
    size_t total = x->size * (size_t)n;
    Value r = tuple_new(total);
    if (r == VNULL)
        return VNULL;
    Value *d = TUPLE_ITEMS(r);
    for (size_t i = 0; i < total; i++)
        d[i] = newref(x->items[i % x->size]);
    return r;
}

static int64_t tuple_len(Value v)
{
    return (int64_t)T(v)->size;
}

static Value tuple_getitem(Value v, Value key)
{
    TupleObj *t = T(v);
    if (int_check(key) || TYPE_OF(key)->to_index != NULL) {
        Value idx = obj_index(key);
        if (idx == VNULL)
            return VNULL;
        int64_t i;
        int rc = int_as_i64(idx, &i);
        decref(idx);
        if (rc < 0) {
            if (!exc_matches(&exc_OverflowError))
                return VNULL;
            exc_clear();
            return exc_raise(&exc_IndexError, "cannot fit '%s' into an index-sized integer",
                             obj_type_name(key));
        }
        if (i < 0)
            i += (int64_t)t->size;
        if (i < 0 || i >= (int64_t)t->size)
            return exc_raise(&exc_IndexError, "tuple index out of range");
        return newref(t->items[i]);
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &slice_type) {
        int64_t start, stop, step, n;
        if (slice_indices(key, (int64_t)t->size, &start, &stop, &step, &n) < 0)
            return VNULL;
        if (step == 1 && n == (int64_t)t->size && t->base.type == &tuple_type)
            return newref(v);
        Value r = tuple_new(n > 0 ? (size_t)n : 0);
        if (r == VNULL)
            return VNULL;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            TUPLE_ITEMS(r)[k] = newref(t->items[i]);
        return r;
    }
    return exc_raise(&exc_TypeError, "tuple indices must be integers or slices, not %s",
                     obj_type_name(key));
}

static int tuple_contains(Value v, Value x)
{
    TupleObj *t = T(v);
    for (size_t i = 0; i < t->size; i++) {
        int eq = obj_eq(t->items[i], x);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Value tuple_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("tuple", kwnames) < 0 || args_count("tuple", nargs, 0, 1) < 0)
        return VNULL;
    Value t = nargs == 0 ? tuple_new(0) : tuple_from_iterable(args[0]);
    if (t == VNULL || type == &tuple_type)
        return t;
    /* A subclass: move the items into an instance of it. */
    size_t n = TUPLE_SIZE(t);
    TupleObj *sub = (TupleObj *)alloc_var_object(type, n);
    if (sub != NULL) {
        sub->size = n;
        for (size_t i = 0; i < n; i++)
            sub->items[i] = newref(TUPLE_ITEMS(t)[i]);
        gc_track(&sub->base);
    }
    decref(t);
    return sub != NULL ? OBJ_VAL(sub) : VNULL;
}

/* ---- Methods ---- */

static Value tuple_count(Value self, const Value *args, size_t nargs, Value kw)
{
    TupleObj *t = T(self);
    int64_t n = 0;
    for (size_t i = 0; i < t->size; i++) {
        int eq = obj_eq(t->items[i], args[0]);
        if (eq < 0)
            return VNULL;
        n += eq;
    }
    return int_from_i64(n);
}

static Value tuple_index(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("index", nargs, 1, 3) < 0)
        return VNULL;
    TupleObj *t = T(self);
    int64_t len = (int64_t)t->size, start = 0, stop = INT64_MAX;
    if (nargs > 1 && slice_index(args[1], false, &start) < 0)
        return VNULL;
    if (nargs > 2 && slice_index(args[2], false, &stop) < 0)
        return VNULL;
    if (start < 0 && (start += len) < 0)
        start = 0;
    if (stop < 0 && (stop += len) < 0)
        stop = 0;
    for (int64_t i = start; i < stop && i < len; i++) {
        int eq = obj_eq(t->items[i], args[0]);
        if (eq < 0)
            return VNULL;
        if (eq)
            return int_from_i64(i);
    }
    return exc_raise(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, METH_O, "Return number of occurrences of value."},
    {"index", tuple_index, 0, "Return first index of value."},
    {NULL, NULL, 0, NULL},
};

/* ---- Iterator ---- */

/** Iterator over a tuple. */
typedef struct TupleIterObj {
    Obj base;     /**< header */
    Value tuple;  /**< the tuple, or VNULL once exhausted */
    size_t index; /**< next position */
} TupleIterObj;

static Value tuple_iter(Value v)
{
    TupleIterObj *it = (TupleIterObj *)alloc_object(&tuple_iter_type);
    if (it == NULL)
        return VNULL;
    it->tuple = newref(v);
    it->index = 0;
    gc_track(&it->base);
    return OBJ_VAL(it);
}

static Value tuple_iter_next(Value v)
{
    TupleIterObj *it = (TupleIterObj *)AS_OBJ(v);
    Value item = VNULL, done = VNULL;
    CritSection cs;
    cs_begin(&cs, &it->base);
    if (it->tuple != VNULL) {
        if (it->index < TUPLE_SIZE(it->tuple)) {
            item = newref(TUPLE_ITEMS(it->tuple)[it->index++]);
        } else {
            done = it->tuple;
            it->tuple = VNULL;
        }
    }
    cs_end(&cs);
    xdecref(done); /* may free the tuple and its items: outside the section */
    return item;
}

static Value tuple_iter_self(Value v)
{
    return newref(v);
}

static void tuple_iter_dealloc(Obj *o)
{
    gc_untrack(o);
    xdecref(((TupleIterObj *)o)->tuple);
    alloc_free(o);
}

static void tuple_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    TupleIterObj *it = (TupleIterObj *)o;
    if (it->tuple != VNULL)
        visit(AS_OBJ(it->tuple), arg);
}

static void tuple_iter_clear(Obj *o)
{
    clearref(&((TupleIterObj *)o)->tuple);
}

Type tuple_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObj),
    .flags = TYPE_GC,
    .dealloc = tuple_iter_dealloc,
    .traverse = tuple_iter_traverse,
    .clear = tuple_iter_clear,
    .iter = tuple_iter_self,
    .iternext = tuple_iter_next,
};

Type tuple_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "tuple",
    .basicsize = offsetof(TupleObj, items),
    .itemsize = sizeof(Value),
    .flags = TYPE_GC | TYPE_TUPLE_SUBCLASS,
    .methods = tuple_methods,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .construct = tuple_construct,
};
