// SPDX-License-Identifier: MIT
/**
 * @file exc.c
 * @brief Exception objects and raising them from C (see exc.h).
 */
#include "exc.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/thread.h"
#include "args.h"
#include "dict.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

static void exc_dealloc(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    gc_untrack(o);
    xdecref(e->args);
    xdecref(e->traceback);
    xdecref(e->cause);
    xdecref(e->context);
    xdecref(e->dict);
    alloc_free(o);
}

static void exc_traverse(Obj *o, VisitFn visit, void *arg)
{
    ExcObj *e = (ExcObj *)o;
    Value vals[] = {e->args, e->traceback, e->cause, e->context, e->dict};
    for (size_t i = 0; i < ARRAY_LEN(vals); i++)
        if (vals[i] != VNULL && IS_OBJ(vals[i]))
            visit(AS_OBJ(vals[i]), arg);
}

static void exc_clear_refs(Obj *o)
{
    ExcObj *e = (ExcObj *)o;
    clearref(&e->args);
    clearref(&e->traceback);
    clearref(&e->cause);
    clearref(&e->context);
    clearref(&e->dict);
}

Value exc_new(Type *type, const Value *args, size_t nargs)
{
    ExcObj *e = (ExcObj *)alloc_object(type);
    if (e == NULL)
        return VNULL;
    e->traceback = e->cause = e->context = e->dict = VNULL;
    e->suppress_context = false;
    e->args = tuple_from_array(args, nargs);
    if (e->args == VNULL) {
        e->args = tuple_new(0);
        decref(OBJ_VAL(e));
        return VNULL;
    }
    gc_track(&e->base);
    return OBJ_VAL(e);
}

static int set_dict_field(Value self, const char *name, Value v);

static Value exc_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    bool import_error = type_is_subtype(type, &exc_ImportError);
    if (nkw > 0 && !import_error)
        return exc_raise(&exc_TypeError, "%s() takes no keyword arguments", type->name);
    for (size_t k = 0; k < nkw; k++) {
        Value kw = TUPLE_ITEMS(kwnames)[k];
        if (!str_eq_cstr(kw, "name") && !str_eq_cstr(kw, "path"))
            return exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw,
                             type->name);
    }
    Value e = exc_new(type, args, nargs);
    if (e == VNULL || !import_error)
        return e;
    /* ImportError(msg, name=..., path=...) */
    for (size_t k = 0; k < nkw; k++) {
        if (set_dict_field(e, STR_DATA(TUPLE_ITEMS(kwnames)[k]), args[nargs + k]) < 0) {
            decref(e);
            return VNULL;
        }
    }
    return e;
}

/* BaseException.__new__: the instance keeps every argument as args. */
static Value exc_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    return exc_new(type, args, nargs);
}

/* BaseException.__init__: args become the arguments given. */
static int exc_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", obj_type_name(self));
        return -1;
    }
    Value t = tuple_from_array(args, nargs);
    if (t == VNULL)
        return -1;
    setref(&((ExcObj *)AS_OBJ(self))->args, t);
    return 0;
}

static Value exc_str(Value v)
{
    ExcObj *e = (ExcObj *)AS_OBJ(v);
    size_t n = TUPLE_SIZE(e->args);
    if (n == 0)
        return newref(str_empty());
    if (n == 1) {
        if (type_is_subtype(e->base.type, &exc_KeyError))
            return obj_repr(TUPLE_ITEMS(e->args)[0]);
        return obj_str(TUPLE_ITEMS(e->args)[0]);
    }
    return obj_str(e->args);
}

static Value exc_repr(Value v)
{
    ExcObj *e = (ExcObj *)AS_OBJ(v);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, e->base.type->name);
    if (TUPLE_SIZE(e->args) == 1) {
        strbuf_putc(&b, '(');
        if (strbuf_append_repr(&b, TUPLE_ITEMS(e->args)[0]) < 0) {
            strbuf_free(&b);
            return VNULL;
        }
        strbuf_putc(&b, ')');
    } else if (strbuf_append_repr(&b, e->args) < 0) {
        strbuf_free(&b);
        return VNULL;
    }
    return strbuf_finish(&b);
}

static Value get_args(Value self)
{
    return newref(((ExcObj *)AS_OBJ(self))->args);
}

static int set_args(Value self, Value v)
{
    if (v == VNULL) {
        exc_raise(&exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = tuple_from_iterable(v);
    if (t == VNULL)
        return -1;
    setref(&((ExcObj *)AS_OBJ(self))->args, t);
    return 0;
}

static Value field_or_none(Value v)
{
    return newref(v == VNULL ? NONE_VAL : v);
}

static Value get_traceback(Value self)
{
    return field_or_none(((ExcObj *)AS_OBJ(self))->traceback);
}

static Value get_cause(Value self)
{
    return field_or_none(((ExcObj *)AS_OBJ(self))->cause);
}

static Value get_context(Value self)
{
    return field_or_none(((ExcObj *)AS_OBJ(self))->context);
}

static Value get_suppress(Value self)
{
    return newref(BOOL_VAL(((ExcObj *)AS_OBJ(self))->suppress_context));
}

static int set_chain(Value self, Value v, bool cause)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    if (v == VNULL) {
        exc_raise(&exc_TypeError, "%s may not be deleted", cause ? "__cause__" : "__context__");
        return -1;
    }
    if (v != NONE_VAL && !exc_is_instance(v)) {
        exc_raise(&exc_TypeError, "exception %s must be None or derive from BaseException",
                  cause ? "cause" : "context");
        return -1;
    }
    Value *slot = cause ? &e->cause : &e->context;
    setref(slot, v == NONE_VAL ? VNULL : newref(v));
    if (cause)
        e->suppress_context = true;
    return 0;
}

static int set_cause(Value self, Value v)
{
    return set_chain(self, v, true);
}

static int set_context(Value self, Value v)
{
    return set_chain(self, v, false);
}

static Value arg0_or_none(Value self)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    return newref(TUPLE_SIZE(e->args) > 0 ? TUPLE_ITEMS(e->args)[0] : NONE_VAL);
}

static Value get_exit_code(Value self)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    size_t n = TUPLE_SIZE(e->args);
    if (n == 0)
        return newref(NONE_VAL);
    if (n == 1)
        return newref(TUPLE_ITEMS(e->args)[0]);
    return newref(e->args);
}

static const MemberDef base_members[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, NULL},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, NULL},
    {NULL, NULL, NULL},
};

static const MemberDef stopiter_members[] = {
    {"value", arg0_or_none, NULL},
    {NULL, NULL, NULL},
};

/* ImportError.name / .path: stored in the instance dict, None when absent. */
static Value dict_field(Value self, const char *name)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    Value v;
    if (e->dict != VNULL && dict_lookup_cstr(e->dict, name, &v) > 0)
        return v;
    return newref(NONE_VAL);
}

static int set_dict_field(Value self, const char *name, Value v)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    if (e->dict == VNULL && (e->dict = dict_new()) == VNULL)
        return -1;
    return dict_set_cstr(e->dict, name, v == VNULL ? NONE_VAL : v);
}

static Value get_import_name(Value self)
{
    return dict_field(self, "name");
}

static int set_import_name(Value self, Value v)
{
    return set_dict_field(self, "name", v);
}

static Value get_import_path(Value self)
{
    return dict_field(self, "path");
}

static int set_import_path(Value self, Value v)
{
    return set_dict_field(self, "path", v);
}

static Value get_import_msg(Value self)
{
    return arg0_or_none(self);
}

static const MemberDef import_members[] = {
    {"name", get_import_name, set_import_name},
    {"path", get_import_path, set_import_path},
    {"msg", get_import_msg, NULL},
    {NULL, NULL, NULL},
};

static const MemberDef exit_members[] = {
    {"code", get_exit_code, NULL},
    {NULL, NULL, NULL},
};

static Value exc_with_traceback(Value self, const Value *args, size_t nargs, Value kwnames)
{
    ExcObj *e = (ExcObj *)AS_OBJ(self);
    setref(&e->traceback, args[0] == NONE_VAL ? VNULL : newref(args[0]));
    return newref(self);
}

static const MethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, METH_O, "Set the traceback and return self."},
    {NULL, NULL, 0, NULL},
};

#define EXC_DEFINE(name, base) Type exc_##name;
EXC_TYPES(EXC_DEFINE)
#undef EXC_DEFINE

/* Exception type objects share their slots; they differ in name and base. */
static void init_exc_type(Type *t, const char *name, Type *base)
{
    extern Type type_type;
    Obj head = OBJ_HEAD_INIT(&type_type);
    memset(t, 0, sizeof *t);
    memcpy(&t->base, &head, sizeof head);
    t->name = name;
    t->basicsize = sizeof(ExcObj);
    t->flags = TYPE_GC | TYPE_BASETYPE | TYPE_EXC_SUBCLASS;
    t->base_type = base != NULL ? base : &object_type;
    t->dealloc = exc_dealloc;
    t->traverse = exc_traverse;
    t->clear = exc_clear_refs;
    t->repr = exc_repr;
    t->str = exc_str;
    t->dictoffset = offsetof(ExcObj, dict);
    t->construct = exc_construct;
    t->alloc_new = exc_alloc_new;
    t->init = exc_init;
    if (base == NULL) {
        t->members = base_members;
        t->methods = base_methods;
    }
}

int exc_types_init(void)
{
#define EXC_INIT(name, basename) init_exc_type(&exc_##name, #name, EXC_PARENT_##basename);
#define EXC_PARENT_object NULL
#define EXC_PARENT_BaseException (&exc_BaseException)
#define EXC_PARENT_Exception (&exc_Exception)
#define EXC_PARENT_ArithmeticError (&exc_ArithmeticError)
#define EXC_PARENT_ImportError (&exc_ImportError)
#define EXC_PARENT_LookupError (&exc_LookupError)
#define EXC_PARENT_NameError (&exc_NameError)
#define EXC_PARENT_OSError (&exc_OSError)
#define EXC_PARENT_RuntimeError (&exc_RuntimeError)
#define EXC_PARENT_SyntaxError (&exc_SyntaxError)
#define EXC_PARENT_IndentationError (&exc_IndentationError)
#define EXC_PARENT_ValueError (&exc_ValueError)
    EXC_TYPES(EXC_INIT)
#undef EXC_INIT
    exc_StopIteration.members = stopiter_members;
    exc_SystemExit.members = exit_members;
    exc_ImportError.members = import_members;
#define EXC_READY(name, base)                                                                      \
    if (type_ready(&exc_##name) < 0)                                                               \
        return -1;
    EXC_TYPES(EXC_READY)
#undef EXC_READY
    return 0;
}

/* ---- Formatting messages ---- */

Value exc_format(const char *fmt, va_list ap)
{
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            strbuf_putc(&b, *p);
            continue;
        }
        const char *start = p++;
        if (*p == '%') {
            strbuf_putc(&b, '%');
            continue;
        }
        if (*p == 'R' || *p == 'S' || *p == 'T' || *p == 'U') {
            Value v = va_arg(ap, Value);
            int rc = 0;
            if (*p == 'R')
                rc = strbuf_append_repr(&b, v);
            else if (*p == 'S')
                rc = strbuf_append_strof(&b, v);
            else if (*p == 'T')
                strbuf_puts(&b, obj_type_name(v));
            else
                strbuf_append_str(&b, v);
            if (rc < 0) {
                strbuf_free(&b);
                return VNULL;
            }
            continue;
        }
        /* A C conversion: copy the spec and hand it to snprintf with the right type. */
        while (*p && strchr("-+ #0123456789.*", *p))
            p++;
        int longs = 0;
        bool size = false;
        while (*p == 'l') {
            longs++;
            p++;
        }
        if (*p == 'z') {
            size = true;
            p++;
        }
        char spec[32];
        size_t n = (size_t)(p - start + 1);
        if (n >= sizeof spec)
            n = sizeof spec - 1;
        memcpy(spec, start, n);
        spec[n] = '\0';
        switch (*p) {
        case 'd':
        case 'i':
            if (size)
                strbuf_printf(&b, spec, va_arg(ap, ssize_t));
            else if (longs == 2)
                strbuf_printf(&b, spec, va_arg(ap, long long));
            else if (longs == 1)
                strbuf_printf(&b, spec, va_arg(ap, long));
            else
                strbuf_printf(&b, spec, va_arg(ap, int));
            break;
        case 'u':
        case 'x':
        case 'X':
            if (size)
                strbuf_printf(&b, spec, va_arg(ap, size_t));
            else if (longs == 2)
                strbuf_printf(&b, spec, va_arg(ap, unsigned long long));
            else if (longs == 1)
                strbuf_printf(&b, spec, va_arg(ap, unsigned long));
            else
                strbuf_printf(&b, spec, va_arg(ap, unsigned));
            break;
        case 'c':
            strbuf_put_codepoint(&b, (uint32_t)va_arg(ap, int));
            break;
        case 's':
            strbuf_printf(&b, spec, va_arg(ap, const char *));
            break;
        case 'p':
            strbuf_printf(&b, spec, va_arg(ap, void *));
            break;
        case 'f':
        case 'g':
        case 'e':
            strbuf_printf(&b, spec, va_arg(ap, double));
            break;
        default:
            strbuf_append(&b, start, (size_t)(p - start + (*p != '\0')));
            if (*p == '\0')
                p--;
            break;
        }
    }
    return strbuf_finish(&b);
}

Value exc_format_value(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value s = exc_format(fmt, ap);
    va_end(ap);
    return s;
}

Value exc_new_fmt(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = exc_format(fmt, ap);
    va_end(ap);
    if (msg == VNULL)
        return VNULL;
    Value e = exc_new(type, &msg, 1);
    decref(msg);
    return e;
}

/* ---- Raising ---- */

/* Make exc the raised exception, chaining the exception being handled as its context. */
static void set_raised(ThreadState *ts, Value exc)
{
    Value handled = ts->handled;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (handled != VNULL && handled != exc) {
        /* Avoid a cycle: cut the context chain of handled where it reaches exc. */
        ExcObj *o = (ExcObj *)AS_OBJ(handled);
        while (o->context != VNULL) {
            if (o->context == exc) {
                clearref(&o->context);
                break;
            }
            o = (ExcObj *)AS_OBJ(o->context);
        }
        setref(&e->context, newref(handled));
    }
    setref(&ts->exc, exc);
}

Value exc_raise_instance(Value exc)
{
    set_raised(thread_current(), newref(exc));
    return VNULL;
}

Value exc_raise(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value msg = exc_format(fmt, ap);
    va_end(ap);
    if (msg == VNULL)
        return VNULL;
    Value e = exc_new(type, &msg, 1);
    decref(msg);
    if (e != VNULL)
        set_raised(thread_current(), e);
    return VNULL;
}

Value exc_raise_arg(Type *type, Value arg)
{
    Value e = exc_new(type, &arg, 1);
    if (e != VNULL)
        set_raised(thread_current(), e);
    return VNULL;
}

Value exc_raise_empty(Type *type)
{
    Value e = exc_new(type, NULL, 0);
    if (e != VNULL)
        set_raised(thread_current(), e);
    return VNULL;
}

/* MemoryError is preallocated: raising it must not need memory. */
static ExcObj memory_error_obj;

Value exc_nomemory(void)
{
    ThreadState *ts = thread_current();
    if (memory_error_obj.base.type == NULL) {
        Obj head = OBJ_HEAD_INIT(&exc_MemoryError);
        memcpy(&memory_error_obj.base, &head, sizeof head);
        memory_error_obj.args = tuple_new(0);
    }
    setref(&ts->exc, OBJ_VAL(&memory_error_obj));
    return VNULL;
}

bool exc_occurred(void)
{
    return thread_current()->exc != VNULL;
}

bool exc_matches(const Type *type)
{
    Value e = thread_current()->exc;
    return e != VNULL && type_is_subtype(TYPE_OF(e), type);
}

void exc_clear(void)
{
    clearref(&thread_current()->exc);
}

Value exc_fetch(void)
{
    ThreadState *ts = thread_current();
    Value e = ts->exc;
    ts->exc = VNULL;
    return e;
}

void exc_restore(Value exc)
{
    setref(&thread_current()->exc, exc);
}

bool exc_is_instance(Value v)
{
    return IS_OBJ(v) && v != VNULL && (AS_OBJ(v)->type->flags & TYPE_EXC_SUBCLASS) != 0;
}

bool exc_is_class(Value v)
{
    return IS_OBJ(v) && v != VNULL && AS_OBJ(v)->type == &type_type &&
           (((Type *)AS_OBJ(v))->flags & TYPE_EXC_SUBCLASS) != 0;
}
