// SPDX-License-Identifier: MIT
/** @file genobj.c @brief Generators (see genobj.h). */
#include "genobj.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "args.h"
#include "code.h"
#include "eval.h"
#include "exc.h"
#include "frame.h"
#include "int.h"
#include "opcodes.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

Value gen_new_from_call(ThreadState *ts, Value func, const Value *args, size_t nargs,
                        Value kwnames)
{
    Frame *f = eval_gen_frame_new(ts, func, args, nargs, kwnames);
    if (f == NULL)
        return VNULL;
    GenObj *g = (GenObj *)alloc_object(&gen_type);
    if (g == NULL) {
        eval_gen_frame_free(f);
        return VNULL;
    }
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    g->frame = f;
    g->name = newref(fn->name);
    g->qualname = newref(fn->qualname);
    gc_track(&g->base);
    return OBJ_VAL(g);
}

/*
 * Run the generator: send `send` in (or raise the pending exception at the
 * yield when throwing). *returned tells a yield (false) from the end of the
 * generator (true: the result is its return value, or VNULL with an error).
 */
/*
 * Claim the generator for a run in the calling thread: false if it is running (in this thread
 * or another). The exchange makes two threads that resume it at once see one winner; acquire
 * and release order one run's frame changes before the next run, wherever it runs.
 */
static bool gen_claim(GenObj *g)
{
    return !atomic_exchange_explicit(&g->running, true, memory_order_acquire);
}

static void gen_unclaim(GenObj *g)
{
    atomic_store_explicit(&g->running, false, memory_order_release);
}

static Value resume(GenObj *g, Value send, bool throwing, bool *returned)
{
    ThreadState *ts = thread_current();
    *returned = false;
    if (!gen_claim(g)) {
        if (throwing)
            exc_clear();
        return exc_raise(&exc_ValueError, "generator already executing");
    }
    Frame *f = g->frame;
    if (f == NULL || f->finished) {
        gen_unclaim(g);
        *returned = true;
        return throwing ? VNULL : newref(NONE_VAL);
    }
    if (!g->started) {
        if (throwing) {
            /* Thrown into before it ran: it finishes with that exception. */
            eval_gen_frame_free(f);
            g->frame = NULL;
            gen_unclaim(g);
            *returned = true;
            return VNULL;
        }
        if (send != NONE_VAL) {
            gen_unclaim(g);
            return exc_raise(&exc_TypeError,
                             "can't send non-None value to a just-started generator");
        }
    } else if (!throwing) {
        *f->sp++ = newref(send);
    }
    Value saved = ts->handled;
    ts->handled = g->handled;
    g->handled = VNULL;
    g->started = true;
    Value r = eval_gen_resume(ts, f, throwing);
    g->handled = ts->handled;
    ts->handled = saved;
    if (!f->finished) {
        gen_unclaim(g);
        return r;
    }
    *returned = true;
    clearref(&g->handled);
    gen_unclaim(g); /* after the last look at its state: another thread may run it now */
    if (r == VNULL && exc_matches(&exc_StopIteration)) {
        /* PEP 479: a StopIteration escaping a generator becomes a RuntimeError. */
        Value stop = exc_fetch();
        Value err = exc_new_fmt(&exc_RuntimeError, "generator raised StopIteration");
        if (err != VNULL) {
            ExcObj *e = (ExcObj *)AS_OBJ(err);
            e->cause = newref(stop);
            e->context = newref(stop);
            e->suppress_context = true;
            exc_restore(err);
        }
        decref(stop);
    }
    return r;
}

static Value raise_stop(Value value)
{
    if (value == NONE_VAL) {
        decref(value);
        return exc_raise_empty(&exc_StopIteration);
    }
    exc_raise_arg(&exc_StopIteration, value);
    decref(value);
    return VNULL;
}

Value gen_send_value(Value gen, Value v, bool unused)
{
    (void)unused;
    bool returned;
    Value r = resume((GenObj *)AS_OBJ(gen), v, false, &returned);
    if (returned && r != VNULL)
        return raise_stop(r);
    return r;
}

int gen_fetch_stop_value(Value *out)
{
    if (!exc_occurred()) {
        *out = newref(NONE_VAL);
        return 0;
    }
    if (!exc_matches(&exc_StopIteration))
        return -1;
    Value e = exc_fetch();
    Value args = ((ExcObj *)AS_OBJ(e))->args;
    *out = newref(TUPLE_SIZE(args) > 0 ? TUPLE_ITEMS(args)[0] : NONE_VAL);
    decref(e);
    return 0;
}

static Value gen_iternext(Value self)
{
    bool returned;
    Value r = resume((GenObj *)AS_OBJ(self), NONE_VAL, false, &returned);
    if (returned && r != VNULL) {
        /* Exhausted: a return value travels in StopIteration; None needs no exception. */
        if (r == NONE_VAL) {
            decref(r);
            return VNULL;
        }
        return raise_stop(r);
    }
    return r;
}

static Value gen_iter(Value self)
{
    return newref(self);
}

static Value m_send(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return gen_send_value(self, args[0], false);
}

/* The sub-iterator a suspended `yield from` delegates to, or VNULL. */
static Value yield_from_target(GenObj *g)
{
    Frame *f = g->frame;
    if (f == NULL || f->finished || !g->started || f->ip <= f->code->code)
        return VNULL;
    uint32_t w = f->ip[-1];
    if (INSTR_OP(w) != OP_YIELD_VALUE || INSTR_ARG(w) != 1)
        return VNULL;
    return f->sp[-1];
}

/* The sub-iterator finished with `value`: leave the yield-from loop with that result. */
static Value finish_yield_from(GenObj *g, Value value)
{
    Frame *f = g->frame;
    /* The loop is SEND exit; YIELD_VALUE 1; JUMP_BACKWARD to the SEND. */
    uint32_t jump = f->ip[0];
    uint32_t send = f->code->code[INSTR_ARG(jump)];
    f->ip = f->code->code + INSTR_ARG(send);
    Value sub = *--f->sp;
    decref(sub);
    Value r = gen_send_value(OBJ_VAL(g), value, false);
    decref(value);
    return r;
}

/* sub.close() for a sub-iterator that is not a generator (if it has close). */
static Value close_subiterator(Value sub)
{
    Value m = obj_getattr_cstr(sub, "close");
    if (m == VNULL) {
        if (exc_matches(&exc_AttributeError)) {
            exc_clear();
            return newref(NONE_VAL);
        }
        return VNULL;
    }
    Value r = obj_call(m, NULL, 0);
    decref(m);
    return r;
}

static Value gen_close_value(GenObj *g);

/* Raise exc (an instance, stolen) inside the generator. */
static Value throw_into(GenObj *g, Value exc)
{
    Value sub = yield_from_target(g);
    if (sub != VNULL) {
        incref(sub);
        Value r;
        if (!gen_claim(g)) {
            decref(sub);
            decref(exc);
            return exc_raise(&exc_ValueError, "generator already executing");
        }
        if (type_is_subtype(TYPE_OF(exc), &exc_GeneratorExit)) {
            r = TYPE_OF(sub) == &gen_type ? gen_close_value((GenObj *)AS_OBJ(sub))
                                          : close_subiterator(sub);
            gen_unclaim(g);
            decref(sub);
            if (r == VNULL) {
                decref(exc);
                exc = exc_fetch();
            } else {
                decref(r);
            }
        } else {
            if (TYPE_OF(sub) == &gen_type) {
                r = throw_into((GenObj *)AS_OBJ(sub), newref(exc));
            } else {
                Value m = obj_getattr_cstr(sub, "throw");
                if (m == VNULL) {
                    gen_unclaim(g);
                    decref(sub);
                    if (!exc_matches(&exc_AttributeError)) {
                        decref(exc);
                        return VNULL;
                    }
                    exc_clear();
                    goto throw_here;
                }
                r = obj_call(m, &exc, 1);
                decref(m);
            }
            gen_unclaim(g);
            decref(sub);
            if (r != VNULL) {
                decref(exc);
                return r;
            }
            decref(exc);
            Value value;
            if (gen_fetch_stop_value(&value) == 0)
                return finish_yield_from(g, value);
            exc = exc_fetch();
        }
    }
throw_here:
    exc_restore(exc);
    bool returned;
    Value r = resume(g, NONE_VAL, true, &returned);
    if (returned && r != VNULL)
        return raise_stop(r);
    return r;
}

static Value m_throw(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("throw", nargs, 1, 3) < 0)
        return VNULL;
    Value typ = args[0], val = nargs > 1 ? args[1] : NONE_VAL;
    Value exc;
    if (exc_is_class(typ)) {
        if (exc_is_instance(val) && obj_isinstance(val, (Type *)AS_OBJ(typ)))
            exc = newref(val);
        else if (val == NONE_VAL)
            exc = obj_call(typ, NULL, 0);
        else if (tuple_check(val))
            exc = obj_call(typ, TUPLE_ITEMS(val), TUPLE_SIZE(val));
        else
            exc = obj_call(typ, &val, 1);
        if (exc == VNULL)
            return VNULL;
    } else if (exc_is_instance(typ)) {
        if (val != NONE_VAL)
            return exc_raise(&exc_TypeError, "instance exception may not have a separate value");
        exc = newref(typ);
    } else {
        return exc_raise(&exc_TypeError,
                         "exceptions must be classes or instances deriving from BaseException, "
                         "not %s",
                         obj_type_name(typ));
    }
    return throw_into((GenObj *)AS_OBJ(self), exc);
}

/* gen.close(): None, or VNULL with an exception. */
static Value gen_close_value(GenObj *g)
{
    if (g->frame == NULL || g->frame->finished || !g->started) {
        if (g->frame != NULL && !g->started) {
            eval_gen_frame_free(g->frame);
            g->frame = NULL;
        }
        return newref(NONE_VAL);
    }
    Value exit = exc_new(&exc_GeneratorExit, NULL, 0);
    if (exit == VNULL)
        return VNULL;
    Value r = throw_into(g, exit);
    if (r != VNULL) {
        decref(r);
        return exc_raise(&exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (exc_matches(&exc_GeneratorExit) || exc_matches(&exc_StopIteration)) {
        exc_clear();
        return newref(NONE_VAL);
    }
    return VNULL;
}

static Value m_close(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return gen_close_value((GenObj *)AS_OBJ(self));
}

static void gen_dealloc(Obj *o)
{
    GenObj *g = (GenObj *)o;
    gc_untrack(o);
    if (g->frame != NULL && g->started && !g->frame->finished) {
        /* A suspended generator is closed, so its finally blocks run. */
        rc_incref(o);
        Value saved = exc_fetch();
        Value r = gen_close_value(g);
        if (r == VNULL) {
            Value e = exc_fetch();
            fflush(stdout);
            fprintf(stderr, "Exception ignored in: <generator object %s at %p>\n",
                    STR_DATA(g->qualname), (void *)g);
            if (e != VNULL) {
                traceback_print_exception(e, stderr);
                decref(e);
            }
        } else {
            decref(r);
        }
        exc_restore(saved);
        atomic_store_explicit(&o->rc_local, 0, memory_order_relaxed);
    }
    if (g->frame != NULL)
        eval_gen_frame_free(g->frame);
    xdecref(g->name);
    xdecref(g->qualname);
    xdecref(g->handled);
    alloc_free(o);
}

static void visit_value(Value v, VisitFn visit, void *arg)
{
    if (v != VNULL && IS_OBJ(v))
        visit(AS_OBJ(v), arg);
}

static void gen_traverse(Obj *o, VisitFn visit, void *arg)
{
    GenObj *g = (GenObj *)o;
    visit_value(g->handled, visit, arg);
    Frame *f = g->frame;
    if (f == NULL || f->finished)
        return;
    visit_value(f->func, visit, arg);
    visit(&f->code->base, arg);
    visit_value(f->globals, visit, arg);
    visit_value(f->builtins, visit, arg);
    visit_value(f->locals, visit, arg);
    /* A running frame's sp is saved only at calls and breaker checks, so the slots
     * below it may be stale; skip them, as CPython does for an executing frame.
     * Leaving references out only makes their targets look reachable. */
    if (atomic_load_explicit(&g->running, memory_order_relaxed))
        return;
    for (Value *p = f->localsplus; p < f->sp; p++)
        visit_value(*p, visit, arg);
}

static void gen_clear(Obj *o)
{
    GenObj *g = (GenObj *)o;
    clearref(&g->handled);
    if (g->frame != NULL && !atomic_load_explicit(&g->running, memory_order_relaxed)) {
        eval_gen_frame_free(g->frame);
        g->frame = NULL;
    }
}

static Value gen_repr(Value v)
{
    GenObj *g = (GenObj *)AS_OBJ(v);
    return str_printf("<generator object %s at %p>", STR_DATA(g->qualname), (void *)g);
}

static Value get_name(Value self)
{
    return newref(((GenObj *)AS_OBJ(self))->name);
}

static Value get_qualname(Value self)
{
    return newref(((GenObj *)AS_OBJ(self))->qualname);
}

/** A view of a generator's frame (gi_frame): its code and current line. */
typedef struct FrameProxyObj {
    Obj base;
    Value gen;
} FrameProxyObj;

static void proxy_dealloc(Obj *o)
{
    xdecref(((FrameProxyObj *)o)->gen);
    alloc_free(o);
}

static Frame *proxy_frame(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(((FrameProxyObj *)AS_OBJ(self))->gen);
    return g->frame != NULL && !g->frame->finished ? g->frame : NULL;
}

static Value proxy_lineno(Value self)
{
    Frame *f = proxy_frame(self);
    return f != NULL ? SMALLINT_VAL(code_line(f->code, frame_lasti(f))) : newref(NONE_VAL);
}

static Value proxy_code(Value self)
{
    Frame *f = proxy_frame(self);
    return f != NULL ? newref(OBJ_VAL(f->code)) : newref(NONE_VAL);
}

static const MemberDef proxy_members[] = {
    {"f_lineno", proxy_lineno, NULL},
    {"f_code", proxy_code, NULL},
    {NULL, NULL, NULL},
};

static Type frame_proxy_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "frame",
    .basicsize = sizeof(FrameProxyObj),
    .members = proxy_members,
    .dealloc = proxy_dealloc,
};

static Value gen_frame_proxy(GenObj *g)
{
    FrameProxyObj *p = (FrameProxyObj *)alloc_object(&frame_proxy_type);
    if (p == NULL)
        return VNULL;
    p->gen = newref(OBJ_VAL(g));
    return OBJ_VAL(p);
}

/* gi_frame: None once the generator has finished. */
static Value get_frame(Value self)
{
    GenObj *g = (GenObj *)AS_OBJ(self);
    if (g->frame == NULL || g->frame->finished)
        return newref(NONE_VAL);
    return gen_frame_proxy(g);
}

static Value get_running(Value self)
{
    return newref(BOOL_VAL(atomic_load_explicit(&((GenObj *)AS_OBJ(self))->running,
                                                memory_order_relaxed)));
}

static const MethodDef gen_methods[] = {
    {"send", m_send, METH_O, "Send a value into the generator; return the next yielded value."},
    {"throw", m_throw, 0, "Raise an exception at the generator's yield."},
    {"close", m_close, METH_NOARGS, "Raise GeneratorExit inside the generator."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef gen_members[] = {
    {"__name__", get_name, NULL},
    {"__qualname__", get_qualname, NULL},
    {"gi_running", get_running, NULL},
    {"gi_frame", get_frame, NULL},
    {NULL, NULL, NULL},
};

Type gen_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .flags = TYPE_GC,
    .methods = gen_methods,
    .members = gen_members,
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
};
