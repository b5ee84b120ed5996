// SPDX-License-Identifier: MIT
/**
 * @file gil.c
 * @brief The `gil` strategy: one global interpreter lock, as CPython 3.2+.
 *
 * ## The problem
 *
 * Reference counts and the insides of lists and dicts are plain memory. If
 * two threads update them at once, counts go wrong (objects freed while in
 * use, or never freed) and containers corrupt. The simplest cure is one lock
 * around the whole interpreter: a thread must hold it to touch any Python
 * object, so no two threads ever do so at once, and every other part of the
 * VM can stay single-threaded code.
 *
 * ## The invariant
 *
 * A thread that is attached holds the GIL. Detached threads touch no Python
 * object. Reference counts use the plain policy (gil/refcount.h) and
 * critical sections compile to nothing (gil/lock.h).
 *
 * ## The protocol (this issue)
 *
 * attach() takes the lock; detach() releases it. A thread detaches around
 * everything that may block, so a sleeping or waiting thread never holds
 * the lock.
 *
 * Handing the lock over between threads that all want to run is the job of
 * the switch interval and drop requests (CPython's `ceval_gil.c`: a waiter
 * waits at most 5 ms, then asks the holder to drop it through its eval
 * breaker); that arrives with threads themselves, in the threads issue.
 */
#include <pthread.h>

#include "../vm/runtime.h"
#include "strategy.h"

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;

static void gil_init(Runtime *rt)
{
    (void)rt;
}

static void gil_attach(ThreadState *ts)
{
    (void)ts;
    pthread_mutex_lock(&gil_mutex);
}

static void gil_detach(ThreadState *ts)
{
    (void)ts;
    pthread_mutex_unlock(&gil_mutex);
}

/** The `gil` strategy. */
const Strategy gil_strategy = {
    .name = "gil",
    .summary = "one global lock handed over on a 5 ms switch interval (CPython 3.2+)",
    .rc_policy = RC_PLAIN,
    .init = gil_init,
    .attach = gil_attach,
    .detach = gil_detach,
    .handle_breaker = NULL,
};
