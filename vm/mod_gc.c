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

/* An int argument as a C int, with the messages of CPython's argument conversion: 0 or -1. */
static int as_c_int(Value v, int *out, bool range_messages)
{
    int64_t n;
    if (!int_check(v)) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(v));
        return -1;
    }
    if (int_as_i64(v, &n) < 0) {
        if (!range_messages) {
            exc_clear();
            exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        }
        return -1;
    }
    if (n > INT32_MAX || n < INT32_MIN) {
        if (!range_messages)
            exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        else
            exc_raise(&exc_OverflowError, "signed integer is %s",
                      n > 0 ? "greater than maximum" : "less than minimum");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static Value gc_py_collect(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"generation"};
    Value a[1];
    if (args_parse("collect", args, nargs, kwnames, params, 1, 1, 0, a) < 0)
        return VNULL;
    int gen = GC_GENERATIONS - 1;
    if (a[0] != VNULL) {
        if (as_c_int(a[0], &gen, false) < 0)
            return VNULL;
        if (gen < 0 || gen >= GC_GENERATIONS)
            return exc_raise(&exc_ValueError, "invalid generation");
    }
    return int_from_i64(gc_collect(rt_of(), gen));
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
    /* CPython parses these with PyArg_ParseTuple("i|ii:set_threshold"): its messages. */
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0)
        return exc_raise(&exc_TypeError, "set_threshold() takes no keyword arguments");
    if (nargs < 1)
        return exc_raise(&exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > GC_GENERATIONS)
        return exc_raise(&exc_TypeError, "set_threshold() takes at most %d arguments (%zu given)",
                         GC_GENERATIONS, nargs);
    int t[GC_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (as_c_int(args[i], &t[i], true) < 0)
            return VNULL;
    GcState *gc = &rt_of()->gc;
    for (size_t i = 0; i < nargs; i++)
        gc->gen[i].threshold = t[i];
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
    {"set_threshold", gc_py_set_threshold, METH_KEYWORDS, "Set the collection thresholds."},
    {NULL, NULL, 0, NULL},
};

Value mod_gc_create(void)
{
    Value m = module_new("gc");
    if (m != VNULL && module_add_functions(m, gc_functions) < 0)
        clearref(&m);
    return m;
}
