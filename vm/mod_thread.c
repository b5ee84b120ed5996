// SPDX-License-Identifier: MIT
/**
 * @file mod_thread.c
 * @brief The `_thread` module: OS threads running Python functions, locks,
 *        re-entrant locks and thread-local data. `threading`, `queue` and
 *        `concurrent.futures` (lib/) are written in Python on top of it.
 *
 * Every Python thread is one pthread with its own ThreadState. A new thread
 * attaches (under a GIL strategy: takes the lock), runs its function, and
 * detaches before it ends. Waiting for a lock detaches too, so a thread
 * blocked in `acquire()` never holds up the others. Waits are done in
 * short slices in the main thread so that Ctrl-C still raises
 * KeyboardInterrupt there while it waits.
 */
#include "modules.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/strategy.h"
#include "args.h"
#include "code.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "runtime.h"
#include "str.h"
#include "traceback.h"
#include "tuple.h"

/** Longest timeout a lock accepts, in seconds (CPython's TIMEOUT_MAX on Linux). */
#define THREAD_TIMEOUT_MAX 9223372036.0
/** Seconds that overflow CPython's 64-bit nanosecond clock values (2**63 ns). */
#define THREAD_TIME_T_MAX 9223372036.854775808
/** Slice of a wait in the main thread, so that signals are noticed (seconds). */
#define WAIT_SLICE 0.05

static size_t thread_stack_size; /* 0: the default */

static struct timespec after(double seconds)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    double whole = (double)(time_t)seconds;
    t.tv_sec += (time_t)seconds;
    t.tv_nsec += (long)((seconds - whole) * 1e9);
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) * 1e-9;
}

/* ---- Lock ---- */

/** A lock: a flag guarded by a mutex, and a condition to wait on. */
typedef struct LockObj {
    Obj base;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;
} LockObj;

static void lock_init_fields(LockObj *l)
{
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cv, &a);
    pthread_condattr_destroy(&a);
    l->locked = false;
}

/*
 * Wait until claim(obj), called with mu held, succeeds (it may take what it found, as a
 * lock's acquire does), at most timeout seconds (negative: forever); cv is signalled when
 * it may have become true. The thread detaches while it waits; the main thread wakes every
 * WAIT_SLICE to notice Ctrl-C. 1 claimed, 0 timed out or not blocking, -1 interrupted (an
 * exception is set).
 */
static int wait_detached(pthread_mutex_t *mu, pthread_cond_t *cv, bool (*claim)(void *), void *obj,
                         bool blocking, double timeout)
{
    pthread_mutex_lock(mu);
    bool got = claim(obj);
    pthread_mutex_unlock(mu);
    if (got)
        return 1;
    if (!blocking || timeout == 0)
        return 0;
    ThreadState *ts = thread_current();
    bool main = ts == ts->rt->main_thread;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        double left = -1;
        if (timeout > 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            left = timeout - seconds_between(&start, &now);
            if (left <= 0)
                return 0;
        }
        double slice = left < 0 ? (main ? WAIT_SLICE : 3600) : left;
        if (main && slice > WAIT_SLICE)
            slice = WAIT_SLICE;
        strategy_detach(ts);
        pthread_mutex_lock(mu);
        struct timespec until = after(slice);
        while (!(got = claim(obj))) {
            if (pthread_cond_timedwait(cv, mu, &until) == ETIMEDOUT)
                break;
        }
        pthread_mutex_unlock(mu);
        strategy_attach(ts);
        if (got)
            return 1;
        if (main && (thread_breaker_pending(ts) & BREAKER_SIGNAL)) {
            if (eval_handle_breaker(ts) < 0)
                return -1;
        }
    }
}

static bool lock_claim(void *p)
{
    LockObj *l = p;
    if (l->locked)
        return false;
    l->locked = true;
    return true;
}

/* Take the lock, waiting at most timeout seconds (negative: forever): as wait_detached(). */
static int lock_take(LockObj *l, bool blocking, double timeout)
{
    return wait_detached(&l->mu, &l->cv, lock_claim, l, blocking, timeout);
}

static void lock_give(LockObj *l)
{
    pthread_mutex_lock(&l->mu);
    l->locked = false;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

/* acquire(blocking=True, timeout=-1) argument parsing, shared by Lock and RLock. */
static int acquire_args(const Value *args, size_t nargs, Value kwnames, bool *blocking,
                        double *timeout)
{
    static const char *const params[] = {"blocking", "timeout"};
    Value a[2];
    if (args_parse("acquire", args, nargs, kwnames, params, 2, 2, 0, a) < 0)
        return -1;
    *blocking = true;
    *timeout = -1;
    if (a[0] != VNULL) {
        int t = obj_truth(a[0]);
        if (t < 0)
            return -1;
        *blocking = t;
    }
    if (a[1] != VNULL) {
        /* CPython's order: the conversion to nanoseconds first, then the checks. */
        if (float_as_double(a[1], timeout) < 0)
            return -1;
        if (isnan(*timeout)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (*timeout >= THREAD_TIME_T_MAX || *timeout <= -THREAD_TIME_T_MAX) {
            exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        if (!*blocking && *timeout != -1) {
            exc_raise(&exc_ValueError, "can't specify a timeout for a non-blocking call");
            return -1;
        }
        if (*timeout < 0 && *timeout != -1) {
            exc_raise(&exc_ValueError, "timeout value must be positive");
            return -1;
        }
    }
    return 0;
}

static Value lock_acquire(Value self, const Value *args, size_t nargs, Value kwnames)
{
    bool blocking;
    double timeout;
    if (acquire_args(args, nargs, kwnames, &blocking, &timeout) < 0)
        return VNULL;
    int got = lock_take((LockObj *)AS_OBJ(self), blocking, timeout);
    return got < 0 ? VNULL : newref(BOOL_VAL(got));
}

static Value lock_release(Value self, const Value *args, size_t nargs, Value kwnames)
{
    LockObj *l = (LockObj *)AS_OBJ(self);
    pthread_mutex_lock(&l->mu);
    bool was = l->locked;
    pthread_mutex_unlock(&l->mu);
    if (!was)
        return exc_raise(&exc_RuntimeError, "release unlocked lock");
    lock_give(l);
    return newref(NONE_VAL);
}

static Value lock_locked(Value self, const Value *args, size_t nargs, Value kwnames)
{
    LockObj *l = (LockObj *)AS_OBJ(self);
    pthread_mutex_lock(&l->mu);
    bool was = l->locked;
    pthread_mutex_unlock(&l->mu);
    return newref(BOOL_VAL(was));
}

static Value lock_exit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return lock_release(self, NULL, 0, VNULL);
}

static Value lock_enter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return lock_acquire(self, NULL, 0, VNULL);
}

static Value lock_repr(Value v)
{
    LockObj *l = (LockObj *)AS_OBJ(v);
    return str_printf("<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked",
                      (void *)l);
}

static void lock_dealloc(Obj *o)
{
    LockObj *l = (LockObj *)o;
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
    alloc_free(o);
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, METH_KEYWORDS, "Acquire the lock, waiting if blocking."},
    {"acquire_lock", lock_acquire, METH_KEYWORDS, "An obsolete synonym of acquire()."},
    {"release", lock_release, METH_NOARGS, "Release the lock."},
    {"release_lock", lock_release, METH_NOARGS, "An obsolete synonym of release()."},
    {"locked", lock_locked, METH_NOARGS, "Whether the lock is held."},
    {"locked_lock", lock_locked, METH_NOARGS, "An obsolete synonym of locked()."},
    {"__enter__", lock_enter, 0, "Acquire the lock."},
    {"__exit__", lock_exit, 0, "Release the lock."},
    {NULL, NULL, 0, NULL},
};

static Value lock_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("lock", kwnames) < 0 || args_count("lock", nargs, 0, 0) < 0)
        return VNULL;
    LockObj *l = (LockObj *)alloc_object(t);
    if (l == NULL)
        return VNULL;
    lock_init_fields(l);
    return OBJ_VAL(l);
}

/** _thread.lock (also LockType). */
Type thread_lock_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "_thread.lock",
    .basicsize = sizeof(LockObj),
    .methods = lock_methods,
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .construct = lock_construct,
};

static Value new_lock(void)
{
    return lock_construct(&thread_lock_type, NULL, 0, VNULL);
}

/* ---- RLock ---- */

/** A re-entrant lock: a lock plus its owner and recursion count. */
typedef struct RLockObj {
    LockObj lock;
    _Atomic uintptr_t owner; /* ThreadState id, 0 when free */
    uint64_t count;
} RLockObj;

static uintptr_t my_id(void)
{
    return thread_current()->id;
}

static Value rlock_acquire(Value self, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)AS_OBJ(self);
    bool blocking;
    double timeout;
    if (acquire_args(args, nargs, kwnames, &blocking, &timeout) < 0)
        return VNULL;
    uintptr_t me = my_id();
    if (atomic_load(&r->owner) == me) {
        if (r->count == UINT64_MAX)
            return exc_raise(&exc_OverflowError, "Internal lock count overflowed");
        r->count++;
        return newref(TRUE_VAL);
    }
    int got = lock_take(&r->lock, blocking, timeout);
    if (got < 0)
        return VNULL;
    if (got) {
        atomic_store(&r->owner, me);
        r->count = 1;
    }
    return newref(BOOL_VAL(got));
}

static Value rlock_release(Value self, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)AS_OBJ(self);
    if (r->count == 0 || atomic_load(&r->owner) != my_id())
        return exc_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        atomic_store(&r->owner, 0);
        lock_give(&r->lock);
    }
    return newref(NONE_VAL);
}

static Value rlock_exit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return rlock_release(self, NULL, 0, VNULL);
}

static Value rlock_enter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return rlock_acquire(self, NULL, 0, VNULL);
}

static Value rlock_is_owned(Value self, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)AS_OBJ(self);
    return newref(BOOL_VAL(r->count > 0 && atomic_load(&r->owner) == my_id()));
}

/* Condition support: release completely, returning the state to restore. */
static Value rlock_release_save(Value self, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)AS_OBJ(self);
    if (r->count == 0)
        return exc_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    Value count = int_from_u64(r->count), owner = int_from_u64(atomic_load(&r->owner));
    Value state = count != VNULL && owner != VNULL ? tuple_pack(2, count, owner) : VNULL;
    xdecref(count);
    xdecref(owner);
    if (state == VNULL)
        return VNULL;
    r->count = 0;
    atomic_store(&r->owner, 0);
    lock_give(&r->lock);
    return state;
}

static Value rlock_acquire_restore(Value self, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)AS_OBJ(self);
    Value state = args[0];
    if (!tuple_check(state) || TUPLE_SIZE(state) != 2)
        return exc_raise(&exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
    int64_t count, owner;
    if (int_as_i64(TUPLE_ITEMS(state)[0], &count) < 0 ||
        int_as_i64(TUPLE_ITEMS(state)[1], &owner) < 0)
        return VNULL;
    if (lock_take(&r->lock, true, -1) < 0)
        return VNULL;
    atomic_store(&r->owner, (uintptr_t)owner);
    r->count = (uint64_t)count;
    return newref(NONE_VAL);
}

static Value rlock_repr(Value v)
{
    RLockObj *r = (RLockObj *)AS_OBJ(v);
    return str_printf("<%s _thread.RLock object owner=%llu count=%llu at %p>",
                      r->count ? "locked" : "unlocked",
                      (unsigned long long)atomic_load(&r->owner), (unsigned long long)r->count,
                      (void *)r);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, METH_KEYWORDS, "Acquire the lock (again, if this thread owns it)."},
    {"release", rlock_release, METH_NOARGS, "Release one level of the lock."},
    {"__enter__", rlock_enter, 0, "Acquire the lock."},
    {"__exit__", rlock_exit, 0, "Release the lock."},
    {"_is_owned", rlock_is_owned, METH_NOARGS, "Whether this thread owns the lock."},
    {"_release_save", rlock_release_save, METH_NOARGS, "Release completely (Condition.wait)."},
    {"_acquire_restore", rlock_acquire_restore, METH_O, "Reacquire to a saved state."},
    {NULL, NULL, 0, NULL},
};

static Value rlock_construct(Type *t, const Value *args, size_t nargs, Value kwnames)
{
    RLockObj *r = (RLockObj *)alloc_object(t);
    if (r == NULL)
        return VNULL;
    lock_init_fields(&r->lock);
    atomic_store(&r->owner, 0);
    r->count = 0;
    return OBJ_VAL(r);
}

/** _thread.RLock. */
Type thread_rlock_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "_thread.RLock",
    .basicsize = sizeof(RLockObj),
    .flags = TYPE_BASETYPE,
    .methods = rlock_methods,
    .dealloc = lock_dealloc,
    .repr = rlock_repr,
    .construct = rlock_construct,
};

/* ---- Thread-end sentinels ---- */

/*
 * threading's join() must return only once a thread has let go of the heap
 * completely: after its ThreadState is recorded and freed, not merely after its
 * Python function returned. The flag that says so is shared by the ending thread
 * and the Python object that waits for it, and counted apart from the heap, so
 * the thread can raise it when it is no longer attached and may not touch any
 * Python object (as CPython 3.11's _thread._set_sentinel()).
 */
typedef struct EndFlag {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool ended;
    _Atomic int refs; /* the thread's reference and the sentinel object's */
} EndFlag;

/** The calling thread's flag, once it called _set_sentinel(). */
static _Thread_local EndFlag *my_end_flag;

static EndFlag *endflag_new(void)
{
    EndFlag *f = calloc(1, sizeof *f);
    if (f == NULL)
        return NULL;
    pthread_mutex_init(&f->mu, NULL);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&f->cv, &a);
    pthread_condattr_destroy(&a);
    atomic_store(&f->refs, 2);
    return f;
}

static void endflag_drop(EndFlag *f)
{
    if (atomic_fetch_sub(&f->refs, 1) == 1) {
        pthread_mutex_destroy(&f->mu);
        pthread_cond_destroy(&f->cv);
        free(f);
    }
}

static void endflag_raise(EndFlag *f)
{
    pthread_mutex_lock(&f->mu);
    f->ended = true;
    pthread_cond_broadcast(&f->cv);
    pthread_mutex_unlock(&f->mu);
}

static bool endflag_claim(void *p)
{
    return ((EndFlag *)p)->ended;
}

/* Wait until the flag is raised, at most timeout seconds: as wait_detached(). */
static int endflag_wait(EndFlag *f, bool blocking, double timeout)
{
    return wait_detached(&f->mu, &f->cv, endflag_claim, f, blocking, timeout);
}

/** What _set_sentinel() returns: a lock that is held until its thread has ended. */
typedef struct SentinelObj {
    Obj base;
    EndFlag *flag;
} SentinelObj;

static Value sentinel_acquire(Value self, const Value *args, size_t nargs, Value kwnames)
{
    bool blocking;
    double timeout;
    if (acquire_args(args, nargs, kwnames, &blocking, &timeout) < 0)
        return VNULL;
    int got = endflag_wait(((SentinelObj *)AS_OBJ(self))->flag, blocking, timeout);
    return got < 0 ? VNULL : newref(BOOL_VAL(got));
}

static Value sentinel_release(Value self, const Value *args, size_t nargs, Value kwnames)
{
    /* Once the thread has ended it stays ended: every joiner gets the lock. */
    return newref(NONE_VAL);
}

static Value sentinel_locked(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(BOOL_VAL(endflag_wait(((SentinelObj *)AS_OBJ(self))->flag, false, 0) == 0));
}

static void sentinel_dealloc(Obj *o)
{
    if (((SentinelObj *)o)->flag != NULL)
        endflag_drop(((SentinelObj *)o)->flag);
    alloc_free(o);
}

static const MethodDef sentinel_methods[] = {
    {"acquire", sentinel_acquire, METH_KEYWORDS, "Wait until the thread has ended."},
    {"release", sentinel_release, METH_NOARGS, "Nothing to do (the thread stays ended)."},
    {"locked", sentinel_locked, METH_NOARGS, "Whether the thread is still running."},
    {NULL, NULL, 0, NULL},
};

/** The type of _set_sentinel()'s locks. */
static Type thread_sentinel_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "_thread_sentinel",
    .basicsize = sizeof(SentinelObj),
    .methods = sentinel_methods,
    .dealloc = sentinel_dealloc,
};

static Value thread_set_sentinel(Value self, const Value *args, size_t nargs, Value kwnames)
{
    SentinelObj *o = (SentinelObj *)alloc_object(&thread_sentinel_type);
    if (o == NULL)
        return VNULL;
    o->flag = endflag_new();
    if (o->flag == NULL) {
        decref(OBJ_VAL(o));
        return exc_nomemory();
    }
    ThreadState *ts = thread_current();
    if (ts == ts->rt->main_thread) {
        /* The main thread ends with the program: its sentinel stays held. */
        atomic_store(&o->flag->refs, 1);
        return OBJ_VAL(o);
    }
    if (my_end_flag != NULL) {
        /* A second call: the earlier sentinel now says "ended" at once. */
        endflag_raise(my_end_flag);
        endflag_drop(my_end_flag);
    }
    my_end_flag = o->flag;
    return OBJ_VAL(o);
}

/* ---- Threads ---- */

/** What a new thread needs: its function and arguments. */
typedef struct Boot {
    Runtime *rt;
    Value func, args, kwargs;
} Boot;

static _Atomic int64_t running_threads;

static void print_unraisable(Value func)
{
    Value exc = exc_fetch();
    if (exc == VNULL)
        return;
    if (type_is_subtype(TYPE_OF(exc), &exc_SystemExit)) {
        decref(exc);
        return;
    }
    fflush(stdout);
    Value r = obj_repr(func);
    fprintf(stderr, "Exception ignored in thread started by: %s\n", r != VNULL ? STR_DATA(r) : "?");
    if (r == VNULL)
        exc_clear();
    xdecref(r);
    traceback_print_exception(exc, stderr);
    decref(exc);
}

static void *thread_main(void *p)
{
    /* Copied and freed at once: a daemon thread may end anywhere (in pthread_exit when it
       attaches while the interpreter finalizes), and must not leave the block behind. */
    Boot boot = *(Boot *)p;
    free(p);
    Boot *b = &boot;
    Runtime *rt = b->rt;
    ThreadState *ts = thread_state_new(rt);
    if (ts == NULL || eval_thread_init(ts) < 0) {
        fputs("gilvm: cannot start a thread: out of memory\n", stderr);
        if (ts != NULL) {
            strategy_attach(ts);
            decref(b->func);
            decref(b->args);
            xdecref(b->kwargs);
            runtime_thread_exit(ts);
        } /* else no thread state: nothing may touch the heap, and the references leak */
        atomic_fetch_sub(&running_threads, 1);
        return NULL;
    }
    strategy_attach(ts);
    size_t n = TUPLE_SIZE(b->args);
    Value r;
    if (b->kwargs != VNULL && dict_size(b->kwargs) > 0) {
        size_t nkw = dict_size(b->kwargs);
        Value kwnames = tuple_new(nkw);
        Value *argv = malloc((n + nkw + 1) * sizeof(Value));
        r = VNULL;
        if (kwnames != VNULL && argv != NULL) {
            memcpy(argv, TUPLE_ITEMS(b->args), n * sizeof(Value));
            size_t pos = 0, i = 0;
            Value k, v;
            while (dict_next(b->kwargs, &pos, &k, &v)) {
                TUPLE_ITEMS(kwnames)[i] = newref(k);
                argv[n + i] = v;
                i++;
            }
            r = obj_call_kw(b->func, argv, n, kwnames);
        } else {
            exc_nomemory();
        }
        free(argv);
        xdecref(kwnames);
    } else {
        r = obj_call(b->func, TUPLE_ITEMS(b->args), n);
    }
    if (r == VNULL)
        print_unraisable(b->func);
    xdecref(r);
    decref(b->func);
    decref(b->args);
    xdecref(b->kwargs);
    runtime_thread_exit(ts);
    /* Detached, state freed: from here on this thread touches no Python object. */
    EndFlag *flag = my_end_flag;
    my_end_flag = NULL;
    if (flag != NULL) {
        endflag_raise(flag);
        endflag_drop(flag);
    }
    atomic_fetch_sub(&running_threads, 1);
    return NULL;
}

static Value thread_start(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("start_new_thread", kwnames) < 0 ||
        args_count("start_new_thread", nargs, 2, 3) < 0)
        return VNULL;
    Value func = args[0], fargs = args[1], fkw = nargs > 2 ? args[2] : VNULL;
    if (TYPE_OF(func)->call == NULL)
        return exc_raise(&exc_TypeError, "first arg must be callable");
    if (!tuple_check(fargs))
        return exc_raise(&exc_TypeError, "2nd arg must be a tuple");
    if (fkw != VNULL && !dict_check(fkw))
        return exc_raise(&exc_TypeError, "optional 3rd arg must be a dictionary");
    Boot *b = malloc(sizeof *b);
    if (b == NULL)
        return exc_nomemory();
    ThreadState *ts = thread_current();
    b->rt = ts->rt;
    b->func = newref(func);
    b->args = newref(fargs);
    b->kwargs = fkw != VNULL ? newref(fkw) : VNULL;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (thread_stack_size != 0)
        pthread_attr_setstacksize(&attr, thread_stack_size);
    pthread_t tid;
    atomic_fetch_add(&running_threads, 1);
    int rc = pthread_create(&tid, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub(&running_threads, 1);
        decref(b->func);
        decref(b->args);
        xdecref(b->kwargs);
        free(b);
        return exc_raise(&exc_RuntimeError, "can't start new thread");
    }
    return int_from_u64((uint64_t)tid);
}

static Value thread_get_ident(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_u64((uint64_t)pthread_self());
}

static Value thread_get_native_id(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static Value thread_allocate_lock(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return new_lock();
}

static Value thread_count(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_i64(atomic_load(&running_threads));
}

static Value thread_exit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return exc_raise_empty(&exc_SystemExit);
}

static Value thread_stack_size_fn(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("stack_size", nargs, 0, 1) < 0)
        return VNULL;
    size_t old = thread_stack_size;
    if (nargs == 1) {
        int64_t n;
        if (int_as_i64(args[0], &n) < 0)
            return VNULL;
        if (n != 0 && n < 32768)
            return exc_raise(&exc_ValueError, "size not valid: %lld bytes", (long long)n);
        if (n < 0)
            return exc_raise(&exc_ValueError, "size must be 0 or a positive value");
        thread_stack_size = (size_t)n;
    }
    return int_from_u64(old);
}

static Value thread_interrupt_main(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Runtime *rt = thread_current()->rt;
    atomic_store(&rt->signal_pending, 1);
    thread_breaker_set(rt->main_thread, BREAKER_SIGNAL);
    return newref(NONE_VAL);
}

/* Give the calling thread a name for --stats and gilvm.stats() (threading calls it). */
static Value thread_set_name(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (!str_check(args[0]))
        return exc_raise(&exc_TypeError, "name must be a str");
    ThreadState *ts = thread_current();
    snprintf(ts->name, sizeof ts->name, "%s", STR_DATA(args[0]));
    return newref(NONE_VAL);
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start, 0, "Start a thread running function(*args, **kwargs)."},
    {"start_new", thread_start, 0, "An obsolete synonym of start_new_thread()."},
    {"get_ident", thread_get_ident, METH_NOARGS, "The identifier of the current thread."},
    {"get_native_id", thread_get_native_id, METH_NOARGS, "The kernel's id of the current thread."},
    {"allocate_lock", thread_allocate_lock, METH_NOARGS, "A new lock."},
    {"allocate", thread_allocate_lock, METH_NOARGS, "An obsolete synonym of allocate_lock()."},
    {"_count", thread_count, METH_NOARGS, "The number of threads started and not yet ended."},
    {"exit", thread_exit, METH_NOARGS, "End the current thread (raises SystemExit)."},
    {"exit_thread", thread_exit, METH_NOARGS, "An obsolete synonym of exit()."},
    {"stack_size", thread_stack_size_fn, 0, "Get or set the stack size of new threads."},
    {"interrupt_main", thread_interrupt_main, 0, "Raise KeyboardInterrupt in the main thread."},
    {"_set_thread_name", thread_set_name, METH_O, "Name the current thread in reports."},
    {"_set_sentinel", thread_set_sentinel, METH_NOARGS,
     "A lock held until the calling thread has completely ended (for join())."},
    {NULL, NULL, 0, NULL},
};

Value mod_thread_create(void)
{
    Value m = module_new("_thread");
    if (m == VNULL)
        return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    Value tmax = float_new(THREAD_TIMEOUT_MAX);
    if (module_add_functions(m, thread_functions) < 0 || tmax == VNULL ||
        dict_set_cstr(d, "LockType", OBJ_VAL(&thread_lock_type)) < 0 ||
        dict_set_cstr(d, "lock", OBJ_VAL(&thread_lock_type)) < 0 ||
        dict_set_cstr(d, "RLock", OBJ_VAL(&thread_rlock_type)) < 0 ||
        dict_set_cstr(d, "error", OBJ_VAL(&exc_RuntimeError)) < 0 ||
        dict_set_cstr(d, "TIMEOUT_MAX", tmax) < 0) {
        xdecref(tmax);
        decref(m);
        return VNULL;
    }
    decref(tmax);
    return m;
}
