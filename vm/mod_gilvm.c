// SPDX-License-Identifier: MIT
/**
 * @file mod_gilvm.c
 * @brief Two modules for labs: `gilvm` (the active strategy and its
 *        counters) and `native` (CPU-bound work written in C, with and
 *        without the global lock).
 *
 * `native` shows why C extensions escape the GIL. Both functions do the same
 * arithmetic in C; `crunch_nogil` detaches around it, as NumPy's kernels
 * release the GIL, so other threads run Python meanwhile and several calls
 * proceed on several cores at once; `crunch_gil` keeps the lock, so every
 * other thread waits until it returns (it makes no eval-breaker checks, so
 * not even a drop request gets it to let go).
 */
#include "modules.h"

#include "../gil/strategy.h"
#include "args.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "runtime.h"
#include "str.h"

/* ---- gilvm ---- */

static Value gilvm_strategy(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return str_from_cstr(thread_current()->rt->strategy->name);
}

static int put(Value d, const char *key, Value v)
{
    if (v == VNULL)
        return -1;
    int rc = dict_set_cstr(d, key, v);
    decref(v);
    return rc;
}

/* A dict of the counters of one record (times in seconds as floats). */
static Value stats_dict(const ThreadStats *s)
{
    Value d = dict_new();
    if (d == VNULL)
        return VNULL;
    for (const StatsField *f = stats_fields; f->name != NULL; f++) {
        uint64_t v = stats_get((_Atomic uint64_t *)((char *)s + f->offset));
        Value x = f->is_time ? float_new((double)v * 1e-9) : int_from_u64(v);
        char key[48];
        if (f->is_time) {
            /* hold_ns -> hold_s */
            snprintf(key, sizeof key, "%.*s_s", (int)(strlen(f->name) - 3), f->name);
        } else {
            snprintf(key, sizeof key, "%s", f->name);
        }
        if (put(d, key, x) < 0) {
            decref(d);
            return VNULL;
        }
    }
    return d;
}

static Value gilvm_stats(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Runtime *rt = thread_current()->rt;
    size_t n;
    ThreadRecord *recs = runtime_thread_records(rt, &n);
    if (recs == NULL)
        return exc_nomemory();
    ThreadStats total;
    stats_reset(&total);
    Value threads = list_new(n);
    Value result = VNULL;
    if (threads == VNULL)
        goto done;
    for (size_t i = 0; i < n; i++) {
        stats_accumulate(&total, &recs[i].stats);
        Value d = stats_dict(&recs[i].stats);
        if (d == VNULL || put(d, "name", str_from_cstr(recs[i].name)) < 0 ||
            list_append(threads, d) < 0) {
            xdecref(d);
            goto done;
        }
        decref(d);
    }
    result = stats_dict(&total);
    double wall = (double)(stats_now_ns() - atomic_load(&rt->start_ns)) * 1e-9;
    double cpu = (double)stats_get(&total.cpu_ns) * 1e-9;
    if (result == VNULL || put(result, "strategy", str_from_cstr(rt->strategy->name)) < 0 ||
        put(result, "threads", newref(threads)) < 0 ||
        put(result, "elapsed_s", float_new(wall)) < 0 ||
        put(result, "cores_used", float_new(wall > 0 ? cpu / wall : 0.0)) < 0)
        clearref(&result);
done:
    xdecref(threads);
    free(recs);
    return result;
}

static Value gilvm_reset_stats(Value self, const Value *args, size_t nargs, Value kwnames)
{
    runtime_reset_stats(thread_current()->rt);
    return newref(NONE_VAL);
}

static const MethodDef gilvm_functions[] = {
    {"strategy", gilvm_strategy, METH_NOARGS, "The name of the active locking strategy."},
    {"stats", gilvm_stats, METH_NOARGS,
     "The counters (totals, and per thread under 'threads') as a dict."},
    {"reset_stats", gilvm_reset_stats, METH_NOARGS, "Zero every counter."},
    {NULL, NULL, 0, NULL},
};

Value mod_gilvm_create(void)
{
    Value m = module_new("gilvm");
    if (m == VNULL)
        return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    Value names = list_new(4);
    int rc = module_add_functions(m, gilvm_functions);
    for (const Strategy *const *s = strategy_registry; rc == 0 && *s != NULL; s++) {
        Value n = str_from_cstr((*s)->name);
        rc = n != VNULL ? list_append(names, n) : -1;
        xdecref(n);
    }
    if (rc < 0 || names == VNULL || put(d, "STRATEGIES", names) < 0) {
        decref(m);
        return VNULL;
    }
    return m;
}

/* ---- native ---- */

/* The work: n rounds of an integer mixing function (xorshift-multiply). */
static uint64_t crunch(uint64_t n)
{
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (uint64_t i = 0; i < n; i++) {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDu;
        x ^= x >> 29;
        x += i;
    }
    return x & 0xFFFFFFFFu;
}

static int rounds(Value v, uint64_t *out)
{
    int64_t n;
    if (!int_check(v)) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  obj_type_name(v));
        return -1;
    }
    if (int_as_i64(v, &n) < 0)
        return -1;
    if (n < 0) {
        exc_raise(&exc_ValueError, "rounds must be non-negative");
        return -1;
    }
    *out = (uint64_t)n;
    return 0;
}

static Value native_crunch_gil(Value self, const Value *args, size_t nargs, Value kwnames)
{
    uint64_t n;
    if (rounds(args[0], &n) < 0)
        return VNULL;
    return int_from_u64(crunch(n));
}

static Value native_crunch_nogil(Value self, const Value *args, size_t nargs, Value kwnames)
{
    uint64_t n;
    if (rounds(args[0], &n) < 0)
        return VNULL;
    ThreadState *ts = thread_current();
    /* No Python object is touched between detach and attach. */
    strategy_detach(ts);
    uint64_t r = crunch(n);
    strategy_attach(ts);
    return int_from_u64(r);
}

static const MethodDef native_functions[] = {
    {"crunch_gil", native_crunch_gil, METH_O,
     "CPU-bound work in C that keeps the global lock the whole time."},
    {"crunch_nogil", native_crunch_nogil, METH_O,
     "The same work, releasing the lock around it (as NumPy's kernels do)."},
    {NULL, NULL, 0, NULL},
};

Value mod_native_create(void)
{
    Value m = module_new("native");
    if (m != VNULL && module_add_functions(m, native_functions) < 0)
        clearref(&m);
    return m;
}
