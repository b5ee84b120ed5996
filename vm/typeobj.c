// SPDX-License-Identifier: MIT
/**
 * @file typeobj.c
 * @brief Classes, and the slot definitions that tie special methods to
 *        slots (see typeobj.h for the design).
 */
#include "typeobj.h"

#include <pthread.h>

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "args.h"
#include "cfunc.h"
#include "code.h"
#include "descr.h"
#include "dict.h"
#include "eval.h"
#include "frame.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "names.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/* ---- The slot definitions ---- */

typedef enum SlotKind {
    K_REPR,
    K_STR,
    K_HASH,
    K_RICHCMP,
    K_CONCAT,
    K_REPEAT,
    K_BINOP,
    K_RBINOP,
    K_INPLACE,
    K_UNOP,
    K_TRUTH,
    K_INT,
    K_FLOAT,
    K_INDEX,
    K_LEN,
    K_GETITEM,
    K_SETITEM,
    K_DELITEM,
    K_CONTAINS,
    K_ITER,
    K_NEXT,
    K_GETATTRIBUTE,
    K_GETATTR,
    K_SETATTR,
    K_DELATTR,
    K_DESCR_GET,
    K_DESCR_SET,
    K_DESCR_DELETE,
    K_CALL,
    K_INIT,
    K_NEW
} SlotKind;

typedef struct SlotDef {
    const char *name;
    SlotKind kind;
    int op;
} SlotDef;

#define BINOP_DEFS(fwd, rev, inp, op)                                                              \
    {fwd, K_BINOP, op}, {rev, K_RBINOP, op}, {inp, K_INPLACE, op},

static const SlotDef slotdefs[] = {
    {"__repr__", K_REPR, 0},
    {"__str__", K_STR, 0},
    {"__hash__", K_HASH, 0},
    {"__lt__", K_RICHCMP, CMP_LT},
    {"__le__", K_RICHCMP, CMP_LE},
    {"__eq__", K_RICHCMP, CMP_EQ},
    {"__ne__", K_RICHCMP, CMP_NE},
    {"__gt__", K_RICHCMP, CMP_GT},
    {"__ge__", K_RICHCMP, CMP_GE},
    /* Sequence concat/repeat come first: for str and list they are __add__/__mul__. */
    {"__add__", K_CONCAT, 0},
    {"__mul__", K_REPEAT, 0},
    {"__rmul__", K_REPEAT, 0},
    BINOP_DEFS("__add__", "__radd__", "__iadd__", BINOP_ADD)
    BINOP_DEFS("__sub__", "__rsub__", "__isub__", BINOP_SUB)
    BINOP_DEFS("__mul__", "__rmul__", "__imul__", BINOP_MUL)
    BINOP_DEFS("__truediv__", "__rtruediv__", "__itruediv__", BINOP_TRUEDIV)
    BINOP_DEFS("__floordiv__", "__rfloordiv__", "__ifloordiv__", BINOP_FLOORDIV)
    BINOP_DEFS("__mod__", "__rmod__", "__imod__", BINOP_MOD)
    BINOP_DEFS("__pow__", "__rpow__", "__ipow__", BINOP_POW)
    BINOP_DEFS("__lshift__", "__rlshift__", "__ilshift__", BINOP_LSHIFT)
    BINOP_DEFS("__rshift__", "__rrshift__", "__irshift__", BINOP_RSHIFT)
    BINOP_DEFS("__and__", "__rand__", "__iand__", BINOP_AND)
    BINOP_DEFS("__or__", "__ror__", "__ior__", BINOP_OR)
    BINOP_DEFS("__xor__", "__rxor__", "__ixor__", BINOP_XOR)
    BINOP_DEFS("__matmul__", "__rmatmul__", "__imatmul__", BINOP_MATMUL)
    {"__neg__", K_UNOP, UNOP_NEG},
    {"__pos__", K_UNOP, UNOP_POS},
    {"__invert__", K_UNOP, UNOP_INVERT},
    {"__abs__", K_UNOP, UNOP_ABS},
    {"__bool__", K_TRUTH, 0},
    {"__int__", K_INT, 0},
    {"__float__", K_FLOAT, 0},
    {"__index__", K_INDEX, 0},
    {"__len__", K_LEN, 0},
    {"__getitem__", K_GETITEM, 0},
    {"__setitem__", K_SETITEM, 0},
    {"__delitem__", K_DELITEM, 0},
    {"__contains__", K_CONTAINS, 0},
    {"__iter__", K_ITER, 0},
    {"__next__", K_NEXT, 0},
    {"__getattribute__", K_GETATTRIBUTE, 0},
    {"__getattr__", K_GETATTR, 0},
    {"__setattr__", K_SETATTR, 0},
    {"__delattr__", K_DELATTR, 0},
    {"__get__", K_DESCR_GET, 0},
    {"__set__", K_DESCR_SET, 0},
    {"__delete__", K_DESCR_DELETE, 0},
    {"__call__", K_CALL, 0},
    {"__init__", K_INIT, 0},
    {"__new__", K_NEW, 0},
};

#define NSLOTDEFS ARRAY_LEN(slotdefs)

/* Interned names of the slot definitions, made on first use (immortal). */
static Value slot_names[NSLOTDEFS];

static Value slot_name(size_t i)
{
    if (slot_names[i] == VNULL)
        slot_names[i] = str_intern_cstr(slotdefs[i].name);
    return slot_names[i];
}

static Value name_of(const char *s)
{
    return str_intern_cstr(s);
}

/* Does t itself (not inherited) fill the slot of definition d? */
static bool has_slot(const Type *t, const SlotDef *d)
{
    switch (d->kind) {
    case K_REPR: return t->repr != NULL;
    case K_STR: return t->str != NULL;
    case K_HASH: return t->hash != NULL;
    case K_RICHCMP: return t->richcompare != NULL;
    case K_CONCAT: return t->concat != NULL;
    case K_REPEAT: return t->repeat != NULL;
    case K_BINOP:
    case K_RBINOP: return t->binop != NULL && d->op != BINOP_MATMUL;
    case K_INPLACE: return t->inplace != NULL && d->op != BINOP_MATMUL;
    case K_UNOP: return t->unop != NULL;
    case K_TRUTH: return t->truth != NULL;
    case K_INT: return t->to_int != NULL;
    case K_FLOAT: return t->to_float != NULL;
    case K_INDEX: return t->to_index != NULL;
    case K_LEN: return t->len != NULL;
    case K_GETITEM: return t->getitem != NULL;
    case K_SETITEM:
    case K_DELITEM: return t->setitem != NULL;
    case K_CONTAINS: return t->contains != NULL;
    case K_ITER: return t->iter != NULL;
    case K_NEXT: return t->iternext != NULL;
    case K_GETATTRIBUTE: return t->getattr != NULL;
    case K_GETATTR: return false;
    case K_SETATTR:
    case K_DELATTR: return t->setattr != NULL;
    case K_DESCR_GET: return t->descr_get != NULL;
    case K_DESCR_SET:
    case K_DESCR_DELETE: return t->descr_set != NULL;
    case K_CALL: return t->call != NULL;
    case K_INIT: return t->init != NULL;
    case K_NEW: return t->alloc_new != NULL;
    }
    return false;
}

/* ---- Slot wrappers: a builtin slot as a special method ---- */

/** A slot wrapper (unbound) or method-wrapper (bound). */
typedef struct WrapperObj {
    Obj base;
    const SlotDef *def;
    Type *owner;
    Value self; /* VNULL for the unbound descriptor */
} WrapperObj;

static Value as_bool(int r)
{
    return r < 0 ? VNULL : newref(BOOL_VAL(r));
}

static int need_args(const WrapperObj *w, size_t nargs, size_t n)
{
    if (nargs != n) {
        exc_raise(&exc_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return -1;
    }
    (void)w;
    return 0;
}

/* Call the wrapped slot of w->owner on self. */
static Value wrapper_invoke(const WrapperObj *w, Value self, const Value *args, size_t nargs,
                            Value kwnames)
{
    Type *t = w->owner;
    const SlotDef *d = w->def;
    if (d->kind != K_CALL && d->kind != K_INIT && d->kind != K_NEW &&
        args_no_kw(d->name, kwnames) < 0)
        return VNULL;
    switch (d->kind) {
    case K_REPR:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->repr(self);
    case K_STR:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->str(self);
    case K_HASH: {
        if (need_args(w, nargs, 0) < 0)
            return VNULL;
        int64_t h = t->hash(self);
        return h == -1 ? VNULL : int_from_i64(h);
    }
    case K_RICHCMP:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->richcompare(self, args[0], (CmpOp)d->op);
    case K_CONCAT:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->concat(self, args[0]);
    case K_REPEAT: {
        if (need_args(w, nargs, 1) < 0)
            return VNULL;
        Value i = obj_index(args[0]);
        if (i == VNULL)
            return VNULL;
        int64_t n;
        int rc = int_as_i64(i, &n);
        decref(i);
        return rc < 0 ? VNULL : t->repeat(self, n);
    }
    case K_BINOP:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->binop(self, args[0], (BinOp)d->op);
    case K_RBINOP:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->binop(args[0], self, (BinOp)d->op);
    case K_INPLACE:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->inplace(self, args[0], (BinOp)d->op);
    case K_UNOP:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->unop(self, (UnOp)d->op);
    case K_TRUTH:
        return need_args(w, nargs, 0) < 0 ? VNULL : as_bool(t->truth(self));
    case K_INT:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->to_int(self);
    case K_FLOAT:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->to_float(self);
    case K_INDEX:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->to_index(self);
    case K_LEN: {
        if (need_args(w, nargs, 0) < 0)
            return VNULL;
        int64_t n = t->len(self);
        return n < 0 ? VNULL : int_from_i64(n);
    }
    case K_GETITEM:
        return need_args(w, nargs, 1) < 0 ? VNULL : t->getitem(self, args[0]);
    case K_SETITEM:
        if (need_args(w, nargs, 2) < 0 || t->setitem(self, args[0], args[1]) < 0)
            return VNULL;
        return newref(NONE_VAL);
    case K_DELITEM:
        if (need_args(w, nargs, 1) < 0 || t->setitem(self, args[0], VNULL) < 0)
            return VNULL;
        return newref(NONE_VAL);
    case K_CONTAINS:
        return need_args(w, nargs, 1) < 0 ? VNULL : as_bool(t->contains(self, args[0]));
    case K_ITER:
        return need_args(w, nargs, 0) < 0 ? VNULL : t->iter(self);
    case K_NEXT: {
        if (need_args(w, nargs, 0) < 0)
            return VNULL;
        Value v = t->iternext(self);
        if (v == VNULL && !exc_occurred())
            return exc_raise_empty(&exc_StopIteration);
        return v;
    }
    case K_GETATTRIBUTE:
    case K_GETATTR:
        if (need_args(w, nargs, 1) < 0)
            return VNULL;
        if (!str_check(args[0]))
            return exc_raise(&exc_TypeError, "attribute name must be string, not '%s'",
                             obj_type_name(args[0]));
        return t->getattr(self, args[0]);
    case K_SETATTR:
    case K_DELATTR: {
        size_t n = d->kind == K_SETATTR ? 2 : 1;
        if (need_args(w, nargs, n) < 0)
            return VNULL;
        if (!str_check(args[0]))
            return exc_raise(&exc_TypeError, "attribute name must be string, not '%s'",
                             obj_type_name(args[0]));
        if (t->setattr(self, args[0], n == 2 ? args[1] : VNULL) < 0)
            return VNULL;
        return newref(NONE_VAL);
    }
    case K_DESCR_GET: {
        if (args_count("__get__", nargs, 1, 2) < 0)
            return VNULL;
        Value inst = args[0] == NONE_VAL ? VNULL : args[0];
        Value owner = nargs > 1 && args[1] != NONE_VAL ? args[1] : VNULL;
        if (inst == VNULL && owner == VNULL)
            return exc_raise(&exc_TypeError, "__get__(None, None) is invalid");
        return t->descr_get(self, inst, owner != VNULL ? owner : OBJ_VAL(TYPE_OF(inst)));
    }
    case K_DESCR_SET:
        if (need_args(w, nargs, 2) < 0 || t->descr_set(self, args[0], args[1]) < 0)
            return VNULL;
        return newref(NONE_VAL);
    case K_DESCR_DELETE:
        if (need_args(w, nargs, 1) < 0 || t->descr_set(self, args[0], VNULL) < 0)
            return VNULL;
        return newref(NONE_VAL);
    case K_CALL:
        return t->call(self, args, nargs, kwnames);
    case K_INIT:
        if (t->init(self, args, nargs, kwnames) < 0)
            return VNULL;
        return newref(NONE_VAL);
    case K_NEW:
        break;
    }
    return exc_raise(&exc_SystemError, "bad slot wrapper");
}

static void wrapper_dealloc(Obj *o)
{
    WrapperObj *w = (WrapperObj *)o;
    gc_untrack(o);
    xdecref(w->self);
    alloc_free(o);
}

static void wrapper_traverse(Obj *o, VisitFn visit, void *arg)
{
    WrapperObj *w = (WrapperObj *)o;
    if (w->self != VNULL && IS_OBJ(w->self))
        visit(AS_OBJ(w->self), arg);
}

static void wrapper_clear(Obj *o)
{
    clearref(&((WrapperObj *)o)->self);
}

static Value wrapper_descr_repr(Value v)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(v);
    return str_printf("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static Value method_wrapper_repr(Value v)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(v);
    return str_printf("<method-wrapper '%s' of %s object at %p>", w->def->name,
                      obj_type_name(w->self), (void *)AS_OBJ(w->self));
}

static Value wrapper_new(Type *type, const SlotDef *d, Type *owner, Value self)
{
    WrapperObj *w = (WrapperObj *)alloc_object(type);
    if (w == NULL)
        return VNULL;
    w->def = d;
    w->owner = owner;
    w->self = self != VNULL ? newref(self) : VNULL;
    gc_track(&w->base);
    return OBJ_VAL(w);
}

/* T.__new__(cls, *args): a static method. */
static Value new_wrapper_call(WrapperObj *w, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs < 1)
        return exc_raise(&exc_TypeError, "%s.__new__(): not enough arguments", w->owner->name);
    Value cls = args[0];
    if (TYPE_OF(cls) != &type_type)
        return exc_raise(&exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                         w->owner->name, obj_type_name(cls));
    Type *t = (Type *)AS_OBJ(cls);
    if (!type_is_subtype(t, w->owner))
        return exc_raise(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", w->owner->name,
                         t->name, t->name, w->owner->name);
    return w->owner->alloc_new(t, args + 1, nargs - 1, kwnames);
}

static Value wrapper_descr_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(callable);
    if (w->def->kind == K_NEW)
        return new_wrapper_call(w, args, nargs, kwnames);
    if (nargs < 1)
        return exc_raise(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                         w->def->name, w->owner->name);
    if (!obj_isinstance(args[0], w->owner))
        return exc_raise(&exc_TypeError,
                         "descriptor '%s' requires a '%s' object but received a '%s'",
                         w->def->name, w->owner->name, obj_type_name(args[0]));
    return wrapper_invoke(w, args[0], args + 1, nargs - 1, kwnames);
}

static Value wrapper_descr_get(Value descr, Value instance, Value owner)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(descr);
    if (instance == VNULL || w->def->kind == K_NEW)
        return newref(descr);
    return wrapper_new(&method_wrapper_type, w->def, w->owner, instance);
}

static Value method_wrapper_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(callable);
    return wrapper_invoke(w, w->self, args, nargs, kwnames);
}

static Value wrapper_get_name(Value self)
{
    return str_from_cstr(((WrapperObj *)AS_OBJ(self))->def->name);
}

static Value wrapper_get_self(Value self)
{
    WrapperObj *w = (WrapperObj *)AS_OBJ(self);
    return newref(w->self != VNULL ? w->self : NONE_VAL);
}

static const MemberDef wrapper_members[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__self__", wrapper_get_self, NULL},
    {NULL, NULL, NULL},
};

Type wrapper_descr_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperObj),
    .flags = TYPE_GC,
    .members = wrapper_members,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
};

Type method_wrapper_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "method-wrapper",
    .basicsize = sizeof(WrapperObj),
    .flags = TYPE_GC,
    .members = wrapper_members,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
};

int typeobj_add_wrappers(Type *t)
{
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        if (!has_slot(t, d))
            continue;
        Value name = slot_name(i);
        Value existing;
        if (dict_lookup_str(t->dict, name, &existing) > 0) {
            decref(existing);
            continue;
        }
        Value w = wrapper_new(&wrapper_descr_type, d, t, VNULL);
        if (w == VNULL || dict_set(t->dict, name, w) < 0) {
            xdecref(w);
            return -1;
        }
        decref(w);
    }
    return 0;
}

void typeobj_inherit_slots(Type *t, const Type *b)
{
#define INHERIT(slot)                                                                              \
    if (t->slot == NULL)                                                                           \
    t->slot = b->slot
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(richcompare);
    INHERIT(binop);
    INHERIT(inplace);
    INHERIT(concat);
    INHERIT(repeat);
    INHERIT(unop);
    INHERIT(truth);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(to_index);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(alloc_new);
    INHERIT(init);
#undef INHERIT
    if (t->hash == NULL && t->richcompare == b->richcompare)
        t->hash = b->hash;
    if (t->dictoffset == 0)
        t->dictoffset = b->dictoffset;
    t->flags |= b->flags & (TYPE_INT_SUBCLASS | TYPE_STR_SUBCLASS | TYPE_LIST_SUBCLASS |
                            TYPE_TUPLE_SUBCLASS | TYPE_DICT_SUBCLASS | TYPE_EXC_SUBCLASS |
                            TYPE_TYPE_SUBCLASS);
}

/* ---- Calling special methods of instances ---- */

/* Call the special method `name` found on type(self) with self prepended. */
static Value call_special(Value self, Value name, const Value *args, size_t nargs, bool *found)
{
    Value m = type_lookup(TYPE_OF(self), name);
    if (found != NULL)
        *found = m != VNULL;
    if (m == VNULL)
        return exc_raise(&exc_AttributeError, "'%s' object has no attribute '%U'",
                         obj_type_name(self), name);
    Type *mt = TYPE_OF(m);
    if (mt == &function_type) {
        Value small[8];
        Value *argv = nargs + 1 <= 8 ? small : malloc((nargs + 1) * sizeof(Value));
        if (argv == NULL)
            return exc_nomemory();
        argv[0] = self;
        if (nargs * sizeof(Value) > 0)
            memcpy(argv + 1, args, nargs * sizeof(Value));
        Value r = eval_call_function(thread_current(), m, argv, nargs + 1, VNULL);
        if (argv != small)
            free(argv);
        return r;
    }
    if (mt->descr_get != NULL) {
        Value bound = mt->descr_get(m, self, OBJ_VAL(TYPE_OF(self)));
        if (bound == VNULL)
            return VNULL;
        Value r = obj_call(bound, args, nargs);
        decref(bound);
        return r;
    }
    return obj_call(m, args, nargs);
}


static Value slot_repr(Value self)
{
    Value r = call_special(self, NAME(__repr__), NULL, 0, NULL);
    if (r != VNULL && !str_check(r)) {
        exc_raise(&exc_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
        clearref(&r);
    }
    return r;
}

static Value slot_str(Value self)
{
    Value r = call_special(self, NAME(__str__), NULL, 0, NULL);
    if (r != VNULL && !str_check(r)) {
        exc_raise(&exc_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
        clearref(&r);
    }
    return r;
}

static int64_t slot_hash(Value self)
{
    Value r = call_special(self, NAME(__hash__), NULL, 0, NULL);
    if (r == VNULL)
        return -1;
    if (!int_check(r)) {
        exc_raise(&exc_TypeError, "__hash__ method should return an integer");
        decref(r);
        return -1;
    }
    /* Big results are reduced with the int hash, as CPython does. */
    int64_t h = int_hash(r);
    decref(r);
    return h;
}

static const NameId cmp_names[] = {NAME_ID___lt__, NAME_ID___le__, NAME_ID___eq__,
                                   NAME_ID___ne__, NAME_ID___gt__, NAME_ID___ge__};

static Value slot_richcompare(Value a, Value b, CmpOp op)
{
    bool found;
    Value r = call_special(a, names_table[cmp_names[op]], &b, 1, &found);
    if (r == VNULL && !found) {
        exc_clear();
        return newref(NOTIMPL_VAL);
    }
    return r;
}

#define BINOP_IDS(op) {NAME_ID___##op##__, NAME_ID___r##op##__, NAME_ID___i##op##__}
static const NameId binop_names[][3] = {
    BINOP_IDS(add), BINOP_IDS(sub), BINOP_IDS(mul), BINOP_IDS(truediv), BINOP_IDS(floordiv),
    BINOP_IDS(mod), BINOP_IDS(pow), BINOP_IDS(lshift), BINOP_IDS(rshift), BINOP_IDS(and),
    BINOP_IDS(or), BINOP_IDS(xor), BINOP_IDS(matmul),
};
#undef BINOP_IDS

static Value slot_binop(Value a, Value b, BinOp op);

/* Call self.name(other) if type(self) defines it, else NotImplemented. */
static Value try_special(Value self, NameId name, Value other)
{
    Value n = names_table[name];
    if (type_lookup(TYPE_OF(self), n) == VNULL)
        return newref(NOTIMPL_VAL);
    return call_special(self, n, &other, 1, NULL);
}

/* Does t define `name` somewhere other than where base defines it? */
static bool overrides(const Type *t, const Type *base, NameId name)
{
    Value n = names_table[name];
    return type_lookup(t, n) != type_lookup(base, n);
}

/*
 * Both operands may be instances of classes (whose binop slot is this same
 * function), so one call tries both sides, in CPython's order: the right
 * operand's reflected method first when its class derives from the left's
 * and overrides it.
 */
static Value slot_binop(Value a, Value b, BinOp op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    NameId fwd = binop_names[op][0], rev = binop_names[op][1];
    bool a_here = ta->binop == slot_binop;
    bool do_other = ta != tb && tb->binop == slot_binop;
    Value r;
    if (a_here) {
        if (do_other && type_is_subtype(tb, ta) && overrides(tb, ta, rev)) {
            r = try_special(b, rev, a);
            if (r != NOTIMPL_VAL)
                return r;
            decref(r);
            do_other = false;
        }
        r = try_special(a, fwd, b);
        if (r != NOTIMPL_VAL || !do_other)
            return r;
        decref(r);
    }
    return try_special(b, rev, a);
}

static Value slot_inplace(Value a, Value b, BinOp op)
{
    return try_special(a, binop_names[op][2], b);
}

static Value slot_unop(Value a, UnOp op)
{
    static const NameId names[] = {NAME_ID___neg__, NAME_ID___pos__, NAME_ID___invert__,
                                   NAME_ID___abs__};
    Value n = names_table[names[op]];
    if (type_lookup(TYPE_OF(a), n) == VNULL)
        return newref(NOTIMPL_VAL);
    return call_special(a, n, NULL, 0, NULL);
}

static int slot_truth(Value self)
{
    Value r = call_special(self, NAME(__bool__), NULL, 0, NULL);
    if (r == VNULL)
        return -1;
    if (r != TRUE_VAL && r != FALSE_VAL) {
        exc_raise(&exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        decref(r);
        return -1;
    }
    return r == TRUE_VAL;
}

static Value int_result(Value r, const char *method)
{
    if (r != VNULL && !int_check(r)) {
        exc_raise(&exc_TypeError, "%s returned non-int (type %s)", method, obj_type_name(r));
        clearref(&r);
    }
    return r;
}

static Value slot_to_int(Value self)
{
    return int_result(call_special(self, NAME(__int__), NULL, 0, NULL), "__int__");
}

static Value slot_to_index(Value self)
{
    return int_result(call_special(self, NAME(__index__), NULL, 0, NULL), "__index__");
}

static Value slot_to_float(Value self)
{
    Value r = call_special(self, NAME(__float__), NULL, 0, NULL);
    if (r != VNULL && TYPE_OF(r)->name != NULL && strcmp(TYPE_OF(r)->name, "float") != 0) {
        exc_raise(&exc_TypeError, "%s.__float__ returned non-float (type %s)",
                  obj_type_name(self), obj_type_name(r));
        clearref(&r);
    }
    return r;
}

static int64_t slot_len(Value self)
{
    Value r = call_special(self, NAME(__len__), NULL, 0, NULL);
    if (r == VNULL)
        return -1;
    Value i = obj_index(r);
    decref(r);
    if (i == VNULL)
        return -1;
    int64_t n;
    int rc = int_as_i64(i, &n);
    int sign = int_sign(i);
    decref(i);
    if (sign < 0) {
        if (rc < 0)
            exc_clear();
        exc_raise(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (rc < 0) {
        exc_clear();
        exc_raise(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static Value slot_getitem(Value self, Value key)
{
    return call_special(self, NAME(__getitem__), &key, 1, NULL);
}

static int slot_setitem(Value self, Value key, Value value)
{
    Value r;
    if (value == VNULL) {
        r = call_special(self, NAME(__delitem__), &key, 1, NULL);
    } else {
        Value args[2] = {key, value};
        r = call_special(self, NAME(__setitem__), args, 2, NULL);
    }
    if (r == VNULL)
        return -1;
    decref(r);
    return 0;
}

static int slot_contains(Value self, Value x)
{
    Value n = NAME(__contains__);
    if (type_lookup(TYPE_OF(self), n) == VNULL)
        return obj_contains_by_iter(self, x); /* no __contains__: through __iter__ or __getitem__ */
    Value r = call_special(self, n, &x, 1, NULL);
    if (r == VNULL)
        return -1;
    int t = obj_truth(r);
    decref(r);
    return t;
}

static Value slot_iter(Value self)
{
    Value r = call_special(self, NAME(__iter__), NULL, 0, NULL);
    if (r != VNULL && TYPE_OF(r)->iternext == NULL) {
        exc_raise(&exc_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(r));
        clearref(&r);
    }
    return r;
}

static Value slot_iternext(Value self)
{
    Value r = call_special(self, NAME(__next__), NULL, 0, NULL);
    if (r == VNULL && exc_matches(&exc_StopIteration))
        exc_clear();
    return r;
}

static Value slot_getattr(Value self, Value name)
{
    Type *t = TYPE_OF(self);
    Value r;
    if (type_lookup(t, NAME(__getattribute__)) != type_lookup(&object_type, NAME(__getattribute__)))
        r = call_special(self, NAME(__getattribute__), &name, 1, NULL);
    else
        r = obj_generic_getattr(self, name);
    if (r != VNULL || !exc_matches(&exc_AttributeError))
        return r;
    if (type_lookup(t, NAME(__getattr__)) == VNULL)
        return VNULL;
    exc_clear();
    return call_special(self, NAME(__getattr__), &name, 1, NULL);
}

static int slot_setattr(Value self, Value name, Value value)
{
    Value r;
    if (value == VNULL) {
        r = call_special(self, NAME(__delattr__), &name, 1, NULL);
    } else {
        Value args[2] = {name, value};
        r = call_special(self, NAME(__setattr__), args, 2, NULL);
    }
    if (r == VNULL)
        return -1;
    decref(r);
    return 0;
}

static Value slot_descr_get(Value descr, Value instance, Value owner)
{
    Value args[2] = {instance != VNULL ? instance : NONE_VAL, owner != VNULL ? owner : NONE_VAL};
    return call_special(descr, NAME(__get__), args, 2, NULL);
}

static int slot_descr_set(Value descr, Value instance, Value value)
{
    Value r;
    if (value == VNULL) {
        r = call_special(descr, NAME(__delete__), &instance, 1, NULL);
    } else {
        Value args[2] = {instance, value};
        r = call_special(descr, NAME(__set__), args, 2, NULL);
    }
    if (r == VNULL)
        return -1;
    decref(r);
    return 0;
}

static Value slot_call(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value m = type_lookup(TYPE_OF(self), NAME(__call__));
    if (m == VNULL)
        return exc_raise(&exc_TypeError, "'%s' object is not callable", obj_type_name(self));
    Value bound = TYPE_OF(m)->descr_get != NULL
                      ? TYPE_OF(m)->descr_get(m, self, OBJ_VAL(TYPE_OF(self)))
                      : newref(m);
    if (bound == VNULL)
        return VNULL;
    Value r = obj_call_kw(bound, args, nargs, kwnames);
    decref(bound);
    return r;
}

/* ---- Instances of classes ---- */

static Type *static_base(Type *t)
{
    while (t->flags & TYPE_HEAPTYPE)
        t = t->base_type;
    return t;
}

static void heapinst_dealloc(Obj *o)
{
    Type *t = o->type;
    gc_untrack(o);
    if (t->dictoffset != 0 && static_base(t)->dictoffset != t->dictoffset) {
        Value *slot = (Value *)((char *)o + t->dictoffset);
        clearref(slot);
    }
    static_base(t)->dealloc(o);
}

static void heapinst_traverse(Obj *o, VisitFn visit, void *arg)
{
    Type *t = o->type;
    visit(&t->base, arg);
    Type *b = static_base(t);
    if (t->dictoffset != 0 && b->dictoffset != t->dictoffset) {
        Value d = *(Value *)((char *)o + t->dictoffset);
        if (d != VNULL)
            visit(AS_OBJ(d), arg);
    }
    if (b->traverse != NULL)
        b->traverse(o, visit, arg);
}

static void heapinst_clear(Obj *o)
{
    Type *t = o->type;
    Type *b = static_base(t);
    if (t->dictoffset != 0 && b->dictoffset != t->dictoffset)
        clearref((Value *)((char *)o + t->dictoffset));
    if (b->clear != NULL)
        b->clear(o);
}

/* Is `name` on t defined in Python (a class's dict) rather than by a builtin type? */
static bool defined_in_class(const Type *t, Value name)
{
    for (const Type *p = t; p != NULL; p = p->base_type) {
        if (p->dict == VNULL)
            continue;
        Value v;
        if (dict_lookup_str(p->dict, name, &v) > 0) {
            decref(v);
            return (p->flags & TYPE_HEAPTYPE) != 0;
        }
    }
    return false;
}

/* Calling a class: __new__, then __init__ if __new__ gave an instance of it. */
/* The constructor facts of a class. */
typedef struct CtorFacts {
    bool new_in_class;  /* __new__ defined in Python */
    bool init_in_class; /* __init__ defined in Python */
    Value initf;        /* that __init__, borrowed */
} CtorFacts;

/*
 * The constructor facts of class t, from the class's cache when its version tag matches,
 * else recomputed and cached. Threads read and refill the cache at once (free threading), so
 * it is a sequence lock: a writer clears the tag, writes the facts, then sets the tag
 * (release); a reader trusts the facts only if it saw the same current tag before and after.
 */
static CtorFacts ctor_info(Type *t)
{
    HeapTypeObj *h = (HeapTypeObj *)t;
    uint64_t tag = t->version_tag;
    CtorFacts f;
    if (atomic_load_explicit(&h->ctor_tag, memory_order_acquire) == tag) {
        f.new_in_class = atomic_load_explicit(&h->ctor_new, memory_order_relaxed);
        f.init_in_class = atomic_load_explicit(&h->ctor_init, memory_order_relaxed);
        f.initf = atomic_load_explicit(&h->ctor_initf, memory_order_relaxed);
        atomic_thread_fence(memory_order_acquire);
        if (atomic_load_explicit(&h->ctor_tag, memory_order_relaxed) == tag)
            return f;
    }
    f.new_in_class = defined_in_class(t, NAME(__new__));
    f.init_in_class = defined_in_class(t, NAME(__init__));
    f.initf = f.init_in_class ? type_lookup(t, NAME(__init__)) : VNULL;
    atomic_store_explicit(&h->ctor_tag, 0, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&h->ctor_new, f.new_in_class, memory_order_relaxed);
    atomic_store_explicit(&h->ctor_init, f.init_in_class, memory_order_relaxed);
    atomic_store_explicit(&h->ctor_initf, f.initf, memory_order_relaxed);
    atomic_store_explicit(&h->ctor_tag, tag, memory_order_release);
    return f;
}

Value typeobj_plain_init(Type *t)
{
    if (!(t->flags & TYPE_HEAPTYPE) || static_base(t) != &object_type)
        return VNULL;
    CtorFacts f = ctor_info(t);
    if (f.new_in_class || !f.init_in_class || TYPE_OF(f.initf) != &function_type)
        return VNULL;
    return f.initf;
}

Value typeobj_alloc_plain(Type *t)
{
    return object_type.alloc_new(t, NULL, 0, VNULL);
}

static Value heaptype_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    ThreadState *ts = thread_current();
    Value new_name = NAME(__new__);
    CtorFacts info = ctor_info(t);
    bool new_in_class = info.new_in_class;
    bool init_in_class = info.init_in_class;
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    Type *base = static_base(t);
    Value obj;
    if (new_in_class) {
        Value newf = type_lookup(t, new_name);
        Value f = TYPE_OF(newf)->descr_get != NULL && TYPE_OF(newf) != &function_type
                      ? TYPE_OF(newf)->descr_get(newf, VNULL, OBJ_VAL(t))
                      : newref(newf);
        if (f == VNULL)
            return VNULL;
        size_t n = nargs + nkw;
        Value *argv = malloc((n + 1) * sizeof(Value));
        if (argv == NULL) {
            decref(f);
            return exc_nomemory();
        }
        argv[0] = OBJ_VAL(t);
        if (n * sizeof(Value) > 0)
            memcpy(argv + 1, args, n * sizeof(Value));
        obj = obj_call_kw(f, argv, nargs + 1, kwnames);
        free(argv);
        decref(f);
    } else {
        if (base == &object_type && !init_in_class && (nargs > 0 || nkw > 0))
            return exc_raise(&exc_TypeError, "%s() takes no arguments", t->name);
        obj = base->alloc_new(t, args, nargs, kwnames);
    }
    if (obj == VNULL || !obj_isinstance(obj, t))
        return obj;
    if (!init_in_class) {
        if (base->init != NULL && base != &object_type &&
            base->init(obj, args, nargs, kwnames) < 0) {
            decref(obj);
            return VNULL;
        }
        return obj;
    }
    Value initf = info.initf;
    Value r;
    if (TYPE_OF(initf) == &function_type) {
        size_t n = nargs + nkw;
        Value small[8];
        Value *argv = n + 1 <= 8 ? small : malloc((n + 1) * sizeof(Value));
        if (argv == NULL) {
            decref(obj);
            return exc_nomemory();
        }
        argv[0] = obj;
        if (n * sizeof(Value) > 0)
            memcpy(argv + 1, args, n * sizeof(Value));
        r = eval_call_function(ts, initf, argv, nargs + 1, kwnames);
        if (argv != small)
            free(argv);
    } else {
        Value bound = TYPE_OF(initf)->descr_get != NULL
                          ? TYPE_OF(initf)->descr_get(initf, obj, OBJ_VAL(t))
                          : newref(initf);
        r = bound != VNULL ? obj_call_kw(bound, args, nargs, kwnames) : VNULL;
        xdecref(bound);
    }
    if (r == VNULL) {
        decref(obj);
        return VNULL;
    }
    if (r != NONE_VAL) {
        exc_raise(&exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        decref(r);
        decref(obj);
        return VNULL;
    }
    return obj;
}

/* ---- Deriving a class's slots from its special methods ---- */

/*
 * Several names can feed one slot (the six comparisons feed richcompare, __add__ and __radd__
 * feed binop, ...): the kind that stands for all the kinds sharing d's slot.
 */
static int slot_group(int kind)
{
    switch (kind) {
    case K_RBINOP:
        return K_BINOP;
    case K_DELITEM:
        return K_SETITEM;
    case K_GETATTR:
        return K_GETATTRIBUTE;
    case K_DELATTR:
        return K_SETATTR;
    case K_DESCR_DELETE:
        return K_DESCR_SET;
    default:
        return kind;
    }
}

/* Whether class t itself defines one of the names that feed the slot of kind `group`. */
static bool group_defined_in_class(const Type *t, int group)
{
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (slot_group(slotdefs[i].kind) == group && defined_in_class(t, slot_name(i)))
            return true;
    return false;
}

/*
 * Set t's slot for d: the generic slot function that calls the Python method when t itself
 * defines one of the slot's names (`mine`), else the base's slot, as class creation copies it.
 */
static void set_slot_from_methods(Type *t, const SlotDef *d, bool mine)
{
    Value name = name_of(d->name);
    Type *b = t->base_type;
    switch (d->kind) {
    case K_REPR:
        t->repr = mine ? slot_repr : b->repr;
        break;
    case K_STR:
        t->str = mine ? slot_str : b->str;
        break;
    case K_HASH: {
        Value h = type_lookup(t, name);
        if (h == NONE_VAL)
            t->hash = NULL;
        else
            t->hash = mine ? slot_hash : b->hash;
        break;
    }
    case K_RICHCMP:
        t->richcompare = mine ? slot_richcompare : b->richcompare;
        break;
    case K_BINOP:
    case K_RBINOP:
        t->binop = mine ? slot_binop : b->binop;
        break;
    case K_INPLACE:
        t->inplace = mine ? slot_inplace : b->inplace;
        break;
    case K_UNOP:
        t->unop = mine ? slot_unop : b->unop;
        break;
    case K_TRUTH:
        t->truth = mine ? slot_truth : b->truth;
        break;
    case K_INT:
        t->to_int = mine ? slot_to_int : b->to_int;
        break;
    case K_FLOAT:
        t->to_float = mine ? slot_to_float : b->to_float;
        break;
    case K_INDEX:
        t->to_index = mine ? slot_to_index : b->to_index;
        break;
    case K_LEN:
        t->len = mine ? slot_len : b->len;
        break;
    case K_GETITEM:
        t->getitem = mine ? slot_getitem : b->getitem;
        break;
    case K_SETITEM:
    case K_DELITEM:
        t->setitem = mine ? slot_setitem : b->setitem;
        break;
    case K_CONTAINS:
        t->contains = mine ? slot_contains : b->contains;
        break;
    case K_ITER:
        t->iter = mine ? slot_iter : b->iter;
        break;
    case K_NEXT:
        t->iternext = mine ? slot_iternext : b->iternext;
        break;
    case K_GETATTRIBUTE:
    case K_GETATTR:
        t->getattr = mine ? slot_getattr : b->getattr;
        break;
    case K_SETATTR:
    case K_DELATTR:
        t->setattr = mine ? slot_setattr : b->setattr;
        break;
    case K_DESCR_GET:
        t->descr_get = mine ? slot_descr_get : b->descr_get;
        break;
    case K_DESCR_SET:
    case K_DESCR_DELETE:
        t->descr_set = mine ? slot_descr_set : b->descr_set;
        break;
    case K_CALL:
        t->call = mine ? slot_call : b->call;
        break;
    case K_CONCAT:
    case K_REPEAT:
    case K_INIT:
    case K_NEW:
        break;
    }
}

/* Guards every class's list of subclasses: classes are created, freed and modified by any
 * thread (under free threading, at once). */
static pthread_mutex_t subclasses_lock = PTHREAD_MUTEX_INITIALIZER;

static void modified_locked(Type *t)
{
    t->version_tag = type_next_version();
    if (!(t->flags & TYPE_HEAPTYPE))
        return;
    HeapTypeObj *h = (HeapTypeObj *)t;
    for (size_t i = 0; i < h->nsubclasses; i++)
        modified_locked(&h->subclasses[i]->type);
}

void typeobj_modified(Type *t)
{
    pthread_mutex_lock(&subclasses_lock);
    modified_locked(t);
    pthread_mutex_unlock(&subclasses_lock);
}

static void add_subclass_locked(Type *base, HeapTypeObj *sub)
{
    if (!(base->flags & TYPE_HEAPTYPE))
        return;
    HeapTypeObj *h = (HeapTypeObj *)base;
    if (h->nsubclasses == h->cap_subclasses) {
        size_t cap = h->cap_subclasses ? h->cap_subclasses * 2 : 4;
        HeapTypeObj **n = realloc(h->subclasses, cap * sizeof *n);
        if (n == NULL)
            return; /* a missed subclass only costs cache hits: modified() also runs per class */
        h->subclasses = n;
        h->cap_subclasses = cap;
    }
    h->subclasses[h->nsubclasses++] = sub;
}

static void add_subclass(Type *base, HeapTypeObj *sub)
{
    pthread_mutex_lock(&subclasses_lock);
    add_subclass_locked(base, sub);
    pthread_mutex_unlock(&subclasses_lock);
}

static void remove_subclass(Type *base, HeapTypeObj *sub)
{
    if (base == NULL || !(base->flags & TYPE_HEAPTYPE))
        return;
    HeapTypeObj *h = (HeapTypeObj *)base;
    pthread_mutex_lock(&subclasses_lock);
    for (size_t i = 0; i < h->nsubclasses; i++) {
        if (h->subclasses[i] == sub) {
            h->subclasses[i] = h->subclasses[--h->nsubclasses];
            break;
        }
    }
    pthread_mutex_unlock(&subclasses_lock);
}

void typeobj_update_slot(Type *t, Value name)
{
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (str_eq(slot_name(i), name))
            set_slot_from_methods(t, &slotdefs[i],
                                  group_defined_in_class(t, slot_group(slotdefs[i].kind)));
    /* Subclasses inherit slots by copying them: they follow their base's change. */
    if (t->flags & TYPE_HEAPTYPE) {
        HeapTypeObj *h = (HeapTypeObj *)t;
        for (size_t i = 0; i < h->nsubclasses; i++)
            typeobj_update_slot(&h->subclasses[i]->type, name);
    }
}

/* ---- Creating classes ---- */

static Value instance_dict_get(Value self)
{
    return obj_instance_dict(self, true);
}

static int instance_dict_set(Value self, Value v)
{
    if (v == VNULL || !dict_check(v)) {
        exc_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  v == VNULL ? "NoneType" : obj_type_name(v));
        return -1;
    }
    obj_set_instance_dict(self, v);
    return 0;
}

static const MemberDef dict_member = {"__dict__", instance_dict_get, instance_dict_set};

/* PEP 487: call __set_name__(cls, name) on each class attribute that defines it. */
static int call_set_name(Type *t)
{
    Value items = dict_keys_list(t->dict);
    if (items == VNULL)
        return -1;
    Value keys = list_as_tuple(items);
    decref(items);
    if (keys == VNULL)
        return -1;
    int rc = 0;
    Value set_name = NAME(__set_name__);
    for (size_t i = 0; i < TUPLE_SIZE(keys) && rc == 0; i++) {
        Value k = TUPLE_ITEMS(keys)[i], v;
        if (dict_lookup(t->dict, k, &v) <= 0)
            continue;
        Value m = type_lookup(TYPE_OF(v), set_name);
        if (m != VNULL) {
            Value args[2] = {OBJ_VAL(t), k};
            Value r = call_special(v, set_name, args, 2, NULL);
            if (r == VNULL)
                rc = -1;
            xdecref(r);
        }
        decref(v);
    }
    decref(keys);
    return rc;
}

/* super(t, t).__init_subclass__(**kwargs): the base classes hear of their new subclass. */
static int call_init_subclass(Type *t, const Value *kwargs, Value kwnames)
{
    Value m = type_lookup(t->base_type, NAME(__init_subclass__)); /* borrowed */
    if (m == VNULL)
        return 0;
    Type *mt = TYPE_OF(m);
    Value bound = mt->descr_get != NULL ? mt->descr_get(m, VNULL, OBJ_VAL(t)) : newref(m);
    if (bound == VNULL)
        return -1;
    Value r = obj_call_kw(bound, kwargs, 0, kwnames);
    decref(bound);
    xdecref(r);
    return r != VNULL ? 0 : -1;
}

/* CPython makes __init_subclass__ written in a class body an implicit classmethod. */
static int wrap_init_subclass(Type *t)
{
    Value f;
    int found = dict_lookup(t->dict, NAME(__init_subclass__), &f);
    if (found <= 0)
        return found;
    int rc = 0;
    if (TYPE_OF(f) == &function_type) {
        Value cm = obj_call(OBJ_VAL(&classmethod_type), &f, 1);
        rc = cm != VNULL ? dict_set(t->dict, NAME(__init_subclass__), cm) : -1;
        xdecref(cm);
    }
    decref(f);
    return rc;
}

/* Free threading: the class, its dict and its methods and descriptors are used by every
 * thread (rc_share()). */
static void share_class(Type *t)
{
    rc_share(&t->base);
    rc_share(AS_OBJ(t->dict));
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
        Type *vt = TYPE_OF(v);
        if (vt == &function_type || vt == &property_type || vt == &staticmethod_type ||
            vt == &classmethod_type)
            rc_share(AS_OBJ(v));
    }
}

Value typeobj_new(Value name, Value bases, Value ns, const Value *kwargs, Value kwnames)
{
    size_t nbases = TUPLE_SIZE(bases);
    if (nbases > 1)
        return exc_raise(&exc_TypeError,
                         "class %U: gilvm supports single inheritance only (%zu base classes given)",
                         name, nbases);
    Type *base = &object_type;
    if (nbases == 1) {
        Value b = TUPLE_ITEMS(bases)[0];
        if (TYPE_OF(b) != &type_type)
            return exc_raise(&exc_TypeError, "bases must be types");
        base = (Type *)AS_OBJ(b);
        if (!(base->flags & TYPE_BASETYPE))
            return exc_raise(&exc_TypeError, "type '%s' is not an acceptable base type", base->name);
    }
    if (type_ready(base) < 0)
        return VNULL;
    HeapTypeObj *h = (HeapTypeObj *)alloc_object(&type_type);
    if (h == NULL)
        return VNULL;
    Type *t = &h->type;
    h->name = newref(name);
    t->name = STR_DATA(name);
    Value qualname = VNULL;
    if (dict_lookup_cstr(ns, "__qualname__", &qualname) > 0 && str_check(qualname))
        h->qualname = qualname;
    else {
        if (qualname != VNULL && !str_check(qualname))
            decref(qualname);
        h->qualname = newref(name);
    }
    t->flags = TYPE_GC | TYPE_BASETYPE | TYPE_HEAPTYPE | TYPE_READY;
    t->version_tag = type_next_version();
    t->base_type = base;
    rc_incref(&base->base);
    add_subclass(base, h);
    if (base->dictoffset != 0) {
        t->dictoffset = base->dictoffset;
        t->basicsize = base->basicsize;
    } else {
        size_t off = (base->basicsize + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
        t->dictoffset = off;
        t->basicsize = off + sizeof(Value);
    }
    t->itemsize = base->itemsize;
    t->dict = dict_copy(ns);
    if (t->dict == VNULL)
        goto fail;
    if (dict_pop(t->dict, NAME(__qualname__), &qualname) > 0)
        decref(qualname);
    Value v = VNULL;
    if (dict_lookup_cstr(t->dict, "__module__", &v) > 0) {
        decref(v);
    } else {
        /* type(name, bases, dict) called directly: the caller's module. */
        Frame *f = thread_current()->frame;
        Value modname;
        if (f != NULL && dict_lookup_cstr(f->globals, "__name__", &modname) > 0) {
            int rc = dict_set_cstr(t->dict, "__module__", modname);
            decref(modname);
            if (rc < 0)
                goto fail;
        }
    }
    if (dict_lookup_cstr(t->dict, "__doc__", &v) > 0)
        decref(v);
    else if (dict_set_cstr(t->dict, "__doc__", NONE_VAL) < 0)
        goto fail;
    /* __new__ is a static method even without the decorator. */
    if (dict_lookup_cstr(t->dict, "__new__", &v) > 0) {
        if (TYPE_OF(v) == &function_type) {
            Value sm = descr_staticmethod_new(v);
            if (sm == VNULL || dict_set_cstr(t->dict, "__new__", sm) < 0) {
                xdecref(sm);
                decref(v);
                goto fail;
            }
            decref(sm);
        }
        decref(v);
    }
    if (wrap_init_subclass(t) < 0)
        goto fail;
    if (base->dictoffset == 0) {
        Value d = member_descriptor(&dict_member, t);
        if (d == VNULL || dict_set_cstr(t->dict, "__dict__", d) < 0) {
            xdecref(d);
            goto fail;
        }
        decref(d);
    }
    /* Defining __eq__ without __hash__ makes instances unhashable. */
    Value eqv, hv;
    bool has_eq = dict_lookup_cstr(t->dict, "__eq__", &eqv) > 0;
    bool has_hash = dict_lookup_cstr(t->dict, "__hash__", &hv) > 0;
    if (has_eq)
        decref(eqv);
    if (has_hash)
        decref(hv);
    if (has_eq && !has_hash && dict_set_cstr(t->dict, "__hash__", NONE_VAL) < 0)
        goto fail;
    size_t depth = 0;
    for (Type *p = t; p != NULL; p = p->base_type)
        depth++;
    t->mro = tuple_new(depth);
    if (t->mro == VNULL)
        goto fail;
    depth = 0;
    for (Type *p = t; p != NULL; p = p->base_type)
        TUPLE_ITEMS(t->mro)[depth++] = newref(OBJ_VAL(p));
    typeobj_inherit_slots(t, base);
    t->hash = base->hash;
    t->dealloc = heapinst_dealloc;
    t->traverse = heapinst_traverse;
    t->clear = heapinst_clear;
    t->construct = heaptype_construct;
    /* A new tag now that the dict is complete: nothing looked up while it was filling stays cached. */
    t->version_tag = type_next_version();
    uint64_t groups = 0; /* bit k: t defines a name feeding the slot of kind k */
    for (size_t i = 0; i < NSLOTDEFS; i++)
        if (defined_in_class(t, slot_name(i)))
            groups |= UINT64_C(1) << slot_group(slotdefs[i].kind);
    for (size_t i = 0; i < NSLOTDEFS; i++)
        set_slot_from_methods(t, &slotdefs[i], (groups >> slot_group(slotdefs[i].kind)) & 1);
    gc_track(&t->base);
    share_class(t);
    if (call_set_name(t) < 0 || call_init_subclass(t, kwargs, kwnames) < 0) {
        decref(OBJ_VAL(t));
        return VNULL;
    }
    return OBJ_VAL(t);
fail:
    decref(OBJ_VAL(t));
    return VNULL;
}

/* type's own slots for classes (heap types); static types are never freed. */
void typeobj_dealloc(Obj *o)
{
    HeapTypeObj *h = (HeapTypeObj *)o;
    Type *t = &h->type;
    gc_untrack(o);
    xdecref(t->dict);
    xdecref(t->mro);
    remove_subclass(t->base_type, h);
    free(h->subclasses);
    if (t->base_type != NULL)
        rc_decref(&t->base_type->base);
    xdecref(h->name);
    xdecref(h->qualname);
    alloc_free(o);
}

void typeobj_traverse(Obj *o, VisitFn visit, void *arg)
{
    HeapTypeObj *h = (HeapTypeObj *)o;
    Type *t = &h->type;
    if (!(t->flags & TYPE_HEAPTYPE))
        return;
    if (t->dict != VNULL)
        visit(AS_OBJ(t->dict), arg);
    if (t->mro != VNULL)
        visit(AS_OBJ(t->mro), arg);
    if (t->base_type != NULL)
        visit(&t->base_type->base, arg);
}

void typeobj_clear(Obj *o)
{
    Type *t = (Type *)o;
    if (!(t->flags & TYPE_HEAPTYPE))
        return;
    clearref(&t->dict);
    clearref(&t->mro);
}

Value typeobj_build_class(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs < 2)
        return exc_raise(&exc_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (TYPE_OF(func) != &function_type)
        return exc_raise(&exc_TypeError, "__build_class__: func must be a function");
    if (!str_check(name))
        return exc_raise(&exc_TypeError, "__build_class__: name is not a string");
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (str_eq_cstr(TUPLE_ITEMS(kwnames)[i], "metaclass"))
            return exc_raise(&exc_TypeError, "class %U: metaclasses are not supported by gilvm",
                             name);
    Value bases = tuple_from_array(args + 2, nargs - 2);
    if (bases == VNULL)
        return VNULL;
    Value ns = dict_new();
    if (ns == VNULL) {
        decref(bases);
        return VNULL;
    }
    Value cell = eval_class_body(thread_current(), func, ns);
    Value cls = VNULL;
    if (cell != VNULL) {
        /* The keyword values follow the positional arguments (see ::CFunc). */
        cls = typeobj_new(name, bases, ns, args + nargs, nkw > 0 ? kwnames : VNULL);
        if (cls != VNULL && TYPE_OF(cell) == &cell_type)
            setref(&((CellObj *)AS_OBJ(cell))->ref, newref(cls));
        decref(cell);
    }
    decref(ns);
    decref(bases);
    return cls;
}
