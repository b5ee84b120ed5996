// SPDX-License-Identifier: MIT
/** @file descr.c @brief Bound methods, staticmethod, classmethod, property, super (see descr.h). */
#include "descr.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "args.h"
#include "cfunc.h"
#include "code.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "frame.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "typeobj.h"

/* ---- Shared: objects holding up to four references ---- */

typedef struct Holder {
    Obj base;
    Value v[5];
} Holder;

static void holder_dealloc(Obj *o)
{
    Holder *h = (Holder *)o;
    gc_untrack(o);
    for (int i = 0; i < 5; i++)
        xdecref(h->v[i]);
    alloc_free(o);
}

static void holder_traverse(Obj *o, VisitFn visit, void *arg)
{
    Holder *h = (Holder *)o;
    for (int i = 0; i < 5; i++)
        if (h->v[i] != VNULL && IS_OBJ(h->v[i]))
            visit(AS_OBJ(h->v[i]), arg);
}

static void holder_clear(Obj *o)
{
    Holder *h = (Holder *)o;
    for (int i = 0; i < 5; i++)
        clearref(&h->v[i]);
}

static Value holder_new(Type *t, Value a, Value b, Value c, Value d)
{
    Holder *h = (Holder *)alloc_object(t);
    if (h == NULL)
        return VNULL;
    Value vals[5] = {a, b, c, d, VNULL};
    for (int i = 0; i < 5; i++)
        h->v[i] = vals[i] != VNULL ? newref(vals[i]) : VNULL;
    gc_track(&h->base);
    return OBJ_VAL(h);
}

/* ---- Bound methods ---- */

Value descr_method_new(Value func, Value self)
{
    MethodObj *m = (MethodObj *)alloc_object(&method_type);
    if (m == NULL)
        return VNULL;
    m->func = newref(func);
    m->self = newref(self);
    gc_track(&m->base);
    return OBJ_VAL(m);
}

static void method_dealloc(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    gc_untrack(o);
    xdecref(m->func);
    xdecref(m->self);
    alloc_free(o);
}

static void method_traverse(Obj *o, VisitFn visit, void *arg)
{
    MethodObj *m = (MethodObj *)o;
    if (m->func != VNULL)
        visit(AS_OBJ(m->func), arg);
    if (m->self != VNULL && IS_OBJ(m->self))
        visit(AS_OBJ(m->self), arg);
}

static void method_clear(Obj *o)
{
    MethodObj *m = (MethodObj *)o;
    clearref(&m->func);
    clearref(&m->self);
}

static Value method_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    MethodObj *m = (MethodObj *)AS_OBJ(callable);
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    size_t n = nargs + nkw;
    Value small[8];
    Value *argv = n + 1 <= 8 ? small : malloc((n + 1) * sizeof(Value));
    if (argv == NULL)
        return exc_nomemory();
    argv[0] = m->self;
    if (n * sizeof(Value) > 0)
        memcpy(argv + 1, args, n * sizeof(Value));
    Value r = obj_call_kw(m->func, argv, nargs + 1, kwnames);
    if (argv != small)
        free(argv);
    return r;
}

static Value method_repr(Value v)
{
    MethodObj *m = (MethodObj *)AS_OBJ(v);
    Value qn = obj_getattr_cstr(m->func, "__qualname__");
    if (qn == VNULL) {
        exc_clear();
        qn = str_from_cstr("?");
        if (qn == VNULL)
            return VNULL;
    }
    Value r = exc_format_value("<bound method %S of %R>", qn, m->self);
    decref(qn);
    return r;
}

static Value method_richcompare(Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || TYPE_OF(b) != &method_type)
        return newref(NOTIMPL_VAL);
    MethodObj *x = (MethodObj *)AS_OBJ(a), *y = (MethodObj *)AS_OBJ(b);
    bool eq = x->func == y->func && x->self == y->self;
    return newref(BOOL_VAL(op == CMP_EQ ? eq : !eq));
}

static int64_t method_hash(Value v)
{
    MethodObj *m = (MethodObj *)AS_OBJ(v);
    int64_t h = obj_hash(m->func);
    if (h == -1)
        return -1;
    int64_t s = (int64_t)((uintptr_t)m->self >> 4);
    h ^= s;
    return h == -1 ? -2 : h;
}

static Value method_getattr(Value v, Value name)
{
    MethodObj *m = (MethodObj *)AS_OBJ(v);
    if (str_eq_cstr(name, "__func__"))
        return newref(m->func);
    if (str_eq_cstr(name, "__self__"))
        return newref(m->self);
    Value r = obj_generic_getattr(v, name);
    if (r != VNULL || !exc_matches(&exc_AttributeError))
        return r;
    exc_clear();
    return obj_getattr(m->func, name);
}

Type method_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .flags = TYPE_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .call = method_call,
};

/* ---- staticmethod and classmethod ---- */

Value descr_staticmethod_new(Value func)
{
    return holder_new(&staticmethod_type, func, VNULL, VNULL, VNULL);
}

static Value static_get(Value descr, Value instance, Value owner)
{
    return newref(((Holder *)AS_OBJ(descr))->v[0]);
}

static Value class_get(Value descr, Value instance, Value owner)
{
    Value cls = owner != VNULL ? owner : OBJ_VAL(TYPE_OF(instance));
    return descr_method_new(((Holder *)AS_OBJ(descr))->v[0], cls);
}

static Value wrap_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw(t->name, kwnames) < 0 || args_count(t->name, nargs, 1, 1) < 0)
        return VNULL;
    return holder_new(t, args[0], VNULL, VNULL, VNULL);
}

static Value static_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    return obj_call_kw(((Holder *)AS_OBJ(callable))->v[0], args, nargs, kwnames);
}

static Value wrapped_repr(Value v)
{
    return exc_format_value("<%s(%R)>", obj_type_name(v), ((Holder *)AS_OBJ(v))->v[0]);
}

static Value get_func(Value self)
{
    return newref(((Holder *)AS_OBJ(self))->v[0]);
}

static const MemberDef wrapped_members[] = {
    {"__func__", get_func, NULL},
    {"__wrapped__", get_func, NULL},
    {NULL, NULL, NULL},
};

Type staticmethod_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "staticmethod",
    .basicsize = sizeof(Holder),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .members = wrapped_members,
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .clear = holder_clear,
    .repr = wrapped_repr,
    .call = static_call,
    .descr_get = static_get,
    .construct = wrap_construct,
};

Type classmethod_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "classmethod",
    .basicsize = sizeof(Holder),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .members = wrapped_members,
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .clear = holder_clear,
    .repr = wrapped_repr,
    .descr_get = class_get,
    .construct = wrap_construct,
};

/* ---- property: v[0] fget, v[1] fset, v[2] fdel, v[3] doc ---- */

/* The attribute name of a property, for messages: from __set_name__, else fget's __name__. */
static Value property_name(Holder *p)
{
    if (p->v[4] != VNULL)
        return newref(p->v[4]);
    for (int i = 0; i < 3; i++) {
        if (p->v[i] != VNULL && p->v[i] != NONE_VAL) {
            Value n = obj_getattr_cstr(p->v[i], "__name__");
            if (n != VNULL)
                return n;
            exc_clear();
        }
    }
    return VNULL;
}

static Value property_get(Value descr, Value instance, Value owner)
{
    Holder *p = (Holder *)AS_OBJ(descr);
    if (instance == VNULL)
        return newref(descr);
    if (p->v[0] == VNULL || p->v[0] == NONE_VAL) {
        Value n = property_name(p);
        Value r = n != VNULL ? exc_raise(&exc_AttributeError, "property %R of '%s' object has no getter",
                                         n, obj_type_name(instance))
                             : exc_raise(&exc_AttributeError, "unreadable attribute");
        xdecref(n);
        return r;
    }
    return obj_call(p->v[0], &instance, 1);
}

static int property_set(Value descr, Value instance, Value value)
{
    Holder *p = (Holder *)AS_OBJ(descr);
    Value f = value == VNULL ? p->v[2] : p->v[1];
    if (f == VNULL || f == NONE_VAL) {
        Value n = property_name(p);
        if (n != VNULL)
            exc_raise(&exc_AttributeError, "property %R of '%s' object has no %s", n,
                      obj_type_name(instance), value == VNULL ? "deleter" : "setter");
        else
            exc_raise(&exc_AttributeError, value == VNULL ? "can't delete attribute"
                                                          : "can't set attribute");
        xdecref(n);
        return -1;
    }
    Value r;
    if (value == VNULL) {
        r = obj_call(f, &instance, 1);
    } else {
        Value args[2] = {instance, value};
        r = obj_call(f, args, 2);
    }
    if (r == VNULL)
        return -1;
    decref(r);
    return 0;
}

static Value property_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"fget", "fset", "fdel", "doc"};
    Value a[4];
    if (args_parse("property", args, nargs, kwnames, params, 4, 4, 0, a) < 0)
        return VNULL;
    Value doc = a[3];
    if ((doc == VNULL || doc == NONE_VAL) && a[0] != VNULL && a[0] != NONE_VAL) {
        Value d = obj_getattr_cstr(a[0], "__doc__");
        if (d == VNULL)
            exc_clear();
        Value r = holder_new(t, a[0], a[1], a[2], d);
        xdecref(d);
        return r;
    }
    return holder_new(t, a[0], a[1], a[2], doc);
}

/* prop.getter(f) / setter / deleter: a copy with one function replaced. */
static Value property_copy(Value self, int which, Value f)
{
    Holder *p = (Holder *)AS_OBJ(self);
    Value v[4] = {p->v[0], p->v[1], p->v[2], p->v[3]};
    v[which] = f;
    Value r = holder_new(TYPE_OF(self), v[0], v[1], v[2], v[3]);
    if (r != VNULL && p->v[4] != VNULL)
        ((Holder *)AS_OBJ(r))->v[4] = newref(p->v[4]);
    return r;
}

/* property.__set_name__(owner, name): remember the attribute name for messages. */
static Value property_set_name(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("__set_name__", nargs, 2, 2) < 0)
        return VNULL;
    setref(&((Holder *)AS_OBJ(self))->v[4], newref(args[1]));
    return newref(NONE_VAL);
}

static Value property_getter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return property_copy(self, 0, args[0]);
}

static Value property_setter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return property_copy(self, 1, args[0]);
}

static Value property_deleter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return property_copy(self, 2, args[0]);
}

static Value or_none(Value v)
{
    return newref(v != VNULL ? v : NONE_VAL);
}

static Value prop_fget(Value self)
{
    return or_none(((Holder *)AS_OBJ(self))->v[0]);
}

static Value prop_fset(Value self)
{
    return or_none(((Holder *)AS_OBJ(self))->v[1]);
}

static Value prop_fdel(Value self)
{
    return or_none(((Holder *)AS_OBJ(self))->v[2]);
}

static Value prop_doc(Value self)
{
    return or_none(((Holder *)AS_OBJ(self))->v[3]);
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_O, "Copy of the property with a different getter."},
    {"setter", property_setter, METH_O, "Copy of the property with a different setter."},
    {"deleter", property_deleter, METH_O, "Copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Record the attribute name the property is bound to."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef property_members[] = {
    {"fget", prop_fget, NULL},
    {"fset", prop_fset, NULL},
    {"fdel", prop_fdel, NULL},
    {"__doc__", prop_doc, NULL},
    {NULL, NULL, NULL},
};

Type property_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "property",
    .basicsize = sizeof(Holder),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .methods = property_methods,
    .members = property_members,
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .clear = holder_clear,
    .descr_get = property_get,
    .descr_set = property_set,
    .construct = property_construct,
};

/* ---- super: v[0] the class, v[1] the object, v[2] the object's type ---- */

static Value super_make(Type *t, Value cls, Value obj)
{
    if (TYPE_OF(cls) != &type_type)
        return exc_raise(&exc_TypeError, "super() argument 1 must be a type, not %s",
                         obj_type_name(cls));
    Value objtype;
    if (TYPE_OF(obj) == &type_type && type_is_subtype((Type *)AS_OBJ(obj), (Type *)AS_OBJ(cls)))
        objtype = obj;
    else if (obj_isinstance(obj, (Type *)AS_OBJ(cls)))
        objtype = OBJ_VAL(TYPE_OF(obj));
    else
        return exc_raise(&exc_TypeError,
                         "super(type, obj): obj must be an instance or subtype of type");
    return holder_new(t, cls, obj, objtype, VNULL);
}

/* super() with no arguments: the class from the __class__ cell and the first argument. */
static Value super_zero_args(Type *t)
{
    ThreadState *ts = thread_current();
    Frame *f = ts->frame;
    if (f == NULL || f->code->argcount == 0)
        return exc_raise(&exc_RuntimeError, "super(): no arguments");
    CodeObj *co = f->code;
    Value first = f->localsplus[0];
    if (first != VNULL && (co->localsplus_kinds[0] & LOCAL_KIND_CELL))
        first = ((CellObj *)AS_OBJ(first))->ref;
    if (first == VNULL)
        return exc_raise(&exc_RuntimeError, "super(): arg[0] deleted");
    for (int i = co->nlocalsplus - co->nfree; i < co->nlocalsplus; i++) {
        if (str_eq_cstr(TUPLE_ITEMS(co->localsplus_names)[i], "__class__")) {
            Value cell = f->localsplus[i];
            Value cls = cell != VNULL ? ((CellObj *)AS_OBJ(cell))->ref : VNULL;
            if (cls == VNULL)
                return exc_raise(&exc_RuntimeError, "super(): empty __class__ cell");
            return super_make(t, cls, first);
        }
    }
    return exc_raise(&exc_RuntimeError, "super(): __class__ cell not found");
}

static Value super_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("super", kwnames) < 0 || args_count("super", nargs, 0, 2) < 0)
        return VNULL;
    if (nargs == 0)
        return super_zero_args(t);
    if (nargs == 1)
        return exc_raise(&exc_TypeError, "gilvm supports super() and super(type, obj) only");
    return super_make(t, args[0], args[1]);
}

static Value super_getattr(Value self, Value name)
{
    Holder *s = (Holder *)AS_OBJ(self);
    Type *start = (Type *)AS_OBJ(s->v[0]);
    Type *objtype = (Type *)AS_OBJ(s->v[2]);
    if (!str_eq_cstr(name, "__class__")) {
        /* Walk the MRO of the object's type, starting after the given class. */
        bool after = false;
        for (Type *p = objtype; p != NULL; p = p->base_type) {
            if (!after) {
                after = p == start;
                continue;
            }
            if (p->dict == VNULL)
                continue;
            Value v;
            if (dict_lookup_str(p->dict, name, &v) > 0) {
                Type *vt = TYPE_OF(v);
                if (vt->descr_get != NULL) {
                    Value inst = s->v[1] == s->v[2] ? VNULL : s->v[1];
                    Value r = vt->descr_get(v, inst, s->v[2]);
                    decref(v);
                    return r;
                }
                return v;
            }
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_repr(Value v)
{
    Holder *s = (Holder *)AS_OBJ(v);
    return exc_format_value("<super: <class '%s'>, <%s object>>", ((Type *)AS_OBJ(s->v[0]))->name,
                            obj_type_name(s->v[1]));
}

Type super_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "super",
    .basicsize = sizeof(Holder),
    .flags = TYPE_GC | TYPE_BASETYPE,
    .dealloc = holder_dealloc,
    .traverse = holder_traverse,
    .clear = holder_clear,
    .repr = super_repr,
    .getattr = super_getattr,
    .construct = super_construct,
};
