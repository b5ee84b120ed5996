// SPDX-License-Identifier: MIT
/**
 * @file object.c
 * @brief Generic operations on values (see object.h), and the types `type`,
 *        `object`, `NoneType`, `NotImplementedType` and `ellipsis`.
 *
 * Each generic operation finds the slot on the operand's type and applies
 * CPython's rules around it: reflected operands for arithmetic (the right
 * operand's slot goes first when its type derives from the left's), swapped
 * comparisons, identity fallback for `==`, and the exact TypeError text when
 * nothing applies.
 */
#include "object.h"

#include "../gc/alloc.h"
#include "../gil/lock.h"
#include "../gil/thread.h"
#include "cfunc.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "typeobj.h"
#include "descr.h"
#include "itertypes.h"

/* ---- Recursion guards ---- */

int obj_recursion_enter(const char *where)
{
    ThreadState *ts = thread_current();
    ts->c_depth++;
    if (UNLIKELY(ts->py_depth + ts->c_depth > ts->rt->recursion_limit && !ts->recursion_headroom) ||
        UNLIKELY(thread_c_stack_low(ts))) {
        ts->c_depth--;
        ts->recursion_headroom = true;
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
        ts->recursion_headroom = false;
        return -1;
    }
    return 0;
}

void obj_recursion_leave(void)
{
    thread_current()->c_depth--;
}

int obj_repr_enter(Value v)
{
    ThreadState *ts = thread_current();
    if (ts->repr_active == VNULL) {
        ts->repr_active = list_new(4);
        if (ts->repr_active == VNULL)
            return -1;
    }
    ListObj *l = (ListObj *)AS_OBJ(ts->repr_active);
    for (size_t i = 0; i < l->size; i++)
        if (l->items[i] == v)
            return 1;
    return list_append(ts->repr_active, v);
}

void obj_repr_leave(Value v)
{
    ThreadState *ts = thread_current();
    ListObj *l = (ListObj *)AS_OBJ(ts->repr_active);
    for (size_t i = l->size; i-- > 0;) {
        if (l->items[i] == v) {
            memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(Value));
            l->size--;
            decref(v);
            return;
        }
    }
}

/* ---- Types ---- */

bool type_is_subtype(const Type *t, const Type *base)
{
    for (; t != NULL; t = t->base_type)
        if (t == base)
            return true;
    return false;
}

static Value type_lookup_walk(const Type *t, Value name)
{
    for (; t != NULL; t = t->base_type) {
        if (t->dict == VNULL)
            continue;
        Value v;
        if (dict_lookup_str(t->dict, name, &v) > 0) {
            decref(v); /* the type's dict keeps it alive */
            return v;
        }
    }
    return VNULL;
}

/*
 * The method cache (CPython's type attribute cache): type_lookup() walks the
 * base types with one dict probe each, and runs for every special method
 * (`__add__` of a class, `__init__`/`__new__` of every construction, `len`
 * of a user object, ...) and for each attribute access that does not go
 * through an inline cache. Each thread remembers the result per
 * (version_tag, interned name): a type's tag changes whenever its attributes
 * or a base's change (typeobj_modified()) and tags are never reused, so an
 * entry with the type's current tag is the answer. Only immortal names are
 * cached, so a name pointer is never reused by another string.
 */
#define TCACHE_SIZE 1024 /* entries, a power of two */

typedef struct TypeCacheEntry {
    uint64_t version; /* the type's version_tag when filled; 0: empty */
    Value name;       /* the interned name */
    Value value;      /* what type_lookup_walk() gave (borrowed), or VNULL */
} TypeCacheEntry;

static _Thread_local TypeCacheEntry type_cache[TCACHE_SIZE];

Value type_lookup(const Type *t, Value name)
{
    uint64_t version = t->version_tag;
    if (version == 0 || !IS_OBJ(name) || !rc_is_immortal(AS_OBJ(name)))
        return type_lookup_walk(t, name);
    uint64_t h = (version * 0x9E3779B97F4A7C15ull) ^ ((uintptr_t)name >> 4);
    TypeCacheEntry *e = &type_cache[(h ^ (h >> 29)) & (TCACHE_SIZE - 1)];
    if (e->version == version && e->name == name)
        return e->value;
    Value v = type_lookup_walk(t, name);
    e->version = version;
    e->name = name;
    e->value = v;
    return v;
}

/* Every static type readied, so that runtime shutdown can release their dicts. */
static Type *ready_types[256];
static size_t nready_types;

static _Atomic uint64_t type_versions = 1;

uint64_t type_next_version(void)
{
    return atomic_fetch_add_explicit(&type_versions, 1, memory_order_relaxed);
}

/* A descriptor type_ready() makes for a static type (its dict holds the only reference). */
static bool is_static_descr(Value v)
{
    Type *vt = TYPE_OF(v);
    return vt == &method_descr_type || vt == &classmethod_descr_type || vt == &member_type ||
           vt == &wrapper_descr_type;
}

int type_ready(Type *t)
{
    if (t->flags & TYPE_READY)
        return 0;
    t->flags |= TYPE_READY;
    t->version_tag = type_next_version();
    if (!(t->flags & TYPE_HEAPTYPE) && nready_types < ARRAY_LEN(ready_types))
        ready_types[nready_types++] = t;
    if (t != &object_type && t->base_type == NULL)
        t->base_type = &object_type;
    if (t->base_type != NULL && type_ready(t->base_type) < 0)
        return -1;
    Value dict = dict_new();
    if (dict == VNULL)
        return -1;
    t->dict = dict;
    for (const MethodDef *m = t->methods; m != NULL && m->name != NULL; m++) {
        Value descr = cfunc_descriptor(m, t);
        if (descr == VNULL || dict_set_cstr(dict, m->name, descr) < 0) {
            xdecref(descr);
            return -1;
        }
        decref(descr);
    }
    for (const MemberDef *m = t->members; m != NULL && m->name != NULL; m++) {
        Value descr = member_descriptor(m, t);
        if (descr == VNULL || dict_set_cstr(dict, m->name, descr) < 0) {
            xdecref(descr);
            return -1;
        }
        decref(descr);
    }
    /* Special methods for the slots the type fills itself, then the inherited slots. */
    if (typeobj_add_wrappers(t) < 0)
        return -1;
    if (t->base_type != NULL)
        typeobj_inherit_slots(t, t->base_type);
    /* The type's attributes live as long as the (static) type: make them immortal. Under
     * free threading the descriptors made here are too (`s.lower`, `l.append` from every
     * thread); type_fini() makes them mortal again. */
    rc_immortalize(AS_OBJ(dict));
    size_t pos = 0;
    Value k, v;
    while (dict_next(dict, &pos, &k, &v))
        if (is_static_descr(v))
            rc_share(AS_OBJ(v));
    size_t n = 0;
    for (Type *p = t; p != NULL; p = p->base_type)
        n++;
    Value mro = tuple_new(n);
    if (mro == VNULL)
        return -1;
    n = 0;
    for (Type *p = t; p != NULL; p = p->base_type)
        TUPLE_ITEMS(mro)[n++] = OBJ_VAL(p);
    rc_immortalize(AS_OBJ(mro));
    t->mro = mro;
    /* A new tag now that the dict is complete: nothing looked up while it was filling stays cached. */
    t->version_tag = type_next_version();
    return 0;
}

void type_fini_all(void)
{
    while (nready_types > 0) {
        Type *t = ready_types[--nready_types];
        type_fini(t);
        t->flags &= ~(uint32_t)TYPE_READY;
    }
}

/* Types own immortal dicts and MROs created at start-up; free them at shutdown. */
void type_fini(Type *t)
{
    if (t->dict != VNULL) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(t->dict, &pos, &k, &v))
            if (is_static_descr(v) && rc_is_immortal(AS_OBJ(v)))
                atomic_store_explicit(&AS_OBJ(v)->rc_local, 1, memory_order_relaxed);
        DictObj *d = (DictObj *)AS_OBJ(t->dict);
        atomic_store_explicit(&d->base.rc_local, 1, memory_order_relaxed);
        decref(t->dict);
        t->dict = VNULL;
    }
    if (t->mro != VNULL) {
        /* The MRO holds borrowed (immortal) types. */
        TupleObj *m = (TupleObj *)AS_OBJ(t->mro);
        m->size = 0;
        atomic_store_explicit(&m->base.rc_local, 1, memory_order_relaxed);
        decref(t->mro);
        t->mro = VNULL;
    }
}

/* The module a type says it belongs to: `__module__` of a class, "builtins" otherwise. */
/*
 * A static type's name may be dotted, as CPython's tp_name: "_thread.lock" is the type
 * `lock` of module `_thread` (messages use the whole name, as CPython's do); plain names
 * belong to builtins.
 */
static Value type_module(Type *t)
{
    if (t->flags & TYPE_HEAPTYPE) {
        Value m;
        if (dict_lookup_cstr(t->dict, "__module__", &m) > 0)
            return m;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot != NULL)
        return str_new(t->name, (size_t)(dot - t->name));
    return str_intern_cstr("builtins");
}

static Value type_qualname(Type *t)
{
    if (t->flags & TYPE_HEAPTYPE)
        return newref(((HeapTypeObj *)t)->qualname);
    const char *dot = strrchr(t->name, '.');
    return str_from_cstr(dot != NULL ? dot + 1 : t->name);
}

/* "module.QualName", or just the name for builtins (messages and reprs of classes). */
static Value type_full_name(Type *t)
{
    Value mod = type_module(t);
    Value qn = type_qualname(t);
    if (mod == VNULL || qn == VNULL) {
        xdecref(mod);
        xdecref(qn);
        return VNULL;
    }
    Value r;
    if (str_check(mod) && !str_eq_cstr(mod, "builtins"))
        r = exc_format_value("%U.%U", mod, qn);
    else
        r = newref(qn);
    decref(mod);
    decref(qn);
    return r;
}

static Value type_repr(Value v)
{
    Value n = type_full_name((Type *)AS_OBJ(v));
    if (n == VNULL)
        return VNULL;
    Value r = exc_format_value("<class '%U'>", n);
    decref(n);
    return r;
}

static Value type_getattr(Value v, Value name)
{
    Type *t = (Type *)AS_OBJ(v);
    /* Attributes of the metatype (type_type's members such as __name__) come first. */
    Value meta = type_lookup(AS_OBJ(v)->type, name);
    if (meta != VNULL && TYPE_OF(meta)->descr_set != NULL)
        return TYPE_OF(meta)->descr_get(meta, v, OBJ_VAL(AS_OBJ(v)->type));
    Value attr = type_lookup(t, name);
    if (attr != VNULL) {
        Type *at = TYPE_OF(attr);
        if (at->descr_get != NULL)
            return at->descr_get(attr, VNULL, v);
        return newref(attr);
    }
    if (meta != VNULL) {
        Type *mt = TYPE_OF(meta);
        if (mt->descr_get != NULL)
            return mt->descr_get(meta, v, OBJ_VAL(AS_OBJ(v)->type));
        return newref(meta);
    }
    return exc_raise(&exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
}

static int type_setattr(Value v, Value name, Value value)
{
    Type *t = (Type *)AS_OBJ(v);
    Value meta = type_lookup(&type_type, name);
    if (meta != VNULL && TYPE_OF(meta)->descr_set != NULL && !(t->flags & TYPE_HEAPTYPE))
        return TYPE_OF(meta)->descr_set(meta, v, value);
    if (!(t->flags & TYPE_HEAPTYPE)) {
        exc_raise(&exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (str_eq_cstr(name, "__name__") || str_eq_cstr(name, "__qualname__")) {
        if (value == VNULL || !str_check(value)) {
            exc_raise(&exc_TypeError, "can only assign string to %s.%U, not '%s'", t->name, name,
                      value == VNULL ? "NoneType" : obj_type_name(value));
            return -1;
        }
        HeapTypeObj *h = (HeapTypeObj *)t;
        if (str_eq_cstr(name, "__name__")) {
            setref(&h->name, newref(value));
            t->name = STR_DATA(h->name);
        } else {
            setref(&h->qualname, newref(value));
        }
        return 0;
    }
    int rc;
    /* A special method changes the type's slots, which every thread reads without a lock:
     * under free threading the others stop meanwhile (as CPython 3.13t does). */
    bool slot = STR_NBYTES(name) > 4 && STR_DATA(name)[0] == '_' && STR_DATA(name)[1] == '_';
    ThreadState *ts = thread_current();
    /* Other threads may hold the old value borrowed from a type lookup: it is released once
     * they cannot (strategy_release_later()). */
    Value old;
    if (dict_lookup(t->dict, name, &old) <= 0)
        old = VNULL;
    if (slot)
        strategy_exclusive_begin(ts);
    if (value == VNULL) {
        rc = dict_del(t->dict, name);
        if (rc < 0 && exc_matches(&exc_KeyError)) {
            exc_clear();
            exc_raise(&exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
        }
    } else {
        rc = dict_set(t->dict, name, value);
    }
    /* New tags first: the slot update looks methods up through the method cache. */
    typeobj_modified(t);
    if (rc == 0 && slot)
        typeobj_update_slot(t, name);
    if (slot)
        strategy_exclusive_end(ts);
    strategy_release_later(ts, old);
    return rc;
}

static Value type_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    Type *t = (Type *)AS_OBJ(callable);
    if (t->construct == NULL)
        return exc_raise(&exc_TypeError, "cannot create '%s' instances", t->name);
    return t->construct(t, args, nargs, kwnames);
}

static Value type_construct(Type *self, const Value *args, size_t nargs, Value kwnames)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    if (nargs == 1 && nkw == 0)
        return newref(OBJ_VAL(TYPE_OF(args[0])));
    if (nargs == 3 && nkw == 0) {
        if (!str_check(args[0]))
            return exc_raise(&exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             obj_type_name(args[0]));
        if (!tuple_check(args[1]))
            return exc_raise(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             obj_type_name(args[1]));
        if (!dict_check(args[2]))
            return exc_raise(&exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             obj_type_name(args[2]));
        return typeobj_new(args[0], args[1], args[2], NULL, VNULL);
    }
    return exc_raise(&exc_TypeError, "type() takes 1 or 3 arguments");
}

static int64_t identity_hash(Value v)
{
    /* Objects are 16-byte aligned or better; rotate the low zero bits away as CPython does. */
    uintptr_t p = (uintptr_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static Value identity_compare(Value a, Value b, CmpOp op)
{
    if (op == CMP_EQ)
        return newref(a == b ? TRUE_VAL : NOTIMPL_VAL);
    if (op == CMP_NE) {
        /* object.__ne__ inverts __eq__ (which a class may define). */
        Type *t = TYPE_OF(a);
        if (t->richcompare == identity_compare)
            return newref(a == b ? FALSE_VAL : NOTIMPL_VAL);
        Value r = t->richcompare(a, b, CMP_EQ);
        if (r == VNULL || r == NOTIMPL_VAL)
            return r;
        int truth = obj_truth(r);
        decref(r);
        return truth < 0 ? VNULL : newref(BOOL_VAL(!truth));
    }
    return newref(NOTIMPL_VAL);
}

static Value type_get_name(Value self)
{
    Type *t = (Type *)AS_OBJ(self);
    if (t->flags & TYPE_HEAPTYPE)
        return newref(((HeapTypeObj *)t)->name);
    return type_qualname(t);
}

static Value type_get_qualname(Value self)
{
    return type_qualname((Type *)AS_OBJ(self));
}

static Value type_get_doc(Value self)
{
    Type *t = (Type *)AS_OBJ(self);
    Value d;
    if (t->dict != VNULL && dict_lookup_cstr(t->dict, "__doc__", &d) > 0) {
        Type *dt = TYPE_OF(d);
        if (dt->descr_get != NULL && dt != &function_type) {
            Value r = dt->descr_get(d, VNULL, self);
            decref(d);
            return r;
        }
        return d;
    }
    return newref(NONE_VAL);
}

static Value type_get_dict(Value self)
{
    /* A copy: changing a class goes through setattr, which keeps slots in step. */
    return dict_copy(((Type *)AS_OBJ(self))->dict);
}

static Value type_get_mro(Value self)
{
    Type *t = (Type *)AS_OBJ(self);
    return newref(t->mro);
}

static Value type_get_base(Value self)
{
    Type *t = (Type *)AS_OBJ(self);
    return newref(t->base_type != NULL ? OBJ_VAL(t->base_type) : NONE_VAL);
}

static Value type_get_bases(Value self)
{
    Type *t = (Type *)AS_OBJ(self);
    if (t->base_type == NULL)
        return tuple_new(0);
    return tuple_pack(1, OBJ_VAL(t->base_type));
}

static Value type_get_module(Value self)
{
    return type_module((Type *)AS_OBJ(self));
}

static const MemberDef type_members[] = {
    {"__name__", type_get_name, NULL},
    {"__qualname__", type_get_qualname, NULL},
    {"__doc__", type_get_doc, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__base__", type_get_base, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__module__", type_get_module, NULL},
    {NULL, NULL, NULL},
};

Type type_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "type",
    .basicsize = sizeof(HeapTypeObj),
    .flags = TYPE_GC | TYPE_TYPE_SUBCLASS,
    .members = type_members,
    .dealloc = typeobj_dealloc,
    .traverse = typeobj_traverse,
    .clear = typeobj_clear,
    .setattr = type_setattr,
    .repr = type_repr,
    .hash = identity_hash,
    .richcompare = identity_compare,
    .getattr = type_getattr,
    .call = type_call,
    .construct = type_construct,
};

static Value object_repr(Value v)
{
    Type *t = TYPE_OF(v);
    if (t->flags & TYPE_HEAPTYPE) {
        Value n = type_full_name(t);
        if (n == VNULL)
            return VNULL;
        Value r = exc_format_value("<%U object at %p>", n, (void *)AS_OBJ(v));
        decref(n);
        return r;
    }
    return str_printf("<%s object at %p>", t->name, (void *)AS_OBJ(v));
}

static Value object_str(Value v)
{
    return obj_repr(v);
}

static Value object_alloc_new(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    Obj *o = alloc_object(t);
    if (o == NULL)
        return VNULL;
    if (t->flags & TYPE_GC)
        gc_track(o);
    return OBJ_VAL(o);
}

static int object_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0)) {
        exc_raise(&exc_TypeError,
                  "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    return 0;
}

static Value object_get_class(Value self)
{
    return newref(OBJ_VAL(TYPE_OF(self)));
}

/* object.__init_subclass__: the end of every class's super() chain, which takes nothing. */
static Value object_init_subclass(Value cls, const Value *args, size_t nargs, Value kwnames)
{
    (void)cls, (void)args, (void)nargs, (void)kwnames;
    return NONE_VAL;
}

static const MethodDef object_methods[] = {
    {"__format__", format_object_method, METH_O, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, METH_CLASS | METH_NOARGS,
     "Called when a class is subclassed; the default does nothing."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef object_members[] = {
    {"__class__", object_get_class, NULL},
    {NULL, NULL, NULL},
};

static Value object_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0))
        return exc_raise(&exc_TypeError, "object() takes no arguments");
    Obj *o = alloc_object(t);
    return o != NULL ? OBJ_VAL(o) : VNULL;
}

void obj_dealloc_plain(Obj *o)
{
    alloc_free(o);
}

Type object_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TYPE_BASETYPE,
    .methods = object_methods,
    .members = object_members,
    .dealloc = obj_dealloc_plain,
    .repr = object_repr,
    .str = object_str,
    .alloc_new = object_alloc_new,
    .init = object_init,
    .hash = identity_hash,
    .richcompare = identity_compare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .construct = object_construct,
};

static Value none_repr(Value v)
{
    return str_from_cstr("None");
}

static int none_truth(Value v)
{
    return 0;
}

static Value none_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0))
        return exc_raise(&exc_TypeError, "NoneType takes no arguments");
    return newref(NONE_VAL);
}

Type none_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .repr = none_repr,
    .truth = none_truth,
    .construct = none_construct,
};

static Value notimpl_repr(Value v)
{
    return str_from_cstr("NotImplemented");
}

Type notimpl_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .repr = notimpl_repr,
};

static Value ellipsis_repr(Value v)
{
    return str_from_cstr("Ellipsis");
}

Type ellipsis_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .repr = ellipsis_repr,
};

Obj None_obj = OBJ_HEAD_INIT(&none_type);
Obj NotImplemented_obj = OBJ_HEAD_INIT(&notimpl_type);
Obj Ellipsis_obj = OBJ_HEAD_INIT(&ellipsis_type);

/* ---- Generic operations ---- */

const char *obj_type_name(Value v)
{
    return TYPE_OF(v)->name;
}

bool obj_isinstance(Value v, const Type *t)
{
    return type_is_subtype(TYPE_OF(v), t);
}

Value obj_repr(Value v)
{
    Type *t = TYPE_OF(v);
    if (t->repr == NULL)
        return object_repr(v);
    if (obj_recursion_enter(" while getting the repr of an object") < 0)
        return VNULL;
    Value r = t->repr(v);
    obj_recursion_leave();
    return r;
}

Value obj_str(Value v)
{
    Type *t = TYPE_OF(v);
    if (t == &str_type)
        return newref(v);
    if (t->str == NULL)
        return obj_repr(v);
    if (obj_recursion_enter(" while getting the str of an object") < 0)
        return VNULL;
    Value r = t->str(v);
    obj_recursion_leave();
    return r;
}

int64_t obj_hash(Value v)
{
    if (IS_SMALLINT(v))
        return int_hash(v);
    Type *t = AS_OBJ(v)->type;
    if (t == &str_type)
        return str_hash(v);
    if (t->hash == NULL) {
        exc_raise(&exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpOp cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

Value obj_compare(Value a, Value b, CmpOp op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    bool checked_b = false;
    Value r;
    if (obj_recursion_enter(" in comparison") < 0)
        return VNULL;
    if (ta != tb && tb->richcompare != NULL && type_is_subtype(tb, ta)) {
        checked_b = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != NOTIMPL_VAL)
            goto done;
        decref(r);
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != NOTIMPL_VAL)
            goto done;
        decref(r);
    }
    if (!checked_b && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != NOTIMPL_VAL)
            goto done;
        decref(r);
    }
    if (op == CMP_EQ)
        r = newref(BOOL_VAL(a == b));
    else if (op == CMP_NE)
        r = newref(BOOL_VAL(a != b));
    else
        r = exc_raise(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbol[op], ta->name, tb->name);
done:
    obj_recursion_leave();
    return r;
}

int obj_compare_bool(Value a, Value b, CmpOp op)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
        intptr_t x = AS_SMALLINT(a), y = AS_SMALLINT(b);
        switch (op) {
        case CMP_LT: return x < y;
        case CMP_LE: return x <= y;
        case CMP_EQ: return x == y;
        case CMP_NE: return x != y;
        case CMP_GT: return x > y;
        case CMP_GE: return x >= y;
        }
    }
    Value r = obj_compare(a, b, op);
    if (r == VNULL)
        return -1;
    if (r == TRUE_VAL || r == FALSE_VAL)
        return r == TRUE_VAL;
    int t = obj_truth(r);
    decref(r);
    return t;
}

int obj_eq(Value a, Value b)
{
    if (a == b)
        return 1;
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return 0;
    if (str_check(a) && str_check(b))
        return str_eq(a, b);
    return obj_compare_bool(a, b, CMP_EQ);
}

int obj_truth(Value v)
{
    if (v == TRUE_VAL)
        return 1;
    if (v == FALSE_VAL || v == NONE_VAL)
        return 0;
    if (IS_SMALLINT(v))
        return AS_SMALLINT(v) != 0;
    Type *t = AS_OBJ(v)->type;
    if (t->truth != NULL)
        return t->truth(v);
    if (t->len != NULL) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static const char *const binop_symbol[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>",
                                           "&", "|", "^", "@"};

/* The binop protocol without the sequence fallbacks; NotImplemented if neither side applies. */
static Value binop1(Value a, Value b, BinOp op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    Value (*sa)(Value, Value, BinOp) = ta->binop;
    Value (*sb)(Value, Value, BinOp) = tb != ta ? tb->binop : NULL;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sa != NULL) {
        if (sb != NULL && type_is_subtype(tb, ta)) {
            r = sb(a, b, op);
            if (r != NOTIMPL_VAL)
                return r;
            decref(r);
            sb = NULL;
        }
        r = sa(a, b, op);
        if (r != NOTIMPL_VAL)
            return r;
        decref(r);
    }
    if (sb != NULL)
        return sb(a, b, op);
    return newref(NOTIMPL_VAL);
}

/* seq * n where n must be an integer: "can't multiply sequence by non-int of type 'float'". */
static Value repeat(Value seq, Value n)
{
    Type *tn = TYPE_OF(n);
    if (!int_check(n) && tn->to_index == NULL)
        return exc_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", tn->name);
    Value idx = obj_index(n);
    if (idx == VNULL)
        return VNULL;
    int64_t count;
    int rc = int_as_i64(idx, &count);
    decref(idx);
    if (rc < 0) {
        if (!exc_matches(&exc_OverflowError))
            return VNULL;
        exc_clear();
        return exc_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                         tn->name);
    }
    return TYPE_OF(seq)->repeat(seq, count);
}

static Value binop_fallback(Value a, Value b, BinOp op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    if (op == BINOP_ADD && ta->concat != NULL)
        return ta->concat(a, b);
    if (op == BINOP_MUL) {
        if (ta->repeat != NULL)
            return repeat(a, b);
        if (tb->repeat != NULL)
            return repeat(b, a);
    }
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                     binop_symbol[op], ta->name, tb->name);
}

Value obj_binop(Value a, Value b, BinOp op)
{
    Value r = binop1(a, b, op);
    if (r != NOTIMPL_VAL)
        return r;
    decref(r);
    if (op == BINOP_POW)
        return exc_raise(&exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                         obj_type_name(a), obj_type_name(b));
    return binop_fallback(a, b, op);
}

Value obj_inplace(Value a, Value b, BinOp op)
{
    Type *ta = TYPE_OF(a);
    if (ta->inplace != NULL) {
        Value r = ta->inplace(a, b, op);
        if (r != NOTIMPL_VAL)
            return r;
        decref(r);
    }
    Value r = binop1(a, b, op);
    if (r != NOTIMPL_VAL)
        return r;
    decref(r);
    if (op == BINOP_POW)
        return exc_raise(&exc_TypeError,
                         "unsupported operand type(s) for **=: '%s' and '%s'", obj_type_name(a),
                         obj_type_name(b));
    Type *tb = TYPE_OF(b);
    if ((op == BINOP_ADD && ta->concat != NULL) || (op == BINOP_MUL && (ta->repeat || tb->repeat)))
        return binop_fallback(a, b, op);
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for %s=: '%s' and '%s'",
                     binop_symbol[op], ta->name, tb->name);
}

Value obj_unop(Value a, UnOp op)
{
    Type *t = TYPE_OF(a);
    if (t->unop != NULL) {
        Value r = t->unop(a, op);
        if (r != NOTIMPL_VAL)
            return r;
        decref(r);
    }
    if (op == UNOP_ABS)
        return exc_raise(&exc_TypeError, "bad operand type for abs(): '%s'", t->name);
    static const char *const sym[] = {"-", "+", "~"};
    return exc_raise(&exc_TypeError, "bad operand type for unary %s: '%s'", sym[op], t->name);
}

int64_t obj_len(Value v)
{
    Type *t = TYPE_OF(v);
    if (t->len == NULL) {
        exc_raise(&exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

Value obj_getitem(Value v, Value key)
{
    Type *t = TYPE_OF(v);
    if (t->getitem == NULL) {
        if (t == &type_type)
            return exc_raise(&exc_TypeError, "type '%s' is not subscriptable",
                             ((Type *)AS_OBJ(v))->name);
        return exc_raise(&exc_TypeError, "'%s' object is not subscriptable", t->name);
    }
    return t->getitem(v, key);
}

int obj_setitem(Value v, Value key, Value value)
{
    Type *t = TYPE_OF(v);
    if (t->setitem == NULL) {
        exc_raise(&exc_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(v, key, value);
}

int obj_delitem(Value v, Value key)
{
    Type *t = TYPE_OF(v);
    if (t->setitem == NULL) {
        exc_raise(&exc_TypeError, "'%s' object doesn't support item deletion", t->name);
        return -1;
    }
    return t->setitem(v, key, VNULL);
}

int obj_contains_by_iter(Value v, Value x)
{
    Value it = obj_iter(v);
    if (it == VNULL)
        return -1;
    int found = 0;
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            found = exc_occurred() ? -1 : 0;
            break;
        }
        int eq = obj_eq(item, x);
        decref(item);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    decref(it);
    return found;
}

int obj_contains(Value v, Value x)
{
    Type *t = TYPE_OF(v);
    if (t->contains != NULL)
        return t->contains(v, x);
    if (t->iter == NULL && (t->getitem == NULL || (t->flags & TYPE_DICT_SUBCLASS))) {
        exc_raise(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    return obj_contains_by_iter(v, x);
}

Value obj_iter(Value v)
{
    Type *t = TYPE_OF(v);
    if (LIKELY(t->iter != NULL))
        return t->iter(v);
    return itertypes_iter(v);
}

Value obj_next(Value it)
{
    Type *t = TYPE_OF(it);
    if (t->iternext == NULL)
        return exc_raise(&exc_TypeError, "'%s' object is not an iterator", t->name);
    Value v = t->iternext(it);
    if (UNLIKELY(v == VNULL) && exc_matches(&exc_StopIteration))
        exc_clear(); /* exhausted with a value: C callers only need "no more items" */
    return v;
}

Value obj_index(Value v)
{
    if (IS_SMALLINT(v))
        return v;
    if (int_check(v)) {
        if (AS_OBJ(v)->type == &bool_type)
            return SMALLINT_VAL(v == TRUE_VAL);
        return newref(v);
    }
    Type *t = TYPE_OF(v);
    if (t->to_index != NULL)
        return t->to_index(v);
    return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

/* ---- Attributes ---- */

static Value *instance_dict_slot(Value v)
{
    if (!IS_OBJ(v))
        return NULL;
    Type *t = AS_OBJ(v)->type;
    if (t->dictoffset == 0)
        return NULL;
    return (Value *)((char *)AS_OBJ(v) + t->dictoffset);
}

int obj_eq_in_c(Value a, Value b)
{
    if (a == b)
        return 1;
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
    bool sa = ta == &str_type, sb = tb == &str_type;
    bool na = ia || ta == &float_type, nb = ib || tb == &float_type;
    if ((sa && nb) || (na && sb))
        return 0;
    if (ta == &tuple_type && tb == &tuple_type) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b))
            return 0;
        for (size_t i = 0; i < TUPLE_SIZE(a); i++) {
            int r = obj_eq_in_c(TUPLE_ITEMS(a)[i], TUPLE_ITEMS(b)[i]);
            if (r <= 0)
                return r;
        }
        return 1;
    }
    return -1;
}

Value obj_instance_dict(Value v, bool create)
{
    Value *slot = instance_dict_slot(v);
    if (slot == NULL)
        return VNULL;
    /*
     * Under free threading other threads read the slot at once, without a lock. A dict is
     * created once, by compare-and-swap, and replaced (`o.__dict__ = d`) only while every
     * other thread is stopped (obj_set_instance_dict()); a thread stops only between
     * instructions, so a dict read here cannot be freed before the reference is taken.
     * Acquire pairs with the release of the CAS: the new dict is seen initialised.
     */
    _Atomic Value *aslot = (_Atomic Value *)slot;
    Value d = atomic_load_explicit(aslot, memory_order_acquire);
    if (d == VNULL && create) {
        Value fresh = dict_new();
        if (fresh == VNULL)
            return VNULL;
        if (atomic_compare_exchange_strong_explicit(aslot, &d, fresh, memory_order_acq_rel,
                                                    memory_order_acquire))
            d = fresh;
        else
            decref(fresh); /* another thread created one first: d is it */
    }
    xincref(d);
    return d;
}

void obj_set_instance_dict(Value v, Value d)
{
    _Atomic Value *slot = (_Atomic Value *)instance_dict_slot(v);
    ThreadState *ts = thread_current();
    strategy_exclusive_begin(ts); /* see obj_instance_dict() */
    Value old = atomic_exchange_explicit(slot, newref(d), memory_order_acq_rel);
    strategy_exclusive_end(ts);
    xdecref(old);
}

static Value no_attribute(Value v, Value name)
{
    return exc_raise(&exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(v),
                     name);
}

Value obj_generic_getattr(Value v, Value name)
{
    Type *t = TYPE_OF(v);
    Value descr = type_lookup(t, name);
    Type *dt = descr != VNULL ? TYPE_OF(descr) : NULL;
    if (dt != NULL && dt->descr_set != NULL)
        return dt->descr_get(descr, v, OBJ_VAL(t));
    Value d = obj_instance_dict(v, false);
    if (d != VNULL) {
        Value out;
        int found = dict_lookup(d, name, &out);
        decref(d);
        if (found != 0)
            return found > 0 ? out : VNULL;
    }
    if (dt != NULL) {
        if (dt->descr_get != NULL)
            return dt->descr_get(descr, v, OBJ_VAL(t));
        return newref(descr);
    }
    return no_attribute(v, name);
}

int obj_generic_setattr(Value v, Value name, Value value)
{
    Type *t = TYPE_OF(v);
    Value descr = type_lookup(t, name);
    if (descr != VNULL && TYPE_OF(descr)->descr_set != NULL)
        return TYPE_OF(descr)->descr_set(descr, v, value);
    if (instance_dict_slot(v) == NULL) {
        no_attribute(v, name);
        return -1;
    }
    Value d = obj_instance_dict(v, value != VNULL);
    if (value == VNULL) {
        if (d == VNULL || dict_del(d, name) < 0) {
            xdecref(d);
            if (d != VNULL && !exc_matches(&exc_KeyError))
                return -1;
            exc_clear();
            no_attribute(v, name);
            return -1;
        }
        decref(d);
        return 0;
    }
    if (d == VNULL)
        return -1;
    int rc = dict_set(d, name, value);
    decref(d);
    return rc;
}

Value obj_getattr(Value v, Value name)
{
    Type *t = TYPE_OF(v);
    if (t->getattr != NULL)
        return t->getattr(v, name);
    return obj_generic_getattr(v, name);
}

Value obj_getattr_cstr(Value v, const char *name)
{
    Value n = str_intern_cstr(name);
    if (n == VNULL)
        return VNULL;
    return obj_getattr(v, n);
}

int obj_setattr(Value v, Value name, Value value)
{
    Type *t = TYPE_OF(v);
    if (t->setattr != NULL)
        return t->setattr(v, name, value);
    Value descr = type_lookup(t, name);
    if (descr != VNULL && TYPE_OF(descr)->descr_set != NULL)
        return TYPE_OF(descr)->descr_set(descr, v, value);
    if (t == &type_type) {
        exc_raise(&exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                  ((Type *)AS_OBJ(v))->name);
        return -1;
    }
    no_attribute(v, name);
    return -1;
}

/* ---- Calls ---- */

Value obj_call_kw(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    Type *t = TYPE_OF(callable);
    if (t->call == NULL)
        return exc_raise(&exc_TypeError, "'%s' object is not callable", t->name);
    return t->call(callable, args, nargs, kwnames);
}

Value obj_call(Value callable, const Value *args, size_t nargs)
{
    return obj_call_kw(callable, args, nargs, VNULL);
}
