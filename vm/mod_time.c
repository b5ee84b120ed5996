// SPDX-License-Identifier: MIT
/**
 * @file mod_time.c
 * @brief The time module: clocks and sleep().
 *
 * The clocks are CPython 3.11's on Linux: time() is CLOCK_REALTIME,
 * monotonic() and perf_counter() are CLOCK_MONOTONIC, process_time() is
 * CLOCK_PROCESS_CPUTIME_ID and thread_time() CLOCK_THREAD_CPUTIME_ID; each
 * has an `_ns` twin returning integer nanoseconds. A float result is the
 * nanosecond count divided by 1e9, as CPython computes it.
 *
 * sleep() is where a thread blocks, so it *detaches* first
 * (strategy_detach(): under the GIL strategies this releases the lock and
 * lets other threads run) and attaches again afterwards. It sleeps until an
 * absolute deadline on the monotonic clock, so a signal that interrupts it
 * does not stretch the total: on EINTR, if the thread's eval breaker has a
 * pending signal, it attaches and lets eval_handle_breaker() raise
 * KeyboardInterrupt; otherwise it goes back to sleep until the deadline.
 * time.sleep(0) also detaches: a thread can use it to let others run.
 */
#include "modules.h"

#include <errno.h>
#include <math.h>
#include <time.h>

#include "args.h"
#include "code.h"
#include "eval.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "runtime.h"
#include "tuple.h"

#define NS_PER_SEC 1000000000LL

/* Argument check of a function without arguments ("time.time() takes no arguments"). */
static int no_args(const char *name, size_t nargs, Value kwnames)
{
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0) {
        exc_raise(&exc_TypeError, "time.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 0) {
        exc_raise(&exc_TypeError, "time.%s() takes no arguments (%zu given)", name, nargs);
        return -1;
    }
    return 0;
}

/* The clock's reading in nanoseconds; -1 with OSError if the clock fails. */
static int read_clock(clockid_t clock, int64_t *ns)
{
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0) {
        exc_raise(&exc_OSError, "[Errno %d] %s", errno, strerror(errno));
        return -1;
    }
    *ns = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return 0;
}

/* Seconds as a float, divided as CPython does (exact when a whole number of seconds). */
static Value seconds_value(int64_t ns)
{
    if (ns % NS_PER_SEC == 0)
        return float_new((double)(ns / NS_PER_SEC));
    return float_new((double)ns / 1e9);
}

static Value clock_seconds(const char *name, clockid_t clock, size_t nargs, Value kwnames)
{
    int64_t ns;
    if (no_args(name, nargs, kwnames) < 0 || read_clock(clock, &ns) < 0)
        return VNULL;
    return seconds_value(ns);
}

static Value clock_ns(const char *name, clockid_t clock, size_t nargs, Value kwnames)
{
    int64_t ns;
    if (no_args(name, nargs, kwnames) < 0 || read_clock(clock, &ns) < 0)
        return VNULL;
    return int_from_i64(ns);
}

static Value time_time(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_seconds("time", CLOCK_REALTIME, nargs, kwnames);
}

static Value time_time_ns(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_ns("time_ns", CLOCK_REALTIME, nargs, kwnames);
}

static Value time_monotonic(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_seconds("monotonic", CLOCK_MONOTONIC, nargs, kwnames);
}

static Value time_monotonic_ns(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_ns("monotonic_ns", CLOCK_MONOTONIC, nargs, kwnames);
}

static Value time_perf_counter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_seconds("perf_counter", CLOCK_MONOTONIC, nargs, kwnames);
}

static Value time_perf_counter_ns(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_ns("perf_counter_ns", CLOCK_MONOTONIC, nargs, kwnames);
}

static Value time_process_time(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_seconds("process_time", CLOCK_PROCESS_CPUTIME_ID, nargs, kwnames);
}

static Value time_process_time_ns(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_ns("process_time_ns", CLOCK_PROCESS_CPUTIME_ID, nargs, kwnames);
}

static Value time_thread_time(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_seconds("thread_time", CLOCK_THREAD_CPUTIME_ID, nargs, kwnames);
}

static Value time_thread_time_ns(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return clock_ns("thread_time_ns", CLOCK_THREAD_CPUTIME_ID, nargs, kwnames);
}

/* A sleep length in nanoseconds, converted as CPython's _PyTime_FromSecondsObject
 * (a float rounded up, an int or __index__ object exactly). */
static int sleep_length(Value v, int64_t *ns)
{
    if (float_check(v)) {
        double d = FLOAT_AS_DOUBLE(v);
        if (isnan(d)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = ceil(d * 1e9);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *ns = (int64_t)d;
    } else {
        Value i = obj_index(v);
        if (i == VNULL)
            return -1;
        int64_t secs;
        int rc = int_as_i64(i, &secs);
        decref(i);
        if (rc < 0 || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC) {
            if (rc < 0)
                exc_clear();
            exc_raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
        *ns = secs * NS_PER_SEC;
    }
    if (*ns < 0) {
        exc_raise(&exc_ValueError, "sleep length must be non-negative");
        return -1;
    }
    return 0;
}

static Value time_sleep(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (kwnames != VNULL && TUPLE_SIZE(kwnames) > 0)
        return exc_raise(&exc_TypeError, "time.sleep() takes no keyword arguments");
    if (nargs != 1)
        return exc_raise(&exc_TypeError, "time.sleep() takes exactly one argument (%zu given)",
                         nargs);
    int64_t ns, now;
    if (sleep_length(args[0], &ns) < 0 || read_clock(CLOCK_MONOTONIC, &now) < 0)
        return VNULL;
    int64_t end = now > INT64_MAX - ns ? INT64_MAX : now + ns;
    struct timespec deadline = {.tv_sec = end / NS_PER_SEC, .tv_nsec = end % NS_PER_SEC};
    ThreadState *ts = thread_current();
    strategy_detach(ts);
    for (;;) {
        int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        if (rc == 0)
            break;
        if (rc != EINTR) {
            strategy_attach(ts);
            return exc_raise(&exc_OSError, "[Errno %d] %s", rc, strerror(rc));
        }
        if (thread_breaker_pending(ts) & BREAKER_SIGNAL) {
            strategy_attach(ts);
            if (eval_handle_breaker(ts) < 0)
                return VNULL;
            strategy_detach(ts);
        }
    }
    strategy_attach(ts);
    return newref(NONE_VAL);
}

static const MethodDef time_functions[] = {
    {"time", time_time, METH_KEYWORDS, "Seconds since the Epoch, as a float."},
    {"time_ns", time_time_ns, METH_KEYWORDS, "Nanoseconds since the Epoch, as an int."},
    {"monotonic", time_monotonic, METH_KEYWORDS, "A clock that cannot go backwards, in seconds."},
    {"monotonic_ns", time_monotonic_ns, METH_KEYWORDS, "monotonic() in nanoseconds."},
    {"perf_counter", time_perf_counter, METH_KEYWORDS,
     "The clock with the highest resolution, in seconds."},
    {"perf_counter_ns", time_perf_counter_ns, METH_KEYWORDS, "perf_counter() in nanoseconds."},
    {"process_time", time_process_time, METH_KEYWORDS,
     "CPU time of the process (system and user), in seconds."},
    {"process_time_ns", time_process_time_ns, METH_KEYWORDS, "process_time() in nanoseconds."},
    {"thread_time", time_thread_time, METH_KEYWORDS,
     "CPU time of the current thread, in seconds."},
    {"thread_time_ns", time_thread_time_ns, METH_KEYWORDS, "thread_time() in nanoseconds."},
    {"sleep", time_sleep, METH_KEYWORDS,
     "Delay for a number of seconds; other threads run meanwhile."},
    {NULL, NULL, 0, NULL},
};

Value mod_time_create(void)
{
    Value m = module_new("time");
    if (m != VNULL && module_add_functions(m, time_functions) < 0)
        clearref(&m);
    return m;
}
