// SPDX-License-Identifier: MIT
/** @file runtime.c @brief Start-up and shutdown of the interpreter (see runtime.h). */
#include "runtime.h"

#include <signal.h>

#include "../gc/alloc.h"
#include "builtins.h"
#include "cfunc.h"
#include "code.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "itertypes.h"
#include "list.h"
#include "mod_sys.h"
#include "names.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"
#include "typeobj.h"
#include "descr.h"
#include "genobj.h"

/* The runtime the SIGINT handler reports to (one per process). */
static Runtime *signal_runtime;
/* SIGINT's disposition before runtime_new(), put back by runtime_fini(). */
static struct sigaction saved_sigint;

static void on_sigint(int sig)
{
    (void)sig;
    Runtime *rt = signal_runtime;
    if (rt == NULL || rt->main_thread == NULL)
        return;
    atomic_store(&rt->signal_pending, 1);
    thread_breaker_set(rt->main_thread, BREAKER_SIGNAL);
}

static Type *const core_types[] = {
    &object_type,      &type_type,          &none_type,      &notimpl_type,
    &ellipsis_type,    &int_type,           &bool_type,      &float_type,
    &str_type,         &tuple_type,         &list_type,      &dict_type,
    &dict_keys_type,   &dict_values_type,   &dict_items_type, &range_type,
    &range_iter_type,  &slice_type,         &cfunc_type,     &method_descr_type,
    &classmethod_descr_type, &member_type,  &code_type,      &function_type,
    &cell_type,        &module_type,        &traceback_type, &enumerate_type,
    &zip_type,         &map_type,           &filter_type,    &reversed_type,
    &seqiter_type,     &calliter_type,      &textstream_type, &wrapper_descr_type,
    &method_wrapper_type, &method_type,     &staticmethod_type, &classmethod_type,
    &property_type,    &super_type,         &list_iter_type, &list_reviter_type,
    &str_ascii_iter_type, &str_iter_type,   &tuple_iter_type, &longrange_iter_type,
    &dict_keyiter_type, &dict_valueiter_type, &dict_itemiter_type, &dict_revkeyiter_type,
    &dict_revvalueiter_type, &dict_revitemiter_type, &gen_type,
    &set_type,         &frozenset_type,     &set_iter_type,
};

static int add_module(Runtime *rt, const char *name, Value m)
{
    return dict_set_cstr(rt->modules, name, m);
}

Runtime *runtime_init(const RuntimeOptions *opts)
{
    Runtime *rt = calloc(1, sizeof *rt);
    if (rt == NULL)
        return NULL;
    pthread_mutex_init(&rt->threads_lock, NULL);
    pthread_mutex_init(&rt->finished_lock, NULL);
    rt->start_ns = stats_now_ns();
    gc_init(&rt->gc);
    rt->recursion_limit = RUNTIME_RECURSION_LIMIT;
    rt->switch_interval = 0.005;
    rt->int_max_str_digits = 4300;
    ThreadState *ts = thread_state_new(rt);
    if (ts == NULL) {
        free(rt);
        return NULL;
    }
    rt->main_thread = ts;
    snprintf(ts->name, sizeof ts->name, "MainThread");
    if (eval_thread_init(ts) < 0)
        goto fail;
    strategy_select(rt, opts != NULL && opts->strategy != NULL ? opts->strategy
                                                               : strategy_registry[0]);
    strategy_attach(ts);
    str_init();
    if (names_init() < 0)
        goto fail;
    for (size_t i = 0; i < ARRAY_LEN(core_types); i++)
        if (type_ready(core_types[i]) < 0)
            goto fail;
    if (exc_types_init() < 0)
        goto fail;
    rt->modules = dict_new();
    if (rt->modules == VNULL)
        goto fail;
    Value bm = builtins_create(rt);
    if (bm == VNULL)
        goto fail;
    rt->builtins = newref(((ModuleObj *)AS_OBJ(bm))->dict);
    if (add_module(rt, "builtins", bm) < 0) {
        decref(bm);
        goto fail;
    }
    if (opts != NULL && opts->script_dir != NULL) {
        rt->script_dir = str_from_cstr(opts->script_dir);
        if (rt->script_dir == VNULL) {
            decref(bm);
            goto fail;
        }
    }
    rt->sys = sys_create(rt, opts != NULL ? opts->argc : 0, opts != NULL ? opts->argv : NULL);
    if (rt->sys == VNULL || add_module(rt, "sys", rt->sys) < 0) {
        decref(bm);
        goto fail;
    }
    Value main = module_new("__main__");
    if (main == VNULL) {
        decref(bm);
        goto fail;
    }
    rt->main_module = main;
    if (dict_set_cstr(((ModuleObj *)AS_OBJ(main))->dict, "__builtins__", bm) < 0 ||
        add_module(rt, "__main__", main) < 0) {
        decref(bm);
        goto fail;
    }
    decref(bm);
    signal_runtime = rt;
    /* As CPython: Ctrl-C raises KeyboardInterrupt, unless SIGINT was ignored when we
     * started (a background job of a shell without job control, nohup): then it stays so. */
    if (sigaction(SIGINT, NULL, &saved_sigint) == 0 && saved_sigint.sa_handler != SIG_IGN) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
    }
    return rt;
fail:
    if (exc_occurred()) {
        Value e = exc_fetch();
        traceback_print_exception(e, stderr);
        decref(e);
    }
    runtime_fini(rt);
    return NULL;
}

/* Empty every module's namespace: breaks the cycles between functions and their globals. */
static void clear_modules(Runtime *rt)
{
    if (rt->modules == VNULL)
        return;
    Value mods = dict_keys_list(rt->modules);
    if (mods == VNULL) {
        exc_clear();
        return;
    }
    for (size_t i = list_size(mods); i-- > 0;) {
        Value name = list_get_ref(mods, (int64_t)i);
        Value m;
        if (dict_lookup(rt->modules, name, &m) > 0) {
            if (TYPE_OF(m) == &module_type && !str_eq_cstr(name, "builtins") &&
                !str_eq_cstr(name, "sys"))
                dict_clear(((ModuleObj *)AS_OBJ(m))->dict);
            decref(m);
        }
        decref(name);
    }
    decref(mods);
}

static void record_thread(Runtime *rt, ThreadState *ts)
{
    atomic_store_explicit(&ts->stats.cpu_ns, thread_cpu_ns(ts), memory_order_relaxed);
    atomic_store_explicit(&ts->stats.wall_ns, stats_now_ns() - atomic_load(&ts->start_ns),
                          memory_order_relaxed);
    pthread_mutex_lock(&rt->finished_lock);
    if (rt->nfinished == rt->cap_finished) {
        size_t cap = rt->cap_finished ? rt->cap_finished * 2 : 16;
        ThreadRecord *n = realloc(rt->finished, cap * sizeof *n);
        if (n == NULL) {
            pthread_mutex_unlock(&rt->finished_lock);
            return;
        }
        rt->finished = n;
        rt->cap_finished = cap;
    }
    ThreadRecord *r = &rt->finished[rt->nfinished++];
    ts->recorded = true; /* listed once from now on, though still among the live threads */
    memcpy(r->name, ts->name, sizeof r->name);
    r->id = ts->id;
    stats_reset(&r->stats);
    thread_stats_sync(ts);
    stats_accumulate(&r->stats, &ts->stats);
    pthread_mutex_unlock(&rt->finished_lock);
}

void runtime_thread_exit(ThreadState *ts)
{
    Runtime *rt = ts->rt;
    clearref(&ts->exc);
    clearref(&ts->handled);
    clearref(&ts->repr_active);
    eval_thread_fini(ts);
    gc_thread_exit(ts);
    strategy_thread_exit(ts);
    strategy_detach(ts);
    record_thread(rt, ts);
    thread_state_free(ts);
}

ThreadRecord *runtime_thread_records(Runtime *rt, size_t *n)
{
    pthread_mutex_lock(&rt->threads_lock);
    pthread_mutex_lock(&rt->finished_lock);
    size_t live = 0;
    for (ThreadState *t = rt->threads; t != NULL; t = t->next)
        live++;
    ThreadRecord *out = malloc((live + rt->nfinished + 1) * sizeof *out);
    size_t k = 0;
    if (out != NULL) {
        /* The main thread first, then the other live threads, then finished ones. */
        for (int pass = 0; pass < 2; pass++) {
            for (ThreadState *t = rt->threads; t != NULL; t = t->next) {
                if ((pass == 0) != (t == rt->main_thread) || t->recorded)
                    continue;
                ThreadRecord *r = &out[k++];
                memcpy(r->name, t->name, sizeof r->name);
                r->id = t->id;
                stats_reset(&r->stats);
                thread_stats_sync(t);
                stats_accumulate(&r->stats, &t->stats);
                /* A live thread's clock: it is still in the list, so still running (it
                 * leaves the list under threads_lock, held here, before it ends). */
                atomic_store_explicit(&r->stats.cpu_ns, thread_cpu_ns(t), memory_order_relaxed);
                atomic_store_explicit(&r->stats.wall_ns, stats_now_ns() - atomic_load(&t->start_ns),
                                      memory_order_relaxed);
            }
        }
        for (size_t i = 0; i < rt->nfinished; i++)
            out[k++] = rt->finished[i];
    }
    pthread_mutex_unlock(&rt->finished_lock);
    pthread_mutex_unlock(&rt->threads_lock);
    *n = k;
    return out;
}

void runtime_reset_stats(Runtime *rt)
{
    pthread_mutex_lock(&rt->threads_lock);
    for (ThreadState *t = rt->threads; t != NULL; t = t->next) {
        thread_stats_reset(t);
        thread_restart_clocks(t);
    }
    atomic_store(&rt->start_ns, stats_now_ns());
    pthread_mutex_unlock(&rt->threads_lock);
    pthread_mutex_lock(&rt->finished_lock);
    rt->nfinished = 0;
    pthread_mutex_unlock(&rt->finished_lock);
}

/* The --stats table shows the counters that mean something for the active strategy. */
static bool field_shown(Runtime *rt, const StatsField *f)
{
    return f->applies == STATS_ALL || (f->applies == STATS_GIL) == rt->strategy->gil_enabled;
}

void runtime_print_stats(Runtime *rt, FILE *out)
{
    size_t n;
    ThreadRecord *recs = runtime_thread_records(rt, &n);
    if (recs == NULL)
        return;
    ThreadStats total;
    stats_reset(&total);
    fprintf(out, "\ngilvm --stats (strategy %s)\n%-16s", rt->strategy->name, "thread");
    for (const StatsField *f = stats_fields; f->name != NULL; f++)
        if (field_shown(rt, f))
            fprintf(out, " %10s", f->title);
    fputc('\n', out);
    for (size_t i = 0; i <= n; i++) {
        ThreadStats *s = i < n ? &recs[i].stats : &total;
        if (i < n) {
            stats_accumulate(&total, s);
            fprintf(out, "%-16.16s", recs[i].name[0] ? recs[i].name : "(thread)");
        } else {
            fprintf(out, "%-16s", "total");
        }
        for (const StatsField *f = stats_fields; f->name != NULL; f++) {
            if (!field_shown(rt, f))
                continue;
            uint64_t v = stats_get((_Atomic uint64_t *)((char *)s + f->offset));
            if (f->is_time)
                fprintf(out, " %10.3f", (double)v * 1e-9);
            else
                fprintf(out, " %10llu", (unsigned long long)v);
        }
        fputc('\n', out);
    }
    double wall = (double)(stats_now_ns() - atomic_load(&rt->start_ns)) * 1e-9;
    double cpu = (double)stats_get(&total.cpu_ns) * 1e-9;
    fprintf(out, "threads %zu, wall %.3f s, cpu %.3f s, cores used %.2f\n", n, wall, cpu,
            wall > 0 ? cpu / wall : 0.0);
    free(recs);
}

void runtime_wait_threads(Runtime *rt)
{
    Value threading;
    if (rt->modules == VNULL || dict_lookup_cstr(rt->modules, "threading", &threading) <= 0)
        return;
    Value shutdown = obj_getattr_cstr(threading, "_shutdown");
    decref(threading);
    Value r = shutdown != VNULL ? obj_call(shutdown, NULL, 0) : VNULL;
    xdecref(shutdown);
    if (r == VNULL) {
        Value e = exc_fetch();
        if (e != VNULL && !type_is_subtype(TYPE_OF(e), &exc_AttributeError))
            traceback_print_exception(e, stderr);
        xdecref(e);
    }
    xdecref(r);
}

void runtime_fini(Runtime *rt)
{
    if (rt == NULL)
        return;
    sigaction(SIGINT, &saved_sigint, NULL);
    signal_runtime = NULL;
    fflush(stdout);
    fflush(stderr);
    ThreadState *ts = rt->main_thread;
    if (ts != NULL)
        runtime_wait_threads(rt);
    atomic_store(&rt->finalizing, true);
    if (ts != NULL && rt->strategy != NULL)
        strategy_finalize(ts);
    if (ts != NULL) {
        clearref(&ts->exc);
        clearref(&ts->handled);
        clear_modules(rt);
        exc_clear();
        if (rt->sys != VNULL && TYPE_OF(rt->sys) == &module_type)
            dict_clear(((ModuleObj *)AS_OBJ(rt->sys))->dict);
        if (rt->builtins != VNULL)
            dict_clear(rt->builtins);
        clearref(&rt->main_module);
        clearref(&rt->sys);
        clearref(&rt->builtins);
        clearref(&rt->modules);
        clearref(&rt->script_dir);
        clearref(&ts->repr_active);
        gc_collect(rt, GC_GENERATIONS - 1);
        exc_clear();
        type_fini_all();
        gc_collect(rt, GC_GENERATIONS - 1);
        names_fini();
        str_intern_fini();
        eval_thread_fini(ts);
        gc_fini(&rt->gc, ts);
        if (rt->strategy != NULL)
            strategy_detach(ts);
        thread_state_free(ts);
    }
    /* Daemon threads still blocked somewhere will read the runtime when they wake
       (only to find it finalizing and exit): leave it allocated for them. */
    pthread_mutex_lock(&rt->threads_lock);
    bool others = rt->threads != NULL;
    pthread_mutex_unlock(&rt->threads_lock);
    if (others)
        return;
    free(rt->finished);
    pthread_mutex_destroy(&rt->finished_lock);
    pthread_mutex_destroy(&rt->threads_lock);
    free(rt);
}
