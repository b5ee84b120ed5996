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
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
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

void runtime_fini(Runtime *rt)
{
    if (rt == NULL)
        return;
    signal(SIGINT, SIG_DFL);
    signal_runtime = NULL;
    fflush(stdout);
    fflush(stderr);
    ThreadState *ts = rt->main_thread;
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
        if (rt->strategy != NULL)
            strategy_detach(ts);
        thread_state_free(ts);
    }
    pthread_mutex_destroy(&rt->threads_lock);
    free(rt);
}
