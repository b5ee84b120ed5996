// SPDX-License-Identifier: MIT
/** @file mod_gc.c @brief The gc module: control of the cycle collector (gc/gc.h). */
#include "modules.h"

#include "../gc/gc.h"
#include "args.h"
#include "code.h"
#include "exc.h"
#include "int.h"
#include "runtime.h"
#include "tuple.h"

static Runtime *rt_of(void)
{
    return thread_current()->rt;
}

static Value gc_py_collect(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"generation"};
    Value a[1];
    if (args_parse("collect", args, nargs, kwnames, params, 1, 1, 0, a) < 0)
        return VNULL;
    int64_t gen = GC_GENERATIONS - 1;
    if (a[0] != VNULL) {
        if (!int_check(a[0]))
            return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(a[0]));
        if (int_as_i64(a[0], &gen) < 0)
            return VNULL;
        if (gen < 0 || gen >= GC_GENERATIONS)
            return exc_raise(&exc_ValueError, "invalid generation");
    }
    return int_from_i64(gc_collect(rt_of(), (int)gen));
}

static Value gc_py_enable(Value self, const Value *args, size_t nargs, Value kwnames)
{
    rt_of()->gc.enabled = true;
    return newref(NONE_VAL);
}

static Value gc_py_disable(Value self, const Value *args, size_t nargs, Value kwnames)
{
    rt_of()->gc.enabled = false;
    return newref(NONE_VAL);
}

static Value gc_py_isenabled(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(BOOL_VAL(rt_of()->gc.enabled));
}

static Value gc_py_get_count(Value self, const Value *args, size_t nargs, Value kwnames)
{
    GcState *gc = &rt_of()->gc;
    return tuple_pack(3, SMALLINT_VAL(gc->gen[0].count), SMALLINT_VAL(gc->gen[1].count),
                      SMALLINT_VAL(gc->gen[2].count));
}

static Value gc_py_get_threshold(Value self, const Value *args, size_t nargs, Value kwnames)
{
    GcState *gc = &rt_of()->gc;
    return tuple_pack(3, SMALLINT_VAL(gc->gen[0].threshold), SMALLINT_VAL(gc->gen[1].threshold),
                      SMALLINT_VAL(gc->gen[2].threshold));
}

static Value gc_py_set_threshold(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("set_threshold", nargs, 1, 3) < 0)
        return VNULL;
    GcState *gc = &rt_of()->gc;
    for (size_t i = 0; i < nargs; i++) {
        int64_t t;
        if (!int_check(args[i]))
            return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(args[i]));
        if (int_as_i64(args[i], &t) < 0)
            return VNULL;
        gc->gen[i].threshold = t < 0 ? 0 : (t > INT32_MAX ? INT32_MAX : (int)t);
    }
    return newref(NONE_VAL);
}

static const MethodDef gc_functions[] = {
    {"collect", gc_py_collect, METH_KEYWORDS,
     "Run a full collection; return the number of unreachable objects found."},
    {"enable", gc_py_enable, METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", gc_py_disable, METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", gc_py_isenabled, METH_NOARGS, "Return true if automatic collection is enabled."},
    {"get_count", gc_py_get_count, METH_NOARGS, "Return the current collection counts."},
    {"get_threshold", gc_py_get_threshold, METH_NOARGS, "Return the collection thresholds."},
    {"set_threshold", gc_py_set_threshold, 0, "Set the collection thresholds."},
    {NULL, NULL, 0, NULL},
};

Value mod_gc_create(void)
{
    Value m = module_new("gc");
    if (m != VNULL && module_add_functions(m, gc_functions) < 0)
        clearref(&m);
    return m;
}
