// SPDX-License-Identifier: MIT
/**
 * @file code.c
 * @brief Code objects, functions, cells and modules (see code.h).
 */
#include "code.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "cfunc.h"
#include "descr.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/* ---- code ---- */

/* A constant of shared code, and what it holds (tuples, frozensets of constants). */
static void share_const(Value v)
{
    if (!IS_OBJ(v) || rc_is_immortal(AS_OBJ(v)))
        return;
    Type *t = TYPE_OF(v);
    if (t == &code_type) {
        code_share((CodeObj *)AS_OBJ(v));
        return;
    }
    rc_share(AS_OBJ(v));
    if (t == &tuple_type)
        for (size_t i = 0; i < TUPLE_SIZE(v); i++)
            share_const(TUPLE_ITEMS(v)[i]);
}

static void code_dealloc(Obj *o)
{
    CodeObj *c = (CodeObj *)o;
    free(c->code);
    free(c->lines);
    free(c->exctable);
    free(c->localsplus_kinds);
    free(c->caches);
    xdecref(c->consts);
    xdecref(c->names);
    xdecref(c->localsplus_names);
    xdecref(c->name);
    xdecref(c->qualname);
    xdecref(c->filename);
    alloc_free(o);
}

static Value code_repr(Value v)
{
    CodeObj *c = (CodeObj *)AS_OBJ(v);
    return str_printf("<code object %s at %p, file \"%s\", line %d>", STR_DATA(c->name),
                      (void *)c, STR_DATA(c->filename), c->firstlineno);
}

static Value code_get_name(Value self)
{
    return newref(((CodeObj *)AS_OBJ(self))->name);
}

static Value code_get_filename(Value self)
{
    return newref(((CodeObj *)AS_OBJ(self))->filename);
}

static Value code_get_firstlineno(Value self)
{
    return SMALLINT_VAL(((CodeObj *)AS_OBJ(self))->firstlineno);
}

static const MemberDef code_members[] = {
    {"co_name", code_get_name, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {NULL, NULL, NULL},
};

Type code_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "code",
    .basicsize = sizeof(CodeObj),
    .members = code_members,
    .dealloc = code_dealloc,
    .repr = code_repr,
};

void code_share(CodeObj *co)
{
    if (!rc_share_on || rc_is_immortal(&co->base))
        return;
    rc_share(&co->base);
    /* Every function made from it (a closure, each time its `def` runs) takes its names. */
    share_const(co->name);
    share_const(co->qualname);
    share_const(co->filename);
    /* Its constants are loaded by every thread that runs it (float and tuple constants,
     * the code of nested functions and lambdas). */
    Value consts = co->consts;
    for (size_t i = 0; consts != VNULL && i < TUPLE_SIZE(consts); i++)
        share_const(TUPLE_ITEMS(consts)[i]);
}

CodeObj *code_new(void)
{
    static _Atomic uint64_t uids;
    CodeObj *c = (CodeObj *)alloc_object(&code_type);
    if (c != NULL)
        c->uid = atomic_fetch_add_explicit(&uids, 1, memory_order_relaxed) + 1;
    return c;
}

int code_line(const CodeObj *code, uint32_t i)
{
    if (i >= code->ncode)
        i = code->ncode ? code->ncode - 1 : 0;
    return code->ncode ? code->lines[i] : code->firstlineno;
}

/* ---- function ---- */

static void func_dealloc(Obj *o)
{
    FuncObj *f = (FuncObj *)o;
    gc_untrack(o);
    xdecref(f->code);
    xdecref(f->globals);
    xdecref(f->builtins);
    xdecref(f->name);
    xdecref(f->qualname);
    xdecref(f->defaults);
    xdecref(f->kwdefaults);
    xdecref(f->closure);
    xdecref(f->dict);
    xdecref(f->module);
    xdecref(f->doc);
    alloc_free(o);
}

static void func_traverse(Obj *o, VisitFn visit, void *arg)
{
    FuncObj *f = (FuncObj *)o;
    Value vals[] = {f->code,     f->globals, f->builtins, f->defaults, f->kwdefaults,
                    f->closure,  f->dict,    f->module,   f->doc,      f->name,
                    f->qualname};
    for (size_t i = 0; i < ARRAY_LEN(vals); i++)
        if (vals[i] != VNULL && IS_OBJ(vals[i]))
            visit(AS_OBJ(vals[i]), arg);
}

static void func_clear(Obj *o)
{
    FuncObj *f = (FuncObj *)o;
    clearref(&f->globals);
    clearref(&f->builtins);
    clearref(&f->defaults);
    clearref(&f->kwdefaults);
    clearref(&f->closure);
    clearref(&f->dict);
    clearref(&f->module);
    clearref(&f->doc);
}

Value func_new(Value code, Value globals, Value builtins, Value module)
{
    FuncObj *f = (FuncObj *)alloc_object(&function_type);
    if (f == NULL)
        return VNULL;
    CodeObj *c = (CodeObj *)AS_OBJ(code);
    f->code = newref(code);
    f->globals = newref(globals);
    f->builtins = newref(builtins);
    f->name = newref(c->name);
    f->qualname = newref(c->qualname);
    Value modname;
    if (module != VNULL)
        f->module = newref(module);
    else if (dict_lookup_cstr(globals, "__name__", &modname) > 0)
        f->module = modname;
    gc_track(&f->base);
    return OBJ_VAL(f);
}

static Value func_repr(Value v)
{
    FuncObj *f = (FuncObj *)AS_OBJ(v);
    return str_printf("<function %s at %p>", STR_DATA(f->qualname), (void *)f);
}

static Value func_call(Value callable, const Value *args, size_t nargs, Value kwnames)
{
    return eval_call_function(thread_current(), callable, args, nargs, kwnames);
}

static Value func_descr_get(Value descr, Value instance, Value owner)
{
    if (instance == VNULL)
        return newref(descr);
    return descr_method_new(descr, instance);
}

static Value func_get_name(Value self)
{
    return newref(((FuncObj *)AS_OBJ(self))->name);
}

static int func_set_name(Value self, Value v)
{
    if (v == VNULL || !str_check(v)) {
        exc_raise(&exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    setref(&((FuncObj *)AS_OBJ(self))->name, newref(v));
    return 0;
}

static Value func_get_qualname(Value self)
{
    return newref(((FuncObj *)AS_OBJ(self))->qualname);
}

static int func_set_qualname(Value self, Value v)
{
    if (v == VNULL || !str_check(v)) {
        exc_raise(&exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setref(&((FuncObj *)AS_OBJ(self))->qualname, newref(v));
    return 0;
}

static Value func_get_code(Value self)
{
    return newref(((FuncObj *)AS_OBJ(self))->code);
}

static Value or_none(Value v)
{
    return newref(v != VNULL ? v : NONE_VAL);
}

static Value func_get_defaults(Value self)
{
    return or_none(((FuncObj *)AS_OBJ(self))->defaults);
}

static Value func_get_kwdefaults(Value self)
{
    return or_none(((FuncObj *)AS_OBJ(self))->kwdefaults);
}

static Value func_get_closure(Value self)
{
    return or_none(((FuncObj *)AS_OBJ(self))->closure);
}

static Value func_get_globals(Value self)
{
    return newref(((FuncObj *)AS_OBJ(self))->globals);
}

static Value func_get_module(Value self)
{
    return or_none(((FuncObj *)AS_OBJ(self))->module);
}

static Value func_get_doc(Value self)
{
    return or_none(((FuncObj *)AS_OBJ(self))->doc);
}

static int func_set_doc(Value self, Value v)
{
    setref(&((FuncObj *)AS_OBJ(self))->doc, v != VNULL ? newref(v) : VNULL);
    return 0;
}

static const MemberDef func_members[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__code__", func_get_code, NULL},
    {"__defaults__", func_get_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, NULL},
    {"__closure__", func_get_closure, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__module__", func_get_module, NULL},
    {"__doc__", func_get_doc, func_set_doc},
    {NULL, NULL, NULL},
};

Type function_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .flags = TYPE_GC,
    .dictoffset = offsetof(FuncObj, dict),
    .members = func_members,
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
};

/* ---- cell ---- */

static void cell_dealloc(Obj *o)
{
    gc_untrack(o);
    xdecref(((CellObj *)o)->ref);
    alloc_free(o);
}

static void cell_traverse(Obj *o, VisitFn visit, void *arg)
{
    Value v = ((CellObj *)o)->ref;
    if (v != VNULL && IS_OBJ(v))
        visit(AS_OBJ(v), arg);
}

static void cell_clear(Obj *o)
{
    clearref(&((CellObj *)o)->ref);
}

static Value cell_repr(Value v)
{
    CellObj *c = (CellObj *)AS_OBJ(v);
    Value ref = cell_get(c);
    if (ref == VNULL)
        return str_printf("<cell at %p: empty>", (void *)c);
    Value r = str_printf("<cell at %p: %s object at %p>", (void *)c, obj_type_name(ref),
                         (void *)AS_OBJ(ref));
    decref(ref);
    return r;
}

static Value cell_get_contents(Value self)
{
    Value ref = cell_get((CellObj *)AS_OBJ(self));
    if (ref == VNULL)
        return exc_raise(&exc_ValueError, "Cell is empty");
    return ref;
}

static const MemberDef cell_members[] = {
    {"cell_contents", cell_get_contents, NULL},
    {NULL, NULL, NULL},
};

Type cell_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .flags = TYPE_GC,
    .members = cell_members,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
};

Value cell_new(Value v)
{
    CellObj *c = (CellObj *)alloc_object(&cell_type);
    if (c == NULL)
        return VNULL;
    c->ref = v != VNULL ? newref(v) : VNULL;
    gc_track(&c->base);
    return OBJ_VAL(c);
}

/* ---- module ---- */

static void module_dealloc(Obj *o)
{
    gc_untrack(o);
    xdecref(((ModuleObj *)o)->dict);
    xdecref(((ModuleObj *)o)->name);
    alloc_free(o);
}

static void module_traverse(Obj *o, VisitFn visit, void *arg)
{
    ModuleObj *m = (ModuleObj *)o;
    if (m->dict != VNULL)
        visit(AS_OBJ(m->dict), arg);
}

static void module_clear(Obj *o)
{
    clearref(&((ModuleObj *)o)->dict);
}

static Value module_repr(Value v)
{
    ModuleObj *m = (ModuleObj *)AS_OBJ(v);
    Value file;
    if (m->dict != VNULL && dict_lookup_cstr(m->dict, "__file__", &file) > 0) {
        Value r = exc_format_value("<module %R from %R>", m->name, file);
        decref(file);
        return r;
    }
    return exc_format_value("<module %R (built-in)>", m->name);
}

static Value module_getattr(Value v, Value name)
{
    ModuleObj *m = (ModuleObj *)AS_OBJ(v);
    Value out;
    if (m->dict != VNULL && dict_lookup_str(m->dict, name, &out) > 0)
        return out;
    if (str_eq_cstr(name, "__dict__") && m->dict != VNULL)
        return newref(m->dict);
    Value r = type_lookup(&module_type, name);
    if (r != VNULL)
        return obj_generic_getattr(v, name);
    return exc_raise(&exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattr(Value v, Value name, Value value)
{
    ModuleObj *m = (ModuleObj *)AS_OBJ(v);
    if (value == VNULL) {
        if (dict_del(m->dict, name) < 0) {
            if (exc_matches(&exc_KeyError)) {
                exc_clear();
                exc_raise(&exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
            }
            return -1;
        }
        return 0;
    }
    return dict_set(m->dict, name, value);
}

Type module_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .flags = TYPE_GC,
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};

Value module_new(const char *name)
{
    ModuleObj *m = (ModuleObj *)alloc_object(&module_type);
    if (m == NULL)
        return VNULL;
    m->name = str_from_cstr(name);
    m->dict = dict_new();
    if (m->name == VNULL || m->dict == VNULL || dict_set_cstr(m->dict, "__name__", m->name) < 0 ||
        dict_set_cstr(m->dict, "__doc__", NONE_VAL) < 0) {
        decref(OBJ_VAL(m));
        return VNULL;
    }
    gc_track(&m->base);
    rc_share(&m->base);
    rc_share(AS_OBJ(m->name)); /* every function defined in it takes it as __module__ */
    rc_share(AS_OBJ(m->dict));
    return OBJ_VAL(m);
}

int module_add_functions(Value m, const MethodDef *defs)
{
    ModuleObj *mod = (ModuleObj *)AS_OBJ(m);
    for (const MethodDef *d = defs; d->name != NULL; d++) {
        /* Bound to the module, as in CPython: messages name it ("gc.enable() takes no
         * arguments"), and self is the module as vm/object.h's CFunc promises. */
        Value f = cfunc_new(d, m, NULL);
        if (f == VNULL || dict_set_cstr(mod->dict, d->name, f) < 0) {
            xdecref(f);
            return -1;
        }
        rc_share(AS_OBJ(f)); /* math.sqrt, len: called by every thread */
        decref(f);
    }
    return 0;
}
