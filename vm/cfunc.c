// SPDX-License-Identifier: MIT
/** @file cfunc.c @brief C functions and descriptors as objects (see cfunc.h). */
#include "cfunc.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "code.h"
#include "exc.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/* The name used in messages: "list.append" for methods, "len" for builtins, "sys.exit" for the
 * functions of other modules (self is the module), as CPython's _PyObject_FunctionStr. */
static void qualname(StrBuf *b, const MethodDef *def, Type *owner, Value self)
{
    if ((def->flags & METH_CLASS) && self != VNULL && IS_OBJ(self) &&
        type_is_subtype(AS_OBJ(self)->type, &type_type)) {
        /* A class method names the class it was called on, as CPython: B.__init_subclass__. */
        strbuf_puts(b, ((Type *)AS_OBJ(self))->name);
        strbuf_putc(b, '.');
    } else if (owner != NULL) {
        strbuf_puts(b, owner->name);
        strbuf_putc(b, '.');
    } else if (self != VNULL && IS_OBJ(self) && AS_OBJ(self)->type == &module_type) {
        Value name = ((ModuleObj *)AS_OBJ(self))->name;
        if (name != VNULL && str_check(name) && strcmp(STR_DATA(name), "builtins") != 0) {
            strbuf_puts(b, STR_DATA(name));
            strbuf_putc(b, '.');
        }
    }
    strbuf_puts(b, def->name);
}

static Value arg_error(const MethodDef *def, Type *owner, Value self, const char *what,
                       size_t nargs)
{
    StrBuf b;
    strbuf_init(&b);
    qualname(&b, def, owner, self);
    Value r = exc_raise(&exc_TypeError, "%s() %s (%zu given)", b.data, what, nargs);
    strbuf_free(&b);
    return r;
}

Value cfunc_invoke(const MethodDef *def, Type *owner, Value self, const Value *args, size_t nargs,
                   Value kwnames)
{
    uint32_t flags = def->flags;
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0 && !(flags & METH_KEYWORDS)) {
        StrBuf b;
        strbuf_init(&b);
        qualname(&b, def, owner, self);
        Value r = exc_raise(&exc_TypeError, "%s() takes no keyword arguments", b.data);
        strbuf_free(&b);
        return r;
    }
    if ((flags & METH_NOARGS) && nargs != 0)
        return arg_error(def, owner, self, "takes no arguments", nargs);
    if ((flags & METH_O) && nargs != 1)
        return arg_error(def, owner, self, "takes exactly one argument", nargs);
    return def->fn(self, args, nargs, kwnames);
}

static void cfunc_dealloc(Obj *o)
{
    CFuncObj *f = (CFuncObj *)o;
    gc_untrack(o);
    xdecref(f->self);
    alloc_free(o);
}

static void cfunc_traverse(Obj *o, VisitFn visit, void *arg)
{
    CFuncObj *f = (CFuncObj *)o;
    if (f->self != VNULL && IS_OBJ(f->self))
        visit(AS_OBJ(f->self), arg);
}

static void cfunc_clear(Obj *o)
{
    clearref(&((CFuncObj *)o)->self);
}

Value cfunc_new(const MethodDef *def, Value self, Type *owner)
{
    CFuncObj *f = (CFuncObj *)alloc_object(&cfunc_type);
    if (f == NULL)
        return VNULL;
    f->def = def;
    f->self = self != VNULL ? newref(self) : VNULL;
    f->owner = owner;
    gc_track(&f->base);
    return OBJ_VAL(f);
}

static Value cfunc_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(callable);
    return cfunc_invoke(f->def, f->owner, f->self, args, nargs, kwnames);
}

static Value cfunc_repr(Value v)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(v);
    if (f->self == VNULL || (f->owner == NULL && f->self != VNULL && TYPE_OF(f->self)->name &&
                             strcmp(TYPE_OF(f->self)->name, "module") == 0))
        return str_printf("<built-in function %s>", f->def->name);
    if (TYPE_OF(f->self) == &type_type)
        return str_printf("<built-in method %s of type object at %p>", f->def->name,
                          (void *)AS_OBJ(f->self));
    return str_printf("<built-in method %s of %s object at %p>", f->def->name,
                      obj_type_name(f->self), (void *)AS_OBJ(f->self));
}

static Value cfunc_get_name(Value self)
{
    return str_from_cstr(((CFuncObj *)AS_OBJ(self))->def->name);
}

static Value cfunc_get_qualname(Value self)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(self);
    StrBuf b;
    strbuf_init(&b);
    qualname(&b, f->def, f->owner, VNULL); /* __qualname__ has no module part */
    return strbuf_finish(&b);
}

static Value cfunc_get_self(Value self)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(self);
    return newref(f->self != VNULL ? f->self : NONE_VAL);
}

static Value cfunc_get_doc(Value self)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(self);
    return f->def->doc != NULL ? str_from_cstr(f->def->doc) : newref(NONE_VAL);
}

static const MemberDef cfunc_members[] = {
    {"__name__", cfunc_get_name, NULL},
    {"__qualname__", cfunc_get_qualname, NULL},
    {"__self__", cfunc_get_self, NULL},
    {"__doc__", cfunc_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type cfunc_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CFuncObj),
    .flags = TYPE_GC,
    .members = cfunc_members,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .repr = cfunc_repr,
    .call = cfunc_call,
};

/* ---- Method descriptors (unbound methods in a builtin type's dict) ---- */

static Value descr_repr(Value v)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(v);
    return str_printf("<method '%s' of '%s' objects>", f->def->name, f->owner->name);
}

static Value descr_get(Value descr, Value instance, Value owner)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(descr);
    if (instance == VNULL)
        return newref(descr);
    return cfunc_new(f->def, instance, f->owner);
}

/* list.append(lst, x): the first argument is self and must be a list. */
static Value descr_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(callable);
    if (nargs < 1)
        return exc_raise(&exc_TypeError, "unbound method %s.%s() needs an argument",
                         f->owner->name, f->def->name);
    if (!obj_isinstance(args[0], f->owner))
        return exc_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         f->def->name, f->owner->name, obj_type_name(args[0]));
    return cfunc_invoke(f->def, f->owner, args[0], args + 1, nargs - 1, kwnames);
}

Type method_descr_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(CFuncObj),
    .flags = TYPE_GC,
    .members = cfunc_members,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .repr = descr_repr,
    .call = descr_call,
    .descr_get = descr_get,
};

static Value classdescr_get(Value descr, Value instance, Value owner)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(descr);
    Value cls = owner != VNULL ? owner : OBJ_VAL(TYPE_OF(instance));
    return cfunc_new(f->def, cls, f->owner);
}

static Value classdescr_repr(Value v)
{
    CFuncObj *f = (CFuncObj *)AS_OBJ(v);
    return str_printf("<method '%s' of '%s' objects>", f->def->name, f->owner->name);
}

Type classmethod_descr_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(CFuncObj),
    .flags = TYPE_GC,
    .members = cfunc_members,
    .dealloc = cfunc_dealloc,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .repr = classdescr_repr,
    .descr_get = classdescr_get,
};

Value cfunc_descriptor(const MethodDef *def, Type *owner)
{
    Type *t = &method_descr_type;
    if (def->flags & METH_CLASS)
        t = &classmethod_descr_type;
    else if (def->flags & METH_STATIC)
        return cfunc_new(def, VNULL, owner);
    CFuncObj *f = (CFuncObj *)alloc_object(t);
    if (f == NULL)
        return VNULL;
    f->def = def;
    f->self = VNULL;
    f->owner = owner;
    gc_track(&f->base);
    return OBJ_VAL(f);
}

/* ---- Member descriptors (computed attributes) ---- */

/** A computed attribute in a type's dict. */
typedef struct MemberObj {
    Obj base;             /**< header */
    const MemberDef *def; /**< getter and setter */
    Type *owner;          /**< defining type */
} MemberObj;

static Value member_repr(Value v)
{
    MemberObj *m = (MemberObj *)AS_OBJ(v);
    return str_printf("<attribute '%s' of '%s' objects>", m->def->name, m->owner->name);
}

static Value member_get(Value descr, Value instance, Value owner)
{
    MemberObj *m = (MemberObj *)AS_OBJ(descr);
    if (instance == VNULL)
        return newref(descr);
    return m->def->get(instance);
}

static int member_set(Value descr, Value instance, Value value)
{
    MemberObj *m = (MemberObj *)AS_OBJ(descr);
    if (m->def->set == NULL) {
        exc_raise(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                  m->def->name, m->owner->name);
        return -1;
    }
    return m->def->set(instance, value);
}

Type member_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(MemberObj),
    .dealloc = obj_dealloc_plain,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

Value member_descriptor(const MemberDef *def, Type *owner)
{
    MemberObj *m = (MemberObj *)alloc_object(&member_type);
    if (m == NULL)
        return VNULL;
    m->def = def;
    m->owner = owner;
    return OBJ_VAL(m);
}
