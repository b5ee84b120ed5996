// SPDX-License-Identifier: MIT
/**
 * @file eval.c
 * @brief The bytecode interpreter: frames, calls, exceptions, the eval breaker.
 *
 * One C function, eval_frame(), runs instructions until the frame it was
 * entered with returns. Python-to-Python calls push a frame and continue
 * in the same loop; returns pop it. Only calls that go through C (a
 * builtin calling a Python function, sorted's key, ...) recurse into a new
 * eval_frame(), and those are bounded by the C-stack check.
 *
 * ## Errors
 *
 * An instruction that fails jumps to `error`, which adds a traceback entry
 * for the current frame, then looks the failing instruction up in the
 * code's exception table. A handler there gets the stack cut back to its
 * depth and the exception pushed; without one the frame is popped and the
 * caller's call instruction fails in turn. RERAISE and a bare `raise` skip
 * the traceback entry, as in CPython.
 *
 * ## The eval breaker
 *
 * JUMP_BACKWARD and every call read the thread's breaker word (one relaxed
 * load); if any bit is set, eval_handle_breaker() does the work. That is
 * where the GIL strategies will hand the lock over.
 */
#include "eval.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "../gil/strategy.h"
#include "cfunc.h"
#include "code.h"
#include "compiler.h"
#include "descr.h"
#include "dict.h"
#include "dispatch.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "frame.h"
#include "genobj.h"
#include "import.h"
#include "int.h"
#include "list.h"
#include "names.h"
#include "opcodes.h"
#include "range.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "strbuf.h"
#include "traceback.h"
#include "tuple.h"
#include "typeobj.h"

#define FRAME_HEADER_SLOTS ((sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value))
#define CHUNK_SLOTS (64 * 1024)

/* ---- The frame stack ---- */

static StackChunk *chunk_new(size_t slots)
{
    StackChunk *c = malloc(sizeof(StackChunk) + slots * sizeof(Value));
    if (c == NULL)
        return NULL;
    c->size = slots;
    c->prev = NULL;
    return c;
}

int eval_thread_init(ThreadState *ts)
{
    StackChunk *c = chunk_new(CHUNK_SLOTS);
    if (c == NULL) {
        exc_nomemory();
        return -1;
    }
    ts->chunk = c;
    ts->stack_top = c->data;
    ts->stack_limit = c->data + c->size;
    return 0;
}

static void thread_caches_free(void);

void eval_thread_fini(ThreadState *ts)
{
    thread_caches_free();
    while (ts->chunk != NULL) {
        StackChunk *c = ts->chunk;
        ts->chunk = c->prev;
        free(c);
    }
    ts->stack_top = ts->stack_limit = NULL;
}

static Frame *frame_alloc(ThreadState *ts, CodeObj *co)
{
    size_t n = FRAME_HEADER_SLOTS + (size_t)co->nlocalsplus + (size_t)co->stacksize;
    if (UNLIKELY(ts->stack_top + n > ts->stack_limit)) {
        StackChunk *c = chunk_new(n > CHUNK_SLOTS ? n : CHUNK_SLOTS);
        if (c == NULL) {
            exc_nomemory();
            return NULL;
        }
        c->prev = ts->chunk;
        c->saved_top = ts->stack_top;
        c->saved_limit = ts->stack_limit;
        ts->chunk = c;
        ts->stack_top = c->data;
        ts->stack_limit = c->data + c->size;
    }
    Frame *f = (Frame *)ts->stack_top;
    ts->stack_top += n;
    return f;
}

static void frame_release_slots(ThreadState *ts, Frame *f)
{
    StackChunk *c = ts->chunk;
    if ((Value *)f == c->data && c->prev != NULL) {
        ts->stack_top = c->saved_top;
        ts->stack_limit = c->saved_limit;
        ts->chunk = c->prev;
        free(c);
    } else {
        ts->stack_top = (Value *)f;
    }
}

/* Drop everything a frame holds (locals, stack below sp, references). */
static void frame_clear(Frame *f, Value *sp)
{
    Value *base = f->localsplus + f->code->nlocalsplus;
    while (sp > base)
        xdecref(*--sp);
    for (int i = 0; i < f->code->nlocalsplus; i++)
        clearref(&f->localsplus[i]);
    clearref(&f->func);
    decref(OBJ_VAL(f->code));
    clearref(&f->globals);
    clearref(&f->builtins);
    clearref(&f->locals);
    clearref(&f->init_obj);
    f->sp = base;
}

/* A frame returns or unwinds: clear it and give back its slots (a generator keeps its memory). */
static void frame_pop(ThreadState *ts, Frame *f, Value *sp)
{
    /* Leave the recursion depth first, as CPython does: clearing may close
       generators, which run at the caller's depth. */
    ts->py_depth--;
    frame_clear(f, sp);
    if (f->is_gen)
        f->finished = true;
    else
        frame_release_slots(ts, f);
}

/* ---- Binding arguments ---- */

const char *eval_func_name(Value callable, char *buf, size_t size)
{
    Type *t = TYPE_OF(callable);
    if (t == &function_type) {
        FuncObj *f = (FuncObj *)AS_OBJ(callable);
        snprintf(buf, size, "%s", STR_DATA(f->qualname));
    } else if (t == &cfunc_type || t == &method_descr_type) {
        snprintf(buf, size, "%s", ((CFuncObj *)AS_OBJ(callable))->def->name);
    } else if (t == &type_type) {
        snprintf(buf, size, "%s", ((Type *)AS_OBJ(callable))->name);
    } else {
        snprintf(buf, size, "%s object", t->name);
    }
    return buf;
}

/* "'a', 'b', and 'c'" from the names of the missing parameters. */
static void missing_names(StrBuf *b, Value names[], int n)
{
    for (int i = 0; i < n; i++) {
        if (i > 0)
            strbuf_puts(b, n > 2 ? ", " : " ");
        if (i == n - 1 && n > 1)
            strbuf_puts(b, "and ");
        strbuf_putc(b, '\'');
        strbuf_append_str(b, names[i]);
        strbuf_putc(b, '\'');
    }
}

static void raise_missing(FuncObj *f, CodeObj *co, Value *locals, int from, int to, bool kwonly,
                          Value defaults_start)
{
    Value names[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (locals[i] == VNULL)
            names[n++] = TUPLE_ITEMS(co->localsplus_names)[i];
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "%s() missing %d required %s argument%s: ", STR_DATA(f->qualname), n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    missing_names(&b, names, n);
    Value msg = strbuf_finish(&b);
    if (msg != VNULL) {
        exc_raise(&exc_TypeError, "%U", msg);
        decref(msg);
    }
    (void)defaults_start;
}

static void raise_too_many(FuncObj *f, CodeObj *co, size_t given, size_t kwonly_given)
{
    int ndefaults = f->defaults != VNULL ? (int)TUPLE_SIZE(f->defaults) : 0;
    int maxpos = co->argcount, minpos = co->argcount - ndefaults;
    char takes[64];
    if (ndefaults > 0 && minpos != maxpos)
        snprintf(takes, sizeof takes, "from %d to %d positional arguments", minpos, maxpos);
    else
        snprintf(takes, sizeof takes, "%d positional argument%s", maxpos, maxpos == 1 ? "" : "s");
    if (kwonly_given > 0)
        exc_raise(&exc_TypeError,
                  "%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) "
                  "were given",
                  STR_DATA(f->qualname), takes, given, given == 1 ? "" : "s", kwonly_given,
                  kwonly_given == 1 ? "" : "s");
    else
        exc_raise(&exc_TypeError, "%s() takes %s but %zu %s given", STR_DATA(f->qualname), takes,
                  given, given == 1 ? "was" : "were");
}

/*
 * Fill the fast locals of a new frame from a call's arguments (see ::CFunc).
 * The arguments are borrowed; the locals get new references. 0 or -1.
 */
static int bind_args(FuncObj *f, CodeObj *co, Value *locals, const Value *args, size_t nargs,
                     Value kwnames)
{
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    int varargs_slot = (co->flags & CO_VARARGS) ? total : -1;
    int varkw_slot = (co->flags & CO_VARKEYWORDS) ? total + (varargs_slot >= 0) : -1;
    Value kwdict = VNULL;
    for (int i = 0; i < co->nlocalsplus; i++)
        locals[i] = VNULL;
    if (varkw_slot >= 0) {
        kwdict = dict_new();
        if (kwdict == VNULL)
            return -1;
        locals[varkw_slot] = kwdict;
    }
    size_t npos = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < npos; i++)
        locals[i] = newref(args[i]);
    if (varargs_slot >= 0) {
        Value rest = nargs > npos ? tuple_from_array(args + npos, nargs - npos) : tuple_new(0);
        if (rest == VNULL)
            return -1;
        locals[varargs_slot] = rest;
    } else if (nargs > (size_t)argcount) {
        size_t kwonly_given = 0;
        size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
        for (size_t k = 0; k < nkw; k++) {
            Value name = TUPLE_ITEMS(kwnames)[k];
            for (int i = argcount; i < total; i++)
                if (str_eq(TUPLE_ITEMS(co->localsplus_names)[i], name))
                    kwonly_given++;
        }
        raise_too_many(f, co, nargs, kwonly_given);
        return -1;
    }
    /* Keyword arguments. */
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    Value posonly_as_kw[16];
    int nposonly_kw = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEMS(kwnames)[k];
        Value value = args[nargs + k];
        int slot = -1;
        for (int i = co->posonlyargcount; i < total; i++) {
            Value pname = TUPLE_ITEMS(co->localsplus_names)[i];
            if (pname == name || str_eq(pname, name)) {
                slot = i;
                break;
            }
        }
        if (slot < 0) {
            bool is_posonly = false;
            for (int i = 0; i < co->posonlyargcount; i++)
                if (str_eq(TUPLE_ITEMS(co->localsplus_names)[i], name))
                    is_posonly = true;
            if (kwdict != VNULL) {
                if (dict_set(kwdict, name, value) < 0)
                    return -1;
                continue;
            }
            if (is_posonly) {
                if (nposonly_kw < 16)
                    posonly_as_kw[nposonly_kw++] = name;
                continue;
            }
            exc_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%U'",
                      STR_DATA(f->qualname), name);
            return -1;
        }
        if (locals[slot] != VNULL) {
            exc_raise(&exc_TypeError, "%s() got multiple values for argument '%U'",
                      STR_DATA(f->qualname), name);
            return -1;
        }
        locals[slot] = newref(value);
    }
    if (nposonly_kw > 0) {
        StrBuf b;
        strbuf_init(&b);
        for (int i = 0; i < nposonly_kw; i++) {
            if (i > 0)
                strbuf_puts(&b, ", ");
            strbuf_append_str(&b, posonly_as_kw[i]);
        }
        Value names = strbuf_finish(&b);
        if (names != VNULL) {
            exc_raise(&exc_TypeError,
                      "%s() got some positional-only arguments passed as keyword arguments: '%U'",
                      STR_DATA(f->qualname), names);
            decref(names);
        }
        return -1;
    }
    /* Defaults for missing positional parameters. */
    int ndefaults = f->defaults != VNULL ? (int)TUPLE_SIZE(f->defaults) : 0;
    int first_default = argcount - ndefaults;
    for (int i = (int)npos; i < argcount; i++) {
        if (locals[i] != VNULL)
            continue;
        if (i >= first_default) {
            locals[i] = newref(TUPLE_ITEMS(f->defaults)[i - first_default]);
        } else {
            raise_missing(f, co, locals, 0, first_default, false, VNULL);
            return -1;
        }
    }
    /* Keyword-only defaults. */
    bool missing_kw = false;
    for (int i = argcount; i < total; i++) {
        if (locals[i] != VNULL)
            continue;
        Value dflt;
        if (f->kwdefaults != VNULL &&
            dict_lookup_str(f->kwdefaults, TUPLE_ITEMS(co->localsplus_names)[i], &dflt) > 0)
            locals[i] = dflt;
        else
            missing_kw = true;
    }
    if (missing_kw) {
        raise_missing(f, co, locals, argcount, total, true, VNULL);
        return -1;
    }
    return 0;
}

/* Clear the locals filled so far by a failed bind_args(). */
static void unbind(CodeObj *co, Value *locals)
{
    for (int i = 0; i < co->nlocalsplus; i++)
        clearref(&locals[i]);
}

/* Set up the header of a new frame; steals func. */
static void frame_init(Frame *nf, Value func, Frame *prev)
{
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    nf->prev = prev;
    nf->func = func;
    nf->code = (CodeObj *)AS_OBJ(fn->code);
    incref(fn->code);
    nf->globals = newref(fn->globals);
    nf->builtins = newref(fn->builtins);
    nf->locals = VNULL;
    nf->ip = nf->code->code;
    nf->entry = false;
    nf->is_gen = false;
    nf->finished = false;
    nf->init_obj = VNULL;
    nf->sp = nf->localsplus + nf->code->nlocalsplus;
}

static int enter_recursion_check(ThreadState *ts)
{
    if (UNLIKELY(ts->py_depth >= ts->rt->recursion_limit)) {
        if (!ts->recursion_headroom) {
            exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
            return -1;
        }
    }
    ts->py_depth++;
    return 0;
}

/*
 * A new frame for calling Python function func with the given arguments
 * (borrowed). NULL with an exception set on failure.
 */
static Frame *push_call_frame(ThreadState *ts, Value func, const Value *args, size_t nargs,
                              Value kwnames, Frame *prev)
{
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    CodeObj *co = (CodeObj *)AS_OBJ(fn->code);
    if (enter_recursion_check(ts) < 0)
        return NULL;
    Frame *nf = frame_alloc(ts, co);
    if (nf == NULL) {
        ts->py_depth--;
        return NULL;
    }
    if (bind_args(fn, co, nf->localsplus, args, nargs, kwnames) < 0) {
        unbind(co, nf->localsplus);
        ts->py_depth--;
        frame_release_slots(ts, nf);
        return NULL;
    }
    frame_init(nf, newref(func), prev);
    return nf;
}

/* ---- Helpers for instructions ---- */

static Value load_global(Value globals, Value builtins, Value name)
{
    Value v;
    if (dict_lookup_str(globals, name, &v) > 0)
        return v;
    if (dict_lookup_str(builtins, name, &v) > 0)
        return v;
    return exc_raise(&exc_NameError, "name '%U' is not defined", name);
}

static int unpack_iterable(Value seq, Value *sp, int before, int after, bool starred)
{
    /* Items are stored so that the first ends on top: sp[-1] is the first. */
    Type *t = TYPE_OF(seq);
    if (!starred && (t == &tuple_type || t == &list_type)) {
        Value tup = t == &tuple_type ? newref(seq) : list_as_tuple(seq);
        if (tup == VNULL)
            return -1;
        size_t n = TUPLE_SIZE(tup);
        if (n == (size_t)before) {
            for (int i = 0; i < before; i++)
                sp[before - 1 - i] = newref(TUPLE_ITEMS(tup)[i]);
            decref(tup);
            return 0;
        }
        decref(tup);
        if (n < (size_t)before)
            exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %zu)", before, n);
        else
            exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", before);
        return -1;
    }
    if (t->iter == NULL) {
        exc_raise(&exc_TypeError, "cannot unpack non-iterable %s object", t->name);
        return -1;
    }
    Value lst = list_from_iterable(seq);
    if (lst == VNULL)
        return -1;
    Value tup = list_as_tuple(lst);
    decref(lst);
    if (tup == VNULL)
        return -1;
    size_t n = TUPLE_SIZE(tup);
    Value *items = TUPLE_ITEMS(tup);
    if (!starred) {
        if (n != (size_t)before) {
            if (n < (size_t)before)
                exc_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %zu)",
                          before, n);
            else
                exc_raise(&exc_ValueError, "too many values to unpack (expected %d)", before);
            decref(tup);
            return -1;
        }
        for (int i = 0; i < before; i++)
            sp[before - 1 - i] = newref(items[i]);
        decref(tup);
        return 0;
    }
    if (n < (size_t)(before + after)) {
        exc_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                  before + after, n);
        decref(tup);
        return -1;
    }
    int total = before + 1 + after;
    Value middle = list_from_array(items + before, n - (size_t)before - (size_t)after);
    if (middle == VNULL) {
        decref(tup);
        return -1;
    }
    for (int i = 0; i < before; i++)
        sp[total - 1 - i] = newref(items[i]);
    sp[total - 1 - before] = middle;
    for (int i = 0; i < after; i++)
        sp[after - 1 - i] = newref(items[n - (size_t)after + (size_t)i]);
    decref(tup);
    return 0;
}

static int check_except_type(Value t)
{
    if (exc_is_class(t))
        return 0;
    if (tuple_check(t)) {
        for (size_t i = 0; i < TUPLE_SIZE(t); i++)
            if (check_except_type(TUPLE_ITEMS(t)[i]) < 0)
                return -1;
        return 0;
    }
    exc_raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static bool exc_match(Value exc, Value t)
{
    if (tuple_check(t)) {
        for (size_t i = 0; i < TUPLE_SIZE(t); i++)
            if (exc_match(exc, TUPLE_ITEMS(t)[i]))
                return true;
        return false;
    }
    return type_is_subtype(TYPE_OF(exc), (Type *)AS_OBJ(t));
}

/* An exception instance from `raise X`: X may be a class (instantiated) or an instance. */
static Value make_exception(Value x, bool cause)
{
    if (exc_is_class(x))
        return obj_call(x, NULL, 0);
    if (exc_is_instance(x))
        return newref(x);
    if (cause)
        return exc_raise(&exc_TypeError, "exception causes must derive from BaseException");
    return exc_raise(&exc_TypeError, "exceptions must derive from BaseException");
}

static int do_raise(ThreadState *ts, Value exc, Value cause)
{
    Value e = make_exception(exc, false);
    if (e == VNULL)
        return -1;
    if (!exc_is_instance(e)) {
        exc_raise(&exc_TypeError,
                  "calling %R should have returned an instance of BaseException, not %s", exc,
                  obj_type_name(e));
        decref(e);
        return -1;
    }
    if (cause != VNULL) {
        Value c = VNULL;
        if (cause != NONE_VAL) {
            c = make_exception(cause, true);
            if (c == VNULL) {
                decref(e);
                return -1;
            }
        }
        ExcObj *x = (ExcObj *)AS_OBJ(e);
        setref(&x->cause, c);
        x->suppress_context = true;
    }
    exc_raise_instance(e);
    decref(e);
    return -1;
}

/* Build (kwnames, values) from a dict for CALL_EX; values appended to args. */
static int kwargs_from_dict(Value kwargs, Value *kwnames_out, Value **args_io, size_t nargs)
{
    size_t nkw = dict_size(kwargs);
    Value kwnames = tuple_new(nkw);
    if (kwnames == VNULL)
        return -1;
    Value *args = *args_io;
    size_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!str_check(k)) {
            decref(kwnames);
            exc_raise(&exc_TypeError, "keywords must be strings");
            return -1;
        }
        TUPLE_ITEMS(kwnames)[i] = newref(k);
        args[nargs + i] = newref(v);
        i++;
    }
    *kwnames_out = kwnames;
    return 0;
}

static const char *callable_qualname(Value callable, char *buf, size_t size)
{
    if (TYPE_OF(callable) == &function_type) {
        FuncObj *f = (FuncObj *)AS_OBJ(callable);
        if (f->module != VNULL && str_check(f->module))
            snprintf(buf, size, "%s.%s", STR_DATA(f->module), STR_DATA(f->qualname));
        else
            snprintf(buf, size, "%s", STR_DATA(f->qualname));
        return buf;
    }
    return eval_func_name(callable, buf, size);
}

/* ---- Inline caches (code.h) ---- */

/*
 * Free threading: threads running one code object at once would tear each other's cache
 * entries (an entry is several words), so each thread has caches of its own. The first thread
 * to run a code object owns `co->caches`; any other keeps its caches for that code in a
 * table of its own, keyed by the code's unique id (ids are never reused, so an entry for a
 * freed code object is never found again; the table goes when the thread ends).
 */
#define RECENT_CODES 64 /* direct-mapped memo of the table, by code id (a power of two) */

typedef struct ThreadCaches {
    uint64_t *uids;       /* code ids, 0: empty slot */
    InlineCache **caches; /* their caches */
    size_t mask;          /* slots - 1 (a power of two) */
    size_t used;
    struct {
        uint64_t uid;
        InlineCache *caches;
    } recent[RECENT_CODES]; /* tried first: a loop calling a few functions finds them here */
} ThreadCaches;

static _Thread_local ThreadCaches thread_caches;

static bool thread_caches_grow(ThreadCaches *tc)
{
    size_t n = tc->uids == NULL ? 16 : (tc->mask + 1) * 2;
    uint64_t *uids = calloc(n, sizeof *uids);
    InlineCache **caches = calloc(n, sizeof *caches);
    if (uids == NULL || caches == NULL) {
        free(uids);
        free(caches);
        return false;
    }
    for (size_t i = 0; tc->uids != NULL && i <= tc->mask; i++) {
        if (tc->uids[i] == 0)
            continue;
        size_t j = (size_t)tc->uids[i] & (n - 1);
        while (uids[j] != 0)
            j = (j + 1) & (n - 1);
        uids[j] = tc->uids[i];
        caches[j] = tc->caches[i];
    }
    free(tc->uids);
    free(tc->caches);
    tc->uids = uids;
    tc->caches = caches;
    tc->mask = n - 1;
    return true;
}

static NOINLINE InlineCache *thread_caches_of(CodeObj *co)
{
    /* Claim the code's own caches if nobody has; a load first, so that threads running code
     * another thread owns never write its line (a compare-and-swap would, every time). */
    uintptr_t owner = atomic_load_explicit(&co->cache_owner, memory_order_relaxed);
    if (owner == 0 &&
        atomic_compare_exchange_strong_explicit(&co->cache_owner, &owner, rc_thread_id,
                                                memory_order_relaxed, memory_order_relaxed))
        owner = rc_thread_id;
    if (owner == rc_thread_id) {
        if (co->caches == NULL)
            co->caches = calloc(co->ncode, sizeof(InlineCache));
        return co->caches;
    }
    ThreadCaches *tc = &thread_caches;
    if ((tc->used + 1) * 2 > (tc->uids == NULL ? 0 : tc->mask + 1) && !thread_caches_grow(tc))
        return NULL;
    size_t i = (size_t)co->uid & tc->mask;
    while (tc->uids[i] != 0 && tc->uids[i] != co->uid)
        i = (i + 1) & tc->mask;
    if (tc->uids[i] == 0) {
        InlineCache *c = calloc(co->ncode, sizeof(InlineCache));
        if (c == NULL)
            return NULL;
        tc->uids[i] = co->uid;
        tc->caches[i] = c;
        tc->used++;
    }
    size_t r = (size_t)co->uid & (RECENT_CODES - 1);
    tc->recent[r].uid = co->uid;
    tc->recent[r].caches = tc->caches[i];
    return tc->caches[i];
}

static void thread_caches_free(void)
{
    ThreadCaches *tc = &thread_caches;
    for (size_t i = 0; tc->uids != NULL && i <= tc->mask; i++)
        free(tc->caches[i]);
    free(tc->uids);
    free(tc->caches);
    *tc = (ThreadCaches){0};
}

/* The cache entry of the instruction before ip, allocating the caches on first use. */
static inline InlineCache *cache_at(CodeObj *co, const uint32_t *ip)
{
    InlineCache *base;
    size_t r = (size_t)co->uid & (RECENT_CODES - 1);
    if (UNLIKELY(cs_enabled) && thread_caches.recent[r].uid == co->uid) {
        base = thread_caches.recent[r].caches; /* code this thread runs with caches of its own */
    } else if (LIKELY(!cs_enabled)) {
        if (UNLIKELY(co->caches == NULL)) {
            co->caches = calloc(co->ncode, sizeof(InlineCache));
            if (co->caches == NULL)
                return NULL;
        }
        base = co->caches;
    } else {
        base = atomic_load_explicit(&co->cache_owner, memory_order_relaxed) == rc_thread_id
                   ? co->caches
                   : NULL;
        if (UNLIKELY(base == NULL) && (base = thread_caches_of(co)) == NULL)
            return NULL;
    }
    return &base[ip - co->code - 1];
}

/*
 * Free threading: a cache may keep a *value* found in a dict another thread can change, but
 * only an immortal one (never freed, so using it after the dict moved on is as if the read
 * had happened just before), and only while the dict's version is the one read together with
 * it (dicts change version when a value is replaced, under free threading). Mortal values
 * are read with the dict's lock and a new reference each time.
 */
static inline bool ft_cacheable(Value v)
{
    return v == VNULL || !IS_OBJ(v) || rc_is_immortal(AS_OBJ(v));
}

static inline uint64_t dict_version_of(Value d)
{
    return atomic_load_explicit(&((DictObj *)AS_OBJ(d))->version, memory_order_relaxed);
}

/*
 * MAKE_FUNCTION: `globals['__name__']` for the new function's `__module__`, through the
 * instruction's cache under free threading (a closure made in a loop by every thread would
 * otherwise take the shared globals' lock each time); ::VNULL: let func_new() look it up.
 */
static Value module_name_cached(CodeObj *co, const uint32_t *ip, Value globals)
{
    if (LIKELY(!cs_enabled))
        return VNULL;
    InlineCache *c = cache_at(co, ip);
    if (c != NULL && c->kind == CACHE_GLOBAL && c->version == dict_version_of(globals))
        return c->value;
    Value v;
    uint64_t version;
    if (dict_lookup_str_version(globals, NAME(__name__), &v, &version) <= 0)
        return VNULL;
    if (!ft_cacheable(v)) {
        decref(v);
        return VNULL; /* mortal: func_new() looks it up and takes its reference in one go */
    }
    if (c != NULL)
        *c = (InlineCache){.kind = CACHE_GLOBAL, .version = version, .value = v};
    return v;
}

static NOINLINE Value load_global_ft(InlineCache *c, Value globals, Value builtins, Value name)
{
    if (c != NULL && c->version == dict_version_of(globals)) {
        if (c->kind == CACHE_GLOBAL)
            return c->value;
        if (c->kind == CACHE_BUILTIN && c->version2 == dict_version_of(builtins))
            return c->value;
    }
    Value v;
    uint64_t gv, bv;
    if (dict_lookup_str_version(globals, name, &v, &gv) > 0) {
        if (c != NULL && ft_cacheable(v))
            *c = (InlineCache){.kind = CACHE_GLOBAL, .version = gv, .value = v};
        return v;
    }
    if (dict_lookup_str_version(builtins, name, &v, &bv) > 0) {
        if (c != NULL && ft_cacheable(v))
            *c = (InlineCache){.kind = CACHE_BUILTIN, .version = gv, .version2 = bv, .value = v};
        return v;
    }
    return exc_raise(&exc_NameError, "name '%U' is not defined", name);
}

/* LOAD_GLOBAL through the cache; fills it on a miss. */
static Value load_global_cached(CodeObj *co, const uint32_t *ip, Value globals, Value builtins,
                                Value name)
{
    InlineCache *c = cache_at(co, ip);
    if (UNLIKELY(cs_enabled))
        return load_global_ft(c, globals, builtins, name);
    DictObj *g = (DictObj *)AS_OBJ(globals), *b = (DictObj *)AS_OBJ(builtins);
    if (c != NULL && c->version == g->version) {
        if (c->kind == CACHE_GLOBAL)
            return newref(g->entries[c->index].value);
        if (c->kind == CACHE_BUILTIN && c->version2 == b->version)
            return newref(b->entries[c->index].value);
    }
    int64_t ix = dict_lookup_str_index(globals, name);
    if (ix >= 0) {
        if (c != NULL) {
            c->kind = CACHE_GLOBAL;
            c->version = g->version;
            c->index = ix;
        }
        return newref(g->entries[ix].value);
    }
    ix = dict_lookup_str_index(builtins, name);
    if (ix >= 0) {
        if (c != NULL) {
            c->kind = CACHE_BUILTIN;
            c->version = g->version;
            c->version2 = b->version;
            c->index = ix;
        }
        return newref(b->entries[ix].value);
    }
    return exc_raise(&exc_NameError, "name '%U' is not defined", name);
}

static inline Value instance_dict(Value obj, Type *t)
{
    return t->dictoffset != 0 ? *(Value *)((char *)AS_OBJ(obj) + t->dictoffset) : VNULL;
}

/*
 * Does instance dict d hold the interned name? Small dicts (the usual
 * instance) are scanned by key identity, which beats hashing and probing;
 * a key that is an uninterned str equal to the name still counts.
 */
static inline bool instance_dict_has(Value d, Value name)
{
    DictObj *dd = (DictObj *)AS_OBJ(d);
    if (dd->nentries > 8)
        return dict_lookup_str_index(d, name) >= 0;
    for (size_t i = 0; i < dd->nentries; i++) {
        Value k = dd->entries[i].key;
        if (k == name)
            return true;
        if (k != VNULL && str_check(k) && !(AS_OBJ(k)->flags & OBJ_INTERNED) && str_eq(k, name))
            return true;
    }
    return false;
}

/*
 * d[name] for an instance dict, trying first the entry index where the
 * previous lookup at this instruction found it: instances of one class
 * usually hold their attributes at the same positions. 1 with *out a new
 * reference, 0 if absent.
 */
static inline int instance_dict_get(Value d, Value name, int64_t *hint, Value *out)
{
    DictObj *dd = (DictObj *)AS_OBJ(d);
    int64_t i = *hint;
    if (i >= 0 && (size_t)i < dd->nentries && dd->entries[i].key == name) {
        *out = newref(dd->entries[i].value);
        return 1;
    }
    i = dict_lookup_str_index(d, name);
    if (i < 0)
        return 0;
    *hint = i;
    *out = newref(dd->entries[i].value);
    return 1;
}

/*
 * Free threading: the instance dict of obj, borrowed. Safe without a reference: a dict is
 * replaced only while every other thread is stopped (obj_set_instance_dict()), and none stops
 * inside the one instruction that uses it.
 */
static inline Value ft_instance_dict(Value obj, Type *t)
{
    if (t->dictoffset == 0)
        return VNULL;
    return atomic_load_explicit((_Atomic Value *)((char *)AS_OBJ(obj) + t->dictoffset),
                                memory_order_acquire);
}

/* Free threading: name from the instance dict of obj, in its critical section. */
static inline bool ft_instance_get(Value obj, Value name, int64_t *hint, Value *out)
{
    Value d = ft_instance_dict(obj, TYPE_OF(obj));
    return d != VNULL && dict_get_str_hint(d, name, hint, out) > 0;
}

/* Classify what type_lookup found for an attribute cache. */
static CacheKind attr_kind(Value descr)
{
    if (descr == VNULL)
        return CACHE_ATTR_NONE;
    Type *dt = TYPE_OF(descr);
    if (dt->descr_set != NULL && dt->descr_get != NULL)
        return CACHE_ATTR_DATA;
    if (dt->descr_get != NULL)
        return CACHE_ATTR_METHOD;
    return CACHE_ATTR_PLAIN;
}

/* LOAD_ATTR through the cache, for types with the generic attribute lookup and modules. */
static Value load_attr_cached(CodeObj *co, const uint32_t *ip, Value obj, Value name)
{
    Type *t = TYPE_OF(obj);
    InlineCache *c = cache_at(co, ip);
    if (c == NULL)
        return obj_getattr(obj, name);
    if (t == &module_type && UNLIKELY(cs_enabled)) {
        Value d = ((ModuleObj *)AS_OBJ(obj))->dict, v;
        uint64_t version;
        if (c->type == t && c->kind == CACHE_MODULE && c->version == dict_version_of(d))
            return c->value;
        if (dict_lookup_str_version(d, name, &v, &version) > 0) {
            if (ft_cacheable(v))
                *c = (InlineCache){.type = t, .kind = CACHE_MODULE, .version = version, .value = v};
            return v;
        }
        return obj_getattr(obj, name);
    }
    if (t == &module_type) {
        DictObj *d = (DictObj *)AS_OBJ(((ModuleObj *)AS_OBJ(obj))->dict);
        if (c->type == t && c->kind == CACHE_MODULE && c->version == d->version)
            return newref(d->entries[c->index].value);
        int64_t ix = dict_lookup_str_index(OBJ_VAL(d), name);
        if (ix >= 0) {
            c->type = t;
            c->kind = CACHE_MODULE;
            c->version = d->version;
            c->index = ix;
            return newref(d->entries[ix].value);
        }
        return obj_getattr(obj, name);
    }
    if (t->getattr != obj_generic_getattr)
        return obj_getattr(obj, name);
    if (c->type != t || c->version != t->version_tag) {
        Value descr = type_lookup(t, name);
        c->type = t;
        c->version = t->version_tag;
        c->value = descr;
        c->kind = attr_kind(descr);
        c->index = -1;
        if (UNLIKELY(cs_enabled) && !ft_cacheable(descr))
            c->kind = CACHE_ATTR_GENERIC; /* another thread may replace and free it */
    }
    Value v;
    switch (c->kind) {
    case CACHE_ATTR_DATA:
        return TYPE_OF(c->value)->descr_get(c->value, obj, OBJ_VAL(t));
    case CACHE_ATTR_NONE:
    case CACHE_ATTR_PLAIN:
    case CACHE_ATTR_METHOD: {
        if (UNLIKELY(cs_enabled)) {
            if (ft_instance_get(obj, name, &c->index, &v))
                return v;
        } else {
            Value d = instance_dict(obj, t);
            if (d != VNULL && (c->kind == CACHE_ATTR_NONE || instance_dict_has(d, name)) &&
                instance_dict_get(d, name, &c->index, &v))
                return v;
        }
        if (c->kind == CACHE_ATTR_PLAIN)
            return newref(c->value);
        if (c->kind == CACHE_ATTR_METHOD)
            return TYPE_OF(c->value)->descr_get(c->value, obj, OBJ_VAL(t));
        break;
    }
    default:
        break;
    }
    return obj_getattr(obj, name);
}

/* STORE_ATTR through the cache: straight into the instance dict when no data descriptor. */
static int store_attr_cached(CodeObj *co, const uint32_t *ip, Value obj, Value name, Value v)
{
    Type *t = TYPE_OF(obj);
    InlineCache *c = cache_at(co, ip);
    if (c == NULL || t->setattr != obj_generic_setattr || t->dictoffset == 0)
        return obj_setattr(obj, name, v);
    if (c->type != t || c->version != t->version_tag) {
        Value descr = type_lookup(t, name);
        c->type = t;
        c->version = t->version_tag;
        c->kind = descr != VNULL && TYPE_OF(descr)->descr_set != NULL ? CACHE_ATTR_DATA
                                                                       : CACHE_STORE_DICT;
        c->index = -1;
    }
    if (c->kind != CACHE_STORE_DICT)
        return obj_setattr(obj, name, v);
    if (UNLIKELY(cs_enabled)) {
        Value d = ft_instance_dict(obj, t);
        if (d == VNULL) {
            /* The first attribute: create the dict (once, by compare-and-swap). */
            d = obj_instance_dict(obj, true);
            if (d == VNULL)
                return -1;
            decref(d);
        }
        return dict_set_str_hint(d, name, v, &c->index);
    }
    Value *slot = (Value *)((char *)AS_OBJ(obj) + t->dictoffset);
    if (*slot == VNULL && (*slot = dict_new()) == VNULL)
        return -1;
    DictObj *d = (DictObj *)AS_OBJ(*slot);
    int64_t i = c->index;
    if (i >= 0 && (size_t)i < d->nentries && d->entries[i].key == name) {
        /* Same key at the remembered position: replacing a value keeps the dict's version. */
        setref(&d->entries[i].value, newref(v));
        return 0;
    }
    /* One probe: the store also says where the key now is (-2: unknown, no hint). */
    int64_t ix = dict_set_str_index(*slot, name, v);
    if (ix == -1)
        return -1;
    c->index = ix;
    return 0;
}

/* ---- Numeric fast paths ---- */

/* The value of a float, or of a small int that converts to double exactly (|i| <= 2**53). */
static inline bool fast_double(Value v, double *out)
{
    if (IS_SMALLINT(v)) {
        intptr_t i = AS_SMALLINT(v);
        if (i > ((intptr_t)1 << 53) || i < -((intptr_t)1 << 53))
            return false;
        *out = (double)i;
        return true;
    }
    if (AS_OBJ(v)->type == &float_type) {
        *out = FLOAT_AS_DOUBLE(v);
        return true;
    }
    return false;
}

#if defined(__GNUC__)
/* Inlined even into eval_frame(), where GCC's size limits stop ordinary inlining. */
#define EVAL_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define EVAL_ALWAYS_INLINE inline
#endif

/*
 * A float fast path's result d replaces its operands a, b at sp[-2], sp[-1]; false if out of
 * memory. An operand float that nothing else references (a temporary such as the `zr * zr` in
 * `zr * zr - zi * zi`) would be freed here: it takes d in place instead, which saves both the
 * allocation and the deallocation. It must be inlined: as a call it costs more than it saves
 * (measured: mandelbrot +8% cycles when GCC declined to inline it).
 */
static EVAL_ALWAYS_INLINE bool float_result(Value *sp, Value a, Value b, double d)
{
    if (IS_OBJ(a) && AS_OBJ(a)->type == &float_type && rc_is_unique(AS_OBJ(a))) {
        FLOAT_AS_DOUBLE(a) = d;
        sp[-2] = a;
        decref(b);
        return true;
    }
    if (IS_OBJ(b) && AS_OBJ(b)->type == &float_type && rc_is_unique(AS_OBJ(b))) {
        FLOAT_AS_DOUBLE(b) = d;
        sp[-2] = b;
        decref(a);
        return true;
    }
    Value r = float_new(d);
    if (UNLIKELY(r == VNULL))
        return false;
    sp[-2] = r;
    decref(a);
    decref(b);
    return true;
}

/* a OP b when one operand is a float and both convert exactly; VNULL without error otherwise. */
static inline bool float_pair(Value a, Value b, double *x, double *y)
{
    if (IS_SMALLINT(a) && IS_SMALLINT(b))
        return false;
    return fast_double(a, x) && fast_double(b, y);
}

/* ---- The breaker ---- */

int eval_handle_breaker(ThreadState *ts)
{
    uint32_t bits = thread_breaker_pending(ts);
    Runtime *rt = ts->rt;
    if (bits & BREAKER_GC) {
        thread_breaker_clear(ts, BREAKER_GC);
        gc_maybe_collect(rt);
    }
    if (bits & BREAKER_SIGNAL) {
        thread_breaker_clear(ts, BREAKER_SIGNAL);
        if (ts == rt->main_thread && atomic_exchange(&rt->signal_pending, 0)) {
            exc_raise_empty(&exc_KeyboardInterrupt);
            return -1;
        }
    }
    uint32_t other = bits & ~(BREAKER_GC | BREAKER_SIGNAL);
    if (other && rt->strategy->handle_breaker != NULL)
        strategy_handle_breaker(ts, other);
    return 0;
}

/*
 * gil-legacy's instruction budget ran out (ts->ticks): as CPython 2's ticker, the check runs
 * between any two instructions, not only at back edges and calls, so a thread can lose the
 * lock in the middle of `counter += 1`. Only the lock changes hands here; signals, collections
 * and the rest wait for the next ordinary breaker check, where raising is allowed. The
 * frame's sp is saved, so a collection run meanwhile by another thread sees this stack.
 */
static NOINLINE void eval_tick(ThreadState *ts)
{
    strategy_handle_breaker(ts, BREAKER_TICK);
}

/* ---- The loop ---- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

static Value eval_frame(ThreadState *ts, Frame *frame, bool throwing)
{
#ifdef GILVM_COMPUTED_GOTO
    static void *const plain_table[OPCODE_COUNT] = {
#define OP_LABEL(name, effect, flags) &&L_##name,
        OPCODES(OP_LABEL)
#undef OP_LABEL
    };
    /* gil-legacy counts instructions: each entry counts, then jumps to the opcode's code. */
    static void *const tick_table[OPCODE_COUNT] = {
#define OP_TICK_LABEL(name, effect, flags) &&T_##name,
        OPCODES(OP_TICK_LABEL)
#undef OP_TICK_LABEL
    };
    void *const *dispatch_table = ts->tick_interval ? tick_table : plain_table;
#endif
    CodeObj *co;
    Value *locals;
    Value *consts;
    Value *names;
    const uint32_t *ip;
    Value *sp;
    uint32_t word, arg;
    Value result = VNULL;

    frame->entry = true;
    ts->frame = frame;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        co = frame->code;                                                                          \
        locals = frame->localsplus;                                                                \
        consts = TUPLE_ITEMS(co->consts);                                                          \
        names = TUPLE_ITEMS(co->names);                                                            \
        ip = frame->ip;                                                                            \
        sp = frame->sp;                                                                            \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        frame->ip = ip;                                                                            \
        frame->sp = sp;                                                                            \
    } while (0)

    LOAD_FRAME();
    if (throwing) {
        /* gen.throw(): the exception appears at the suspended yield. */
        word = ip[-1];
        goto error;
    }

    for (;;) {
        word = *ip++;
        arg = INSTR_ARG(word);
#ifndef GILVM_COMPUTED_GOTO
        if (UNLIKELY(ts->tick_interval != 0) && --ts->ticks <= 0) {
            SAVE_FRAME();
            eval_tick(ts);
        }
#endif
#ifdef GILVM_DEBUG_TRACE_EXEC
        fprintf(stderr, "%4td %-20s %u depth=%td\n", ip - 1 - co->code, opcode_name(INSTR_OP(word)),
                arg, sp - (locals + co->nlocalsplus));
#endif
        vmdispatch(INSTR_OP(word))
        {
        vmcase(NOP) vmbreak;

        vmcase(POP_TOP)
        {
            Value v = POP();
            xdecref(v);
            vmbreak;
        }

        vmcase(PUSH_NULL)
        {
            PUSH(VNULL);
            vmbreak;
        }

        vmcase(COPY)
        {
            Value v = PEEK(arg);
            PUSH(newref(v));
            vmbreak;
        }

        vmcase(SWAP)
        {
            Value t = TOP();
            TOP() = PEEK(arg);
            PEEK(arg) = t;
            vmbreak;
        }

        vmcase(LOAD_CONST)
        {
            Value v = consts[arg];
            PUSH(newref(v));
            vmbreak;
        }

        vmcase(LOAD_FAST)
        {
            Value v = locals[arg];
            if (UNLIKELY(v == VNULL)) {
                exc_raise(&exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value",
                          TUPLE_ITEMS(co->localsplus_names)[arg]);
                goto error;
            }
            PUSH(newref(v));
            vmbreak;
        }

        vmcase(STORE_FAST)
        {
            Value v = POP();
            Value old = locals[arg];
            locals[arg] = v;
            xdecref(old);
            vmbreak;
        }

        vmcase(DELETE_FAST)
        {
            Value old = locals[arg];
            if (old == VNULL) {
                exc_raise(&exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value",
                          TUPLE_ITEMS(co->localsplus_names)[arg]);
                goto error;
            }
            locals[arg] = VNULL;
            decref(old);
            vmbreak;
        }

        vmcase(MAKE_CELL)
        {
            Value v = locals[arg];
            Value cell = cell_new(v);
            if (cell == VNULL)
                goto error;
            locals[arg] = cell;
            xdecref(v);
            vmbreak;
        }

        vmcase(COPY_FREE_VARS)
        {
            FuncObj *fn = (FuncObj *)AS_OBJ(frame->func);
            int first = co->nlocalsplus - (int)arg;
            for (uint32_t i = 0; i < arg; i++)
                locals[first + (int)i] = newref(TUPLE_ITEMS(fn->closure)[i]);
            vmbreak;
        }

        vmcase(LOAD_DEREF)
        {
            CellObj *cell = (CellObj *)AS_OBJ(locals[arg]);
            Value v = cell_get(cell);
            if (UNLIKELY(v == VNULL)) {
                Value name = TUPLE_ITEMS(co->localsplus_names)[arg];
                if (co->localsplus_kinds[arg] & LOCAL_KIND_FREE)
                    exc_raise(&exc_NameError,
                              "cannot access free variable '%U' where it is not associated with a "
                              "value in enclosing scope",
                              name);
                else
                    exc_raise(&exc_UnboundLocalError,
                              "cannot access local variable '%U' where it is not associated with a "
                              "value",
                              name);
                goto error;
            }
            PUSH(v);
            vmbreak;
        }

        vmcase(STORE_DEREF)
        {
            CellObj *cell = (CellObj *)AS_OBJ(locals[arg]);
            cell_set(cell, POP());
            vmbreak;
        }

        vmcase(DELETE_DEREF)
        {
            CellObj *cell = (CellObj *)AS_OBJ(locals[arg]);
            Value old = cell_get(cell);
            if (old == VNULL) {
                exc_raise(&exc_UnboundLocalError,
                          "cannot access local variable '%U' where it is not associated with a value",
                          TUPLE_ITEMS(co->localsplus_names)[arg]);
                goto error;
            }
            decref(old);
            cell_set(cell, VNULL);
            vmbreak;
        }

        vmcase(LOAD_CLOSURE)
        {
            PUSH(newref(locals[arg]));
            vmbreak;
        }

        vmcase(LOAD_GLOBAL)
        {
            Value v = load_global_cached(co, ip, frame->globals, frame->builtins, names[arg]);
            if (v == VNULL)
                goto error;
            PUSH(v);
            vmbreak;
        }

        vmcase(STORE_GLOBAL)
        {
            Value v = POP();
            int rc = dict_set(frame->globals, names[arg], v);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(DELETE_GLOBAL)
        {
            if (dict_del(frame->globals, names[arg]) < 0) {
                if (exc_matches(&exc_KeyError)) {
                    exc_clear();
                    exc_raise(&exc_NameError, "name '%U' is not defined", names[arg]);
                }
                goto error;
            }
            vmbreak;
        }

        vmcase(LOAD_NAME)
        {
            Value name = names[arg];
            Value v;
            int found = 0;
            if (frame->locals != VNULL) {
                found = dict_lookup(frame->locals, name, &v);
                if (found < 0)
                    goto error;
            }
            if (!found) {
                v = load_global(frame->globals, frame->builtins, name);
                if (v == VNULL)
                    goto error;
            }
            PUSH(v);
            vmbreak;
        }

        vmcase(STORE_NAME)
        {
            Value v = POP();
            Value ns = frame->locals != VNULL ? frame->locals : frame->globals;
            int rc = obj_setitem(ns, names[arg], v);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(DELETE_NAME)
        {
            Value ns = frame->locals != VNULL ? frame->locals : frame->globals;
            if (obj_delitem(ns, names[arg]) < 0) {
                if (exc_matches(&exc_KeyError)) {
                    exc_clear();
                    exc_raise(&exc_NameError, "name '%U' is not defined", names[arg]);
                }
                goto error;
            }
            vmbreak;
        }

        vmcase(LOAD_ATTR)
        {
            Value obj = TOP();
            Value v = load_attr_cached(co, ip, obj, names[arg]);
            if (v == VNULL)
                goto error;
            TOP() = v;
            decref(obj);
            vmbreak;
        }

        vmcase(LOAD_METHOD)
        {
            Value obj = TOP();
            Value name = names[arg];
            Type *t = TYPE_OF(obj);
            InlineCache *c = t->getattr == obj_generic_getattr ? cache_at(co, ip) : NULL;
            if (c != NULL) {
                if (c->type != t || c->version != t->version_tag) {
                    Value descr = type_lookup(t, name);
                    c->type = t;
                    c->version = t->version_tag;
                    c->value = descr;
                    Type *dt = descr != VNULL ? TYPE_OF(descr) : NULL;
                    c->kind = dt == &method_descr_type || dt == &function_type ? CACHE_ATTR_METHOD
                                                                               : CACHE_ATTR_NONE;
                    if (UNLIKELY(cs_enabled) && !ft_cacheable(descr))
                        c->kind = CACHE_ATTR_NONE; /* another thread may replace and free it */
                }
                if (c->kind == CACHE_ATTR_METHOD) {
                    Value shadow, d = instance_dict(obj, t);
                    int64_t nohint = -1;
                    if (UNLIKELY(cs_enabled) ? ft_instance_get(obj, name, &nohint, &shadow)
                                             : d != VNULL && instance_dict_has(d, name) &&
                                                   dict_lookup_str(d, name, &shadow) > 0) {
                        TOP() = shadow;
                        decref(obj);
                        PUSH(VNULL);
                        vmbreak;
                    }
                    TOP() = newref(c->value);
                    PUSH(obj);
                    vmbreak;
                }
            }
            /* `math.sqrt(x)`: a module's attribute, through the module cache of LOAD_ATTR
             * (free threading: no lock on the module dict every thread reads). */
            Value v = t == &module_type ? load_attr_cached(co, ip, obj, name)
                                        : obj_getattr(obj, name);
            if (v == VNULL)
                goto error;
            TOP() = v;
            decref(obj);
            PUSH(VNULL);
            vmbreak;
        }

        vmcase(STORE_ATTR)
        {
            Value obj = POP();
            Value v = POP();
            int rc = store_attr_cached(co, ip, obj, names[arg], v);
            decref(obj);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(DELETE_ATTR)
        {
            Value obj = POP();
            int rc = obj_setattr(obj, names[arg], VNULL);
            decref(obj);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(BINARY_ADD)
        vmcase(INPLACE_ADD)
        {
            Value b = TOP(), a = SECOND(), r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                intptr_t x;
                /* Tagged addition: (2a+1) + (2b+1) - 1 = 2(a+b)+1, overflow-checked. */
                if (!__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &x)) {
                    sp--;
                    TOP() = (Value)x;
                    vmbreak;
                }
            }
            double x = 0.0, y = 0.0;
            if (float_pair(a, b, &x, &y)) {
                if (!float_result(sp, a, b, x + y))
                    goto error;
                sp--;
                vmbreak;
            }
            if (str_check(a) && str_check(b)) {
                r = str_concat(a, b);
            } else if (INSTR_OP(word) == OP_INPLACE_ADD) {
                r = obj_inplace(a, b, BINOP_ADD);
            } else {
                r = obj_binop(a, b, BINOP_ADD);
            }
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(BINARY_SUB)
        vmcase(INPLACE_SUB)
        {
            Value b = TOP(), a = SECOND(), r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                intptr_t x;
                if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &x)) {
                    sp--;
                    TOP() = (Value)x;
                    vmbreak;
                }
            }
            double x = 0.0, y = 0.0;
            if (float_pair(a, b, &x, &y)) {
                if (!float_result(sp, a, b, x - y))
                    goto error;
                sp--;
                vmbreak;
            }
            if (INSTR_OP(word) == OP_INPLACE_SUB)
                r = obj_inplace(a, b, BINOP_SUB);
            else
                r = obj_binop(a, b, BINOP_SUB);
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(BINARY_MUL)
        {
            Value b = TOP(), a = SECOND(), r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                intptr_t x;
                if (!__builtin_mul_overflow(AS_SMALLINT(a), AS_SMALLINT(b), &x) && SMALLINT_FITS(x)) {
                    sp--;
                    TOP() = SMALLINT_VAL(x);
                    vmbreak;
                }
            }
            double x = 0.0, y = 0.0;
            if (float_pair(a, b, &x, &y)) {
                if (!float_result(sp, a, b, x * y))
                    goto error;
                sp--;
                vmbreak;
            }
            r = obj_binop(a, b, BINOP_MUL);
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(BINARY_OP)
        {
            Value b = TOP(), a = SECOND();
            Value r;
            double x = 0.0, y = 0.0;
            if (IS_SMALLINT(a) && IS_SMALLINT(b) && AS_SMALLINT(b) != 0 &&
                (arg == BINOP_FLOORDIV || arg == BINOP_MOD)) {
                /* Python's floor division and modulo: the result takes the divisor's sign. */
                intptr_t n = AS_SMALLINT(a), d = AS_SMALLINT(b);
                intptr_t q = n / d, m = n % d;
                if (m != 0 && ((m ^ d) < 0)) {
                    m += d;
                    q--;
                }
                intptr_t res = arg == BINOP_MOD ? m : q;
                if (SMALLINT_FITS(res)) {
                    sp--;
                    TOP() = SMALLINT_VAL(res);
                    vmbreak;
                }
            }
            if (arg == BINOP_TRUEDIV && fast_double(a, &x) && fast_double(b, &y) && y != 0.0) {
                if (!float_result(sp, a, b, x / y))
                    goto error;
                sp--;
                vmbreak;
            }
            r = obj_binop(a, b, (BinOp)arg);
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(INPLACE_OP)
        {
            Value b = TOP(), a = SECOND();
            Value r = obj_inplace(a, b, (BinOp)arg);
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(UNARY_NEG)
        vmcase(UNARY_POS)
        vmcase(UNARY_INVERT)
        {
            Value a = TOP();
            UnOp op = INSTR_OP(word) == OP_UNARY_NEG   ? UNOP_NEG
                      : INSTR_OP(word) == OP_UNARY_POS ? UNOP_POS
                                                       : UNOP_INVERT;
            Value r = obj_unop(a, op);
            if (r == VNULL)
                goto error;
            TOP() = r;
            decref(a);
            vmbreak;
        }

        vmcase(UNARY_NOT)
        {
            Value a = TOP();
            int t = obj_truth(a);
            if (t < 0)
                goto error;
            TOP() = BOOL_VAL(!t);
            decref(a);
            vmbreak;
        }

        vmcase(COMPARE_OP)
        {
            Value b = TOP(), a = SECOND(), r;
            if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
                intptr_t x = (intptr_t)a, y = (intptr_t)b;
                bool t;
                switch ((CmpOp)arg) {
                case CMP_LT: t = x < y; break;
                case CMP_LE: t = x <= y; break;
                case CMP_EQ: t = x == y; break;
                case CMP_NE: t = x != y; break;
                case CMP_GT: t = x > y; break;
                default: t = x >= y; break;
                }
                sp--;
                TOP() = BOOL_VAL(t);
                vmbreak;
            }
            double x = 0.0, y = 0.0;
            if (float_pair(a, b, &x, &y)) {
                bool t;
                switch ((CmpOp)arg) {
                case CMP_LT: t = x < y; break;
                case CMP_LE: t = x <= y; break;
                case CMP_EQ: t = x == y; break;
                case CMP_NE: t = x != y; break;
                case CMP_GT: t = x > y; break;
                default: t = x >= y; break;
                }
                sp--;
                TOP() = BOOL_VAL(t);
                decref(a);
                decref(b);
                vmbreak;
            }
            r = obj_compare(a, b, (CmpOp)arg);
            if (r == VNULL)
                goto error;
            sp--;
            TOP() = r;
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(IS_OP)
        {
            Value b = POP(), a = TOP();
            TOP() = BOOL_VAL((a == b) != (arg == 1));
            decref(a);
            decref(b);
            vmbreak;
        }

        vmcase(CONTAINS_OP)
        {
            Value container = TOP(), item = SECOND();
            int r = obj_contains(container, item);
            if (r < 0)
                goto error;
            sp--;
            TOP() = BOOL_VAL(r != (int)arg);
            decref(container);
            decref(item);
            vmbreak;
        }

        vmcase(BINARY_SUBSCR)
        {
            Value key = TOP(), obj = SECOND(), r;
            Type *t = TYPE_OF(obj);
            if (t == &list_type && IS_SMALLINT(key)) {
                intptr_t i = AS_SMALLINT(key);
                if (i < 0)
                    i += (intptr_t)list_size(obj);
                r = list_item_fast(obj, i);
                if (r == VNULL) {
                    exc_raise(&exc_IndexError, "list index out of range");
                    goto error;
                }
            } else if (t == &tuple_type && IS_SMALLINT(key)) {
                intptr_t i = AS_SMALLINT(key);
                if (i < 0)
                    i += (intptr_t)TUPLE_SIZE(obj);
                if (i < 0 || (size_t)i >= TUPLE_SIZE(obj)) {
                    exc_raise(&exc_IndexError, "tuple index out of range");
                    goto error;
                }
                r = newref(TUPLE_ITEMS(obj)[i]);
            } else {
                r = obj_getitem(obj, key);
                if (r == VNULL)
                    goto error;
            }
            sp--;
            TOP() = r;
            decref(obj);
            decref(key);
            vmbreak;
        }

        vmcase(STORE_SUBSCR)
        {
            Value key = TOP(), obj = SECOND(), v = PEEK(3);
            if (AS_OBJ(obj)->type == &list_type && IS_SMALLINT(key)) {
                intptr_t i = AS_SMALLINT(key);
                if (i < 0)
                    i += (intptr_t)list_size(obj);
                if (!list_store_fast(obj, i, v)) {
                    exc_raise(&exc_IndexError, "list assignment index out of range");
                    goto error;
                }
            } else if (obj_setitem(obj, key, v) < 0) {
                goto error;
            }
            sp -= 3;
            decref(key);
            decref(obj);
            decref(v);
            vmbreak;
        }

        vmcase(DELETE_SUBSCR)
        {
            Value key = TOP(), obj = SECOND();
            if (obj_delitem(obj, key) < 0)
                goto error;
            sp -= 2;
            decref(key);
            decref(obj);
            vmbreak;
        }

        vmcase(BUILD_SLICE)
        {
            Value step = arg == 3 ? POP() : VNULL;
            Value stop = POP(), start = POP();
            Value s = slice_new(start, stop, step);
            decref(start);
            decref(stop);
            xdecref(step);
            if (s == VNULL)
                goto error;
            PUSH(s);
            vmbreak;
        }

        vmcase(BUILD_TUPLE)
        {
            Value t = tuple_new(arg);
            if (t == VNULL)
                goto error;
            sp -= arg;
            for (uint32_t i = 0; i < arg; i++)
                TUPLE_ITEMS(t)[i] = sp[i];
            PUSH(t);
            vmbreak;
        }

        vmcase(BUILD_LIST)
        {
            Value l = list_from_array(sp - arg, arg);
            if (l == VNULL)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                decref(*--sp);
            PUSH(l);
            vmbreak;
        }

        vmcase(BUILD_MAP)
        {
            Value d = dict_new();
            if (d == VNULL)
                goto error;
            Value *items = sp - 2 * arg;
            for (uint32_t i = 0; i < arg; i++) {
                if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) {
                    decref(d);
                    goto error;
                }
            }
            for (uint32_t i = 0; i < 2 * arg; i++)
                decref(*--sp);
            PUSH(d);
            vmbreak;
        }

        vmcase(FORMAT_VALUE)
        {
            Value spec = (arg & 0x100) ? POP() : VNULL;
            Value v = TOP();
            Value r;
            if (spec == VNULL && (arg & 0xFF) == 0 && TYPE_OF(v) == &str_type)
                r = newref(v);
            else
                r = format_fstring_value(v, (int)(arg & 0xFF), spec);
            xdecref(spec);
            if (r == VNULL)
                goto error;
            TOP() = r;
            decref(v);
            vmbreak;
        }

        vmcase(BUILD_STRING)
        {
            StrBuf b;
            strbuf_init(&b);
            for (uint32_t i = arg; i > 0; i--)
                strbuf_append_str(&b, PEEK(i));
            Value r = strbuf_finish(&b);
            if (r == VNULL)
                goto error;
            for (uint32_t i = 0; i < arg; i++)
                decref(*--sp);
            PUSH(r);
            vmbreak;
        }

        vmcase(LIST_APPEND)
        {
            Value v = POP();
            int rc = list_append(PEEK(arg), v);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(BUILD_SET)
        {
            Value st = set_new();
            if (st == VNULL)
                goto error;
            for (uint32_t i = 0; i < arg; i++) {
                if (set_add(st, sp[(ptrdiff_t)i - (ptrdiff_t)arg]) < 0) {
                    decref(st);
                    goto error;
                }
            }
            for (uint32_t i = 0; i < arg; i++)
                decref(*--sp);
            PUSH(st);
            vmbreak;
        }

        vmcase(SET_ADD)
        {
            Value v = POP();
            int rc = set_add(PEEK(arg), v);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(SET_UPDATE)
        {
            Value it = POP();
            int rc = set_update(PEEK(arg), it);
            decref(it);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(MAP_ADD)
        {
            Value v = POP(), k = POP();
            int rc = dict_set(PEEK(arg), k, v);
            decref(k);
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(LIST_EXTEND)
        {
            Value it = POP();
            int rc = list_extend(PEEK(arg), it);
            if (rc < 0 && exc_matches(&exc_TypeError) && TYPE_OF(it)->iter == NULL) {
                exc_clear();
                exc_raise(&exc_TypeError, "Value after * must be an iterable, not %s",
                          obj_type_name(it));
            }
            decref(it);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(LIST_TO_TUPLE)
        {
            Value l = TOP();
            Value t = list_as_tuple(l);
            if (t == VNULL)
                goto error;
            TOP() = t;
            decref(l);
            vmbreak;
        }

        vmcase(DICT_UPDATE)
        {
            Value other = POP();
            int rc = dict_update(PEEK(arg), other);
            if (rc < 0 && exc_matches(&exc_AttributeError)) {
                exc_clear();
                exc_raise(&exc_TypeError, "'%s' object is not a mapping", obj_type_name(other));
            }
            decref(other);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(DICT_MERGE)
        {
            Value other = POP();
            Value callable = PEEK(arg + 3);
            char fname[256];
            if (!dict_check(other)) {
                Value keys = obj_getattr_cstr(other, "keys");
                if (keys == VNULL) {
                    if (exc_matches(&exc_AttributeError)) {
                        exc_clear();
                        exc_raise(&exc_TypeError, "%s() argument after ** must be a mapping, not %s",
                                  callable_qualname(callable, fname, sizeof fname),
                                  obj_type_name(other));
                    }
                    decref(other);
                    goto error;
                }
                decref(keys);
            }
            Value d = PEEK(arg);
            int rc = 0;
            Value src = dict_check(other) ? newref(other) : dict_new();
            if (src != VNULL && !dict_check(other) && dict_update(src, other) < 0)
                clearref(&src);
            if (src == VNULL) {
                decref(other);
                goto error;
            }
            size_t pos = 0;
            Value k, v;
            while (dict_next(src, &pos, &k, &v)) {
                Value existing;
                int found = dict_lookup(d, k, &existing);
                if (found > 0) {
                    decref(existing);
                    if (str_check(k))
                        exc_raise(&exc_TypeError, "%s() got multiple values for keyword argument '%U'",
                                  callable_qualname(callable, fname, sizeof fname), k);
                    else
                        exc_raise(&exc_TypeError, "keywords must be strings");
                    rc = -1;
                    break;
                }
                if (found < 0 || dict_set(d, k, v) < 0) {
                    rc = -1;
                    break;
                }
            }
            decref(src);
            decref(other);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(UNPACK_SEQUENCE)
        {
            Value seq = POP();
            if (unpack_iterable(seq, sp, (int)arg, 0, false) < 0) {
                decref(seq);
                goto error;
            }
            sp += arg;
            decref(seq);
            vmbreak;
        }

        vmcase(UNPACK_EX)
        {
            Value seq = POP();
            int before = (int)(arg & 0xFF), after = (int)(arg >> 8);
            if (unpack_iterable(seq, sp, before, after, true) < 0) {
                decref(seq);
                goto error;
            }
            sp += before + 1 + after;
            decref(seq);
            vmbreak;
        }

        vmcase(GET_ITER)
        {
            Value obj = TOP();
            Value it = obj_iter(obj);
            if (it == VNULL)
                goto error;
            TOP() = it;
            decref(obj);
            vmbreak;
        }

        vmcase(FOR_ITER)
        {
            Value it = TOP();
            Type *t = AS_OBJ(it)->type;
            if (t == &range_iter_type) {
                RangeIterObj *r = (RangeIterObj *)AS_OBJ(it);
                if (r->left > 0) {
                    int64_t v = r->next;
                    r->next += r->step;
                    r->left--;
                    if (LIKELY(SMALLINT_FITS(v))) {
                        PUSH(SMALLINT_VAL(v));
                    } else {
                        Value bv = int_from_i64(v);
                        if (bv == VNULL)
                            goto error;
                        PUSH(bv);
                    }
                    vmbreak;
                }
            } else {
                Value v = t->iternext(it);
                if (v != VNULL) {
                    PUSH(v);
                    vmbreak;
                }
                if (exc_occurred()) {
                    if (!exc_matches(&exc_StopIteration))
                        goto error;
                    exc_clear();
                }
            }
            sp--;
            decref(it);
            ip = co->code + arg;
            vmbreak;
        }

        vmcase(JUMP_FORWARD)
        {
            ip = co->code + arg;
            vmbreak;
        }

        vmcase(JUMP_BACKWARD)
        {
            /* Check before jumping, so an exception raised here belongs to this instruction. */
            if (UNLIKELY(thread_breaker_pending(ts))) {
                SAVE_FRAME();
                if (eval_handle_breaker(ts) < 0)
                    goto error;
            }
            ip = co->code + arg;
            vmbreak;
        }

        vmcase(POP_JUMP_IF_FALSE)
        {
            Value v = POP();
            int t;
            if (v == TRUE_VAL)
                t = 1;
            else if (v == FALSE_VAL)
                t = 0;
            else {
                t = obj_truth(v);
                decref(v);
                if (t < 0)
                    goto error;
            }
            if (!t)
                ip = co->code + arg;
            vmbreak;
        }

        vmcase(POP_JUMP_IF_TRUE)
        {
            Value v = POP();
            int t;
            if (v == TRUE_VAL)
                t = 1;
            else if (v == FALSE_VAL)
                t = 0;
            else {
                t = obj_truth(v);
                decref(v);
                if (t < 0)
                    goto error;
            }
            if (t)
                ip = co->code + arg;
            vmbreak;
        }

        vmcase(JUMP_IF_FALSE_OR_POP)
        {
            int t = obj_truth(TOP());
            if (t < 0)
                goto error;
            if (!t) {
                ip = co->code + arg;
            } else {
                Value v = POP();
                decref(v);
            }
            vmbreak;
        }

        vmcase(JUMP_IF_TRUE_OR_POP)
        {
            int t = obj_truth(TOP());
            if (t < 0)
                goto error;
            if (t) {
                ip = co->code + arg;
            } else {
                Value v = POP();
                decref(v);
            }
            vmbreak;
        }

        vmcase(CALL)
        vmcase(CALL_KW)
        {
            Value kwnames = VNULL;
            uint32_t n = arg;
            if (INSTR_OP(word) == OP_CALL_KW)
                kwnames = POP();
            Value *args = sp - n;
            Value self = args[-1];
            Value callable = args[-2];
            Value *cargs = args;
            size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
            size_t cn = n - nkw;
            if (self != VNULL) {
                cargs = args - 1;
                cn++;
            }
            if (UNLIKELY(thread_breaker_pending(ts))) {
                SAVE_FRAME();
                if (eval_handle_breaker(ts) < 0) {
                    xdecref(kwnames);
                    goto error;
                }
            }
            Type *ct = TYPE_OF(callable);
            if (ct == &method_type && self == VNULL) {
                /* A bound method: call its function with self in the empty slot. */
                MethodObj *m = (MethodObj *)AS_OBJ(callable);
                self = newref(m->self);
                args[-1] = self;
                args[-2] = newref(m->func);
                decref(callable);
                callable = args[-2];
                cargs = args - 1;
                cn++;
                ct = TYPE_OF(callable);
            }
            Value init_obj = VNULL;
            if (ct == &type_type && self == VNULL) {
                /* A class whose construction is "new instance, then a Python __init__":
                   run __init__ in this loop, with the instance in the self slot. */
                Value initf = typeobj_plain_init((Type *)AS_OBJ(callable));
                if (initf != VNULL) {
                    init_obj = typeobj_alloc_plain((Type *)AS_OBJ(callable));
                    if (init_obj == VNULL) {
                        xdecref(kwnames);
                        goto error;
                    }
                    args[-1] = self = newref(init_obj);
                    args[-2] = newref(initf);
                    decref(callable);
                    callable = args[-2];
                    cargs = args - 1;
                    cn++;
                    ct = &function_type;
                }
            }
            if (ct == &function_type) {
                FuncObj *fn = (FuncObj *)AS_OBJ(callable);
                CodeObj *fco = (CodeObj *)AS_OBJ(fn->code);
                Frame *nf;
                if (UNLIKELY(fco->flags & CO_GENERATOR)) {
                    SAVE_FRAME();
                    Value g = gen_new_from_call(ts, callable, cargs, cn, kwnames);
                    xdecref(kwnames);
                    while (sp > args - 2)
                        xdecref(*--sp);
                    if (g != VNULL && init_obj != VNULL) {
                        exc_raise(&exc_TypeError, "__init__() should return None, not 'generator'");
                        clearref(&g);
                    }
                    xdecref(init_obj);
                    if (g == VNULL)
                        goto error;
                    PUSH(g);
                    vmbreak;
                }
                if (kwnames == VNULL && cn == (size_t)fco->argcount &&
                    !(fco->flags & (CO_VARARGS | CO_VARKEYWORDS)) && fco->kwonlyargcount == 0) {
                    /* Fast path: move the arguments straight into the new frame. */
                    if (enter_recursion_check(ts) < 0) {
                        xdecref(init_obj);
                        goto error;
                    }
                    nf = frame_alloc(ts, fco);
                    if (nf == NULL) {
                        ts->py_depth--;
                        xdecref(init_obj);
                        goto error;
                    }
                    /* A plain loop: a libc memcpy call costs more for a few words. */
                    for (size_t i = 0; i < cn; i++)
                        nf->localsplus[i] = cargs[i];
                    for (int i = (int)cn; i < fco->nlocalsplus; i++)
                        nf->localsplus[i] = VNULL;
                    frame_init(nf, callable, frame);
                    sp = args - 2;
                } else {
                    nf = push_call_frame(ts, callable, cargs, cn, kwnames, frame);
                    xdecref(kwnames);
                    if (nf == NULL) {
                        xdecref(init_obj);
                        goto error;
                    }
                    while (sp > args - 2)
                        xdecref(*--sp);
                }
                nf->init_obj = init_obj;
                SAVE_FRAME();
                frame = nf;
                ts->frame = frame;
                LOAD_FRAME();
                vmbreak;
            }
            Value r;
            if (ct == &method_descr_type && self != VNULL) {
                CFuncObj *m = (CFuncObj *)AS_OBJ(callable);
                SAVE_FRAME();
                r = cfunc_invoke(m->def, m->owner, self, args, n - nkw, kwnames);
            } else {
                SAVE_FRAME();
                r = obj_call_kw(callable, cargs, cn, kwnames);
            }
            xdecref(kwnames);
            while (sp > args - 2)
                xdecref(*--sp);
            if (r == VNULL)
                goto error;
            PUSH(r);
            vmbreak;
        }

        vmcase(CALL_EX)
        {
            Value kwargs = (arg & 1) ? POP() : VNULL;
            Value posargs = POP();
            Value self = POP();
            Value callable = TOP();
            char fname[256];
            if (!tuple_check(posargs)) {
                if (TYPE_OF(posargs)->iter == NULL) {
                    exc_raise(&exc_TypeError, "%s() argument after * must be an iterable, not %s",
                              callable_qualname(callable, fname, sizeof fname),
                              obj_type_name(posargs));
                    xdecref(kwargs);
                    decref(posargs);
                    xdecref(self);
                    goto error;
                }
                Value t = tuple_from_iterable(posargs);
                decref(posargs);
                if (t == VNULL) {
                    xdecref(kwargs);
                    xdecref(self);
                    goto error;
                }
                posargs = t;
            }
            size_t np = TUPLE_SIZE(posargs);
            size_t nkw = kwargs != VNULL ? dict_size(kwargs) : 0;
            size_t total = np + (self != VNULL) + nkw;
            Value small[16];
            Value *argv = total <= 16 ? small : malloc(total * sizeof(Value));
            if (argv == NULL) {
                exc_nomemory();
                xdecref(kwargs);
                decref(posargs);
                xdecref(self);
                goto error;
            }
            size_t na = 0;
            if (self != VNULL)
                argv[na++] = newref(self);
            for (size_t i = 0; i < np; i++)
                argv[na++] = newref(TUPLE_ITEMS(posargs)[i]);
            Value kwnames = VNULL;
            int rc = 0;
            if (kwargs != VNULL && nkw > 0)
                rc = kwargs_from_dict(kwargs, &kwnames, &argv, na);
            size_t nvals = na + (kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0);
            Value r = VNULL;
            Frame *nf = NULL;
            if (rc == 0) {
                SAVE_FRAME();
                if (TYPE_OF(callable) == &function_type &&
                    !(((CodeObj *)AS_OBJ(((FuncObj *)AS_OBJ(callable))->code))->flags & CO_GENERATOR))
                    nf = push_call_frame(ts, callable, argv, na, kwnames, frame);
                else
                    r = obj_call_kw(callable, argv, na, kwnames);
            }
            for (size_t i = 0; i < nvals; i++)
                decref(argv[i]);
            if (argv != small)
                free(argv);
            xdecref(kwnames);
            xdecref(kwargs);
            decref(posargs);
            xdecref(self);
            if (nf != NULL) {
                sp--;
                decref(callable);
                SAVE_FRAME();
                frame = nf;
                ts->frame = frame;
                LOAD_FRAME();
                vmbreak;
            }
            if (r == VNULL)
                goto error;
            TOP() = r;
            decref(callable);
            vmbreak;
        }

        vmcase(MAKE_FUNCTION)
        {
            Value code = POP();
            Value closure = (arg & 0x08) ? POP() : VNULL;
            Value kwdefaults = (arg & 0x02) ? POP() : VNULL;
            Value defaults = (arg & 0x01) ? POP() : VNULL;
            Value f = func_new(code, frame->globals, frame->builtins,
                               module_name_cached(co, ip, frame->globals));
            if (f == VNULL) {
                decref(code);
                xdecref(closure);
                xdecref(kwdefaults);
                xdecref(defaults);
                goto error;
            }
            FuncObj *fn = (FuncObj *)AS_OBJ(f);
            fn->closure = closure;
            fn->kwdefaults = kwdefaults;
            fn->defaults = defaults;
            CodeObj *fco = (CodeObj *)AS_OBJ(code);
            if (fco->flags & CO_HAS_DOCSTRING)
                fn->doc = newref(TUPLE_ITEMS(fco->consts)[0]);
            if (!(co->flags & CO_OPTIMIZED)) {
                /* Defined at module or class level: every thread may call it. */
                rc_share(AS_OBJ(f));
                code_share(fco);
                rc_share(AS_OBJ(frame->globals));
                rc_share(AS_OBJ(frame->builtins));
            }
            decref(code);
            PUSH(f);
            vmbreak;
        }

        vmcase(RETURN_VALUE)
        {
            Value r = POP();
            if (frame->entry) {
                result = r;
                goto exit_frame;
            }
            Frame *caller = frame->prev;
            Value made = frame->init_obj;
            frame->init_obj = VNULL;
            frame_pop(ts, frame, sp);
            frame = caller;
            ts->frame = frame;
            LOAD_FRAME();
            if (UNLIKELY(made != VNULL)) {
                /* The __init__ of a class call returned: the call's value is the instance. */
                if (r != NONE_VAL) {
                    exc_raise(&exc_TypeError, "__init__() should return None, not '%s'",
                              obj_type_name(r));
                    decref(r);
                    decref(made);
                    goto error;
                }
                decref(r);
                r = made;
            }
            PUSH(r);
            vmbreak;
        }

        vmcase(RAISE_VARARGS)
        {
            if (arg == 0) {
                if (ts->handled == VNULL) {
                    exc_raise(&exc_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                exc_restore(newref(ts->handled));
                goto exception_unwind;
            }
            Value cause = arg == 2 ? POP() : VNULL;
            Value exc = POP();
            do_raise(ts, exc, cause);
            decref(exc);
            xdecref(cause);
            goto error;
        }

        vmcase(RERAISE)
        {
            Value exc = POP();
            exc_restore(exc);
            goto exception_unwind;
        }

        vmcase(PUSH_EXC_INFO)
        {
            Value exc = POP();
            Value prev = ts->handled;
            PUSH(prev != VNULL ? prev : NONE_VAL);
            ts->handled = newref(exc);
            PUSH(exc);
            vmbreak;
        }

        vmcase(POP_EXCEPT)
        {
            Value prev = POP();
            setref(&ts->handled, prev == NONE_VAL ? VNULL : prev);
            vmbreak;
        }

        vmcase(CHECK_EXC_MATCH)
        {
            Value t = TOP(), exc = SECOND();
            if (check_except_type(t) < 0)
                goto error;
            bool m = exc_match(exc, t);
            TOP() = BOOL_VAL(m);
            decref(t);
            vmbreak;
        }

        vmcase(LOAD_ASSERTION_ERROR)
        {
            PUSH(OBJ_VAL(&exc_AssertionError));
            vmbreak;
        }

        vmcase(LOAD_BUILD_CLASS)
        {
            Value bc;
            if (dict_lookup_cstr(frame->builtins, "__build_class__", &bc) <= 0) {
                exc_raise(&exc_NameError, "__build_class__ not found");
                goto error;
            }
            PUSH(bc);
            vmbreak;
        }

        vmcase(BEFORE_WITH)
        {
            Value mgr = TOP();
            Type *mt = TYPE_OF(mgr);
            Value enter = type_lookup(mt, NAME(__enter__));
            if (enter == VNULL) {
                exc_raise(&exc_TypeError, "'%s' object does not support the context manager protocol",
                          mt->name);
                goto error;
            }
            Value exitf = type_lookup(mt, NAME(__exit__));
            if (exitf == VNULL) {
                exc_raise(&exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed "
                          "__exit__ method)",
                          mt->name);
                goto error;
            }
            Value exit_bound = TYPE_OF(exitf)->descr_get != NULL
                                   ? TYPE_OF(exitf)->descr_get(exitf, mgr, OBJ_VAL(mt))
                                   : newref(exitf);
            if (exit_bound == VNULL)
                goto error;
            Value enter_bound = TYPE_OF(enter)->descr_get != NULL
                                    ? TYPE_OF(enter)->descr_get(enter, mgr, OBJ_VAL(mt))
                                    : newref(enter);
            if (enter_bound == VNULL) {
                decref(exit_bound);
                goto error;
            }
            SAVE_FRAME();
            Value res = obj_call(enter_bound, NULL, 0);
            decref(enter_bound);
            if (res == VNULL) {
                decref(exit_bound);
                goto error;
            }
            TOP() = exit_bound;
            decref(mgr);
            PUSH(res);
            vmbreak;
        }

        vmcase(WITH_EXIT)
        {
            Value exitf = POP();
            Value nones[3] = {NONE_VAL, NONE_VAL, NONE_VAL};
            SAVE_FRAME();
            Value r = obj_call(exitf, nones, 3);
            decref(exitf);
            if (r == VNULL)
                goto error;
            decref(r);
            vmbreak;
        }

        vmcase(WITH_EXCEPT_START)
        {
            Value exc = TOP(), exitf = PEEK(3);
            ExcObj *e = (ExcObj *)AS_OBJ(exc);
            Value args[3] = {OBJ_VAL(TYPE_OF(exc)), exc,
                             e->traceback != VNULL ? e->traceback : NONE_VAL};
            SAVE_FRAME();
            Value r = obj_call(exitf, args, 3);
            if (r == VNULL)
                goto error;
            PUSH(r);
            vmbreak;
        }

        vmcase(IMPORT_NAME)
        {
            Value fromlist = POP();
            Value level = POP();
            SAVE_FRAME();
            Value m = import_name(ts, names[arg], fromlist, level, frame->globals);
            decref(fromlist);
            decref(level);
            if (m == VNULL)
                goto error;
            PUSH(m);
            vmbreak;
        }

        vmcase(IMPORT_FROM)
        {
            Value v = import_from(TOP(), names[arg]);
            if (v == VNULL)
                goto error;
            PUSH(v);
            vmbreak;
        }

        vmcase(IMPORT_STAR)
        {
            Value m = POP();
            int rc = import_star(m, frame->locals != VNULL ? frame->locals : frame->globals);
            decref(m);
            if (rc < 0)
                goto error;
            vmbreak;
        }

        vmcase(YIELD_VALUE)
        {
            Value v = POP();
            frame->ip = ip;
            frame->sp = sp;
            ts->frame = frame->prev;
            ts->py_depth--;
            return v;
        }

        vmcase(GET_YIELD_FROM_ITER)
        {
            Value obj = TOP();
            if (TYPE_OF(obj) != &gen_type) {
                Value it = obj_iter(obj);
                if (it == VNULL)
                    goto error;
                TOP() = it;
                decref(obj);
            }
            vmbreak;
        }

        vmcase(SEND)
        {
            Value v = TOP(), receiver = SECOND();
            Value r;
            SAVE_FRAME();
            if (TYPE_OF(receiver) == &gen_type) {
                r = gen_send_value(receiver, v, true);
            } else if (v == NONE_VAL) {
                Type *rt = TYPE_OF(receiver);
                r = rt->iternext != NULL ? rt->iternext(receiver) : obj_next(receiver);
            } else {
                Value m = obj_getattr_cstr(receiver, "send");
                r = m != VNULL ? obj_call(m, &v, 1) : VNULL;
                xdecref(m);
            }
            if (r != VNULL) {
                TOP() = r;
                decref(v);
                vmbreak;
            }
            /* Finished: the result of `yield from` is the StopIteration value. */
            Value result;
            if (gen_fetch_stop_value(&result) < 0)
                goto error;
            sp -= 2;
            decref(v);
            decref(receiver);
            PUSH(result);
            ip = co->code + arg;
            vmbreak;
        }

        vmcase(PRINT_EXPR)
        {
            Value v = POP();
            int rc = 0;
            if (v != NONE_VAL) {
                Value r = obj_repr(v);
                if (r == VNULL) {
                    rc = -1;
                } else {
                    fwrite(STR_DATA(r), 1, STR_NBYTES(r), stdout);
                    fputc('\n', stdout);
                    decref(r);
                    rc = dict_set_cstr(ts->rt->builtins, "_", v);
                }
            }
            decref(v);
            if (rc < 0)
                goto error;
            vmbreak;
        }
        }
        continue;

    error:
        /* A new exception in this frame: record where. */
        CHECK(exc_occurred());
        frame->ip = ip;
        traceback_here(ts, frame);
    exception_unwind:
        for (;;) {
            uint32_t at = (uint32_t)(ip - co->code - 1);
            const ExcEntry *h = NULL;
            for (uint32_t i = 0; i < co->nexc; i++) {
                if (at >= co->exctable[i].start && at < co->exctable[i].end) {
                    h = &co->exctable[i];
                    break;
                }
            }
            if (h != NULL) {
                Value *base = locals + co->nlocalsplus + h->depth;
                while (sp > base)
                    xdecref(*--sp);
                PUSH(exc_fetch());
                ip = co->code + h->target;
                break;
            }
            /* No handler here: leave the frame; the caller's call fails in turn. */
            if (frame->entry)
                goto exit_frame;
            Frame *caller = frame->prev;
            frame_pop(ts, frame, sp);
            frame = caller;
            ts->frame = frame;
            LOAD_FRAME();
            frame->ip = ip;
            traceback_here(ts, frame);
        }
    }

#ifdef GILVM_COMPUTED_GOTO
    /* The counting entries of tick_table: when the instruction budget runs out, the
       strategy releases and retakes the lock right here, before this instruction. */
#define OP_TICK_ENTRY(name, effect, flags)                                                          \
    T_##name : if (UNLIKELY(--ts->ticks <= 0)) {                                                   \
        SAVE_FRAME();                                                                              \
        eval_tick(ts);                                                                             \
    }                                                                                              \
    goto L_##name;
    OPCODES(OP_TICK_ENTRY)
#undef OP_TICK_ENTRY
#endif

exit_frame:
    /* Pop the entry frame; the caller of eval_frame owns the result. */
    ts->frame = frame->prev;
    frame_pop(ts, frame, sp);
    return result;
}

#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK

/* Run a frame entered from C, guarding the C stack. */
static Value run_entry_frame(ThreadState *ts, Frame *f, bool throwing)
{
    ts->c_depth++;
    if (UNLIKELY(thread_c_stack_low(ts))) {
        ts->c_depth--;
        ts->frame = f->prev;
        if (throwing)
            exc_clear();
        frame_pop(ts, f, f->sp);
        return exc_raise(&exc_RecursionError, "maximum recursion depth exceeded");
    }
    Value r = eval_frame(ts, f, throwing);
    ts->c_depth--;
    return r;
}

Value eval_call_function(ThreadState *ts, Value func, const Value *args, size_t nargs,
                         Value kwnames)
{
    if (((CodeObj *)AS_OBJ(((FuncObj *)AS_OBJ(func))->code))->flags & CO_GENERATOR)
        return gen_new_from_call(ts, func, args, nargs, kwnames);
    Frame *f = push_call_frame(ts, func, args, nargs, kwnames, ts->frame);
    if (f == NULL)
        return VNULL;
    return run_entry_frame(ts, f, false);
}

Frame *eval_gen_frame_new(ThreadState *ts, Value func, const Value *args, size_t nargs,
                          Value kwnames)
{
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    CodeObj *co = (CodeObj *)AS_OBJ(fn->code);
    size_t n = FRAME_HEADER_SLOTS + (size_t)co->nlocalsplus + (size_t)co->stacksize;
    Frame *f = malloc(n * sizeof(Value));
    if (f == NULL) {
        exc_nomemory();
        return NULL;
    }
    if (bind_args(fn, co, f->localsplus, args, nargs, kwnames) < 0) {
        unbind(co, f->localsplus);
        free(f);
        return NULL;
    }
    frame_init(f, newref(func), NULL);
    f->is_gen = true;
    f->entry = true;
    (void)ts;
    return f;
}

void eval_gen_frame_free(Frame *f)
{
    if (!f->finished)
        frame_clear(f, f->sp);
    free(f);
}

Value eval_gen_resume(ThreadState *ts, Frame *f, bool throwing)
{
    if (enter_recursion_check(ts) < 0) {
        /* The generator ends with the RecursionError (a thrown exception is dropped), as in
         * CPython: left suspended, its dealloc would try to close it, still too deep. */
        frame_clear(f, f->sp);
        f->finished = true;
        return VNULL;
    }
    f->prev = ts->frame;
    f->entry = true;
    return run_entry_frame(ts, f, throwing);
}

Value eval_class_body(ThreadState *ts, Value func, Value ns)
{
    Frame *f = push_call_frame(ts, func, NULL, 0, VNULL, ts->frame);
    if (f == NULL)
        return VNULL;
    f->locals = newref(ns);
    return run_entry_frame(ts, f, false);
}

Value eval_code(ThreadState *ts, Value code, Value globals, Value locals)
{
    CodeObj *co = (CodeObj *)AS_OBJ(code);
    if (enter_recursion_check(ts) < 0)
        return VNULL;
    Frame *f = frame_alloc(ts, co);
    if (f == NULL) {
        ts->py_depth--;
        return VNULL;
    }
    Value builtins = newref(ts->rt->builtins);
    f->prev = ts->frame;
    f->func = VNULL;
    f->code = co;
    incref(code);
    f->globals = newref(globals);
    f->builtins = builtins;
    f->locals = locals != VNULL && locals != globals ? newref(locals) : VNULL;
    f->ip = co->code;
    f->sp = f->localsplus + co->nlocalsplus;
    f->is_gen = false;
    f->finished = false;
    f->init_obj = VNULL;
    for (int i = 0; i < co->nlocalsplus; i++)
        f->localsplus[i] = VNULL;
    return run_entry_frame(ts, f, false);
}
