// SPDX-License-Identifier: MIT
/**
 * @file parking_lot.c
 * @brief The parking lot (see parking_lot.h for the design and the protocol).
 *
 * Each bucket holds a doubly linked FIFO queue of ::Waiter records, one per
 * sleeping thread, allocated on that thread's stack. Lock order: a bucket
 * lock is never held while taking a waiter's own mutex, nor the other way
 * round; a thread holds at most one of them at a time.
 *
 * A waiter record must outlive every access to it. The waker removes the
 * record from its queue and marks it `unparking` under the bucket lock,
 * then, after the bucket lock is released, sets `woken` under the
 * waiter's mutex and signals. The waiter returns only after seeing `woken`
 * under that mutex, so the waker is done with the record by then except for
 * the final pthread_mutex_unlock(), which glibc allows to race with the
 * destruction of the mutex (it touches the memory no more after the atomic
 * release; glibc bug 13690). A waiter whose timeout expires takes the
 * bucket lock: if it is still queued it leaves the queue and times out; if
 * a waker has already removed it (`unparking`), the wake-up is on its way,
 * and it waits for it without a timeout, so the waker never touches a dead
 * record and the waker's callback's decision (e.g. "the lock is yours") is
 * never lost.
 */
#include "parking_lot.h"

#include <errno.h>
#include <pthread.h>
#include <time.h>

/** One sleeping thread, on its own stack. */
typedef struct Waiter {
    struct Waiter *prev;  /**< previous record in the bucket's queue */
    struct Waiter *next;  /**< next record in the bucket's queue (or in a wake list) */
    const void *addr;     /**< the address it sleeps on */
    void *data;           /**< its waiter_data */
    bool unparking;       /**< removed by a waker (under the bucket lock) */
    pthread_mutex_t lock; /**< protects woken */
    pthread_cond_t cond;  /**< signalled when woken is set; CLOCK_MONOTONIC */
    bool woken;           /**< the waker is done choosing; the thread may return */
} Waiter;

/** One hash bucket: a lock and a FIFO queue of waiters (any address that hashes here). */
typedef struct Bucket {
    _Alignas(64) pthread_mutex_t lock; /**< protects the queue; own cache line */
    Waiter *head;                      /**< oldest waiter, or NULL */
    Waiter *tail;                      /**< newest waiter, or NULL */
} Bucket;

/* A range designator (a GNU extension gcc and clang accept) to initialise every lock statically. */
static Bucket buckets[PARKING_BUCKETS] = {
    [0 ... PARKING_BUCKETS - 1] = {.lock = PTHREAD_MUTEX_INITIALIZER, .head = NULL, .tail = NULL},
};

static _Noreturn NOINLINE void fatal(const char *what, int err)
{
    fprintf(stderr, "gilvm: parking lot: %s failed: %s\n", what, strerror(err));
    abort();
}

size_t parking_bucket(const void *addr)
{
    return (size_t)((uintptr_t)addr % PARKING_BUCKETS);
}

static Bucket *bucket_of(const void *addr)
{
    return &buckets[parking_bucket(addr)];
}

static void bucket_lock(Bucket *b)
{
    int err = pthread_mutex_lock(&b->lock);
    if (err != 0)
        fatal("pthread_mutex_lock", err);
}

static void bucket_unlock(Bucket *b)
{
    pthread_mutex_unlock(&b->lock);
}

static void enqueue(Bucket *b, Waiter *w)
{
    w->next = NULL;
    w->prev = b->tail;
    if (b->tail != NULL)
        b->tail->next = w;
    else
        b->head = w;
    b->tail = w;
}

static void unlink_waiter(Bucket *b, Waiter *w)
{
    if (w->prev != NULL)
        w->prev->next = w->next;
    else
        b->head = w->next;
    if (w->next != NULL)
        w->next->prev = w->prev;
    else
        b->tail = w->prev;
    w->prev = w->next = NULL;
}

static Waiter *first_from(Waiter *w, const void *addr)
{
    while (w != NULL && w->addr != addr)
        w = w->next;
    return w;
}

static void waiter_init(Waiter *w, const void *addr, void *data)
{
    *w = (Waiter){.addr = addr, .data = data};
    pthread_mutex_init(&w->lock, NULL);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&w->cond, &a);
    pthread_condattr_destroy(&a);
}

static void waiter_destroy(Waiter *w)
{
    pthread_cond_destroy(&w->cond);
    pthread_mutex_destroy(&w->lock);
}

/* Called by a waker after the bucket lock is released; w may be gone once this returns. */
static void wake(Waiter *w)
{
    pthread_mutex_lock(&w->lock);
    w->woken = true;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->lock);
}

static struct timespec deadline_after(int64_t ns)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    int64_t sec = ns / 1000000000;
    int64_t nsec = t.tv_nsec + ns % 1000000000;
    if (nsec >= 1000000000) {
        sec++;
        nsec -= 1000000000;
    }
    t.tv_sec += (time_t)sec;
    t.tv_nsec = (long)nsec;
    return t;
}

/* Sleep until woken, or until deadline when it is not NULL; true if woken. */
static bool sleep_until_woken(Waiter *w, const struct timespec *deadline)
{
    pthread_mutex_lock(&w->lock);
    while (!w->woken) {
        int err = deadline != NULL ? pthread_cond_timedwait(&w->cond, &w->lock, deadline)
                                   : pthread_cond_wait(&w->cond, &w->lock);
        if (err == ETIMEDOUT)
            break;
        if (err != 0)
            fatal("pthread_cond_wait", err);
    }
    bool woken = w->woken;
    pthread_mutex_unlock(&w->lock);
    return woken;
}

int parking_park(const void *addr, ParkingValidateFn validate, void *arg, int64_t timeout_ns,
                 void *waiter_data)
{
    Bucket *b = bucket_of(addr);
    bucket_lock(b);
    if (validate != NULL && !validate(addr, arg)) {
        bucket_unlock(b);
        return PARKING_INVALID;
    }
    if (timeout_ns == 0) {
        bucket_unlock(b);
        return PARKING_TIMEOUT;
    }
    Waiter w;
    waiter_init(&w, addr, waiter_data);
    enqueue(b, &w);
    bucket_unlock(b);

    int result = PARKING_WOKEN;
    struct timespec deadline;
    if (timeout_ns > 0)
        deadline = deadline_after(timeout_ns);
    if (!sleep_until_woken(&w, timeout_ns > 0 ? &deadline : NULL)) {
        bucket_lock(b);
        bool unparking = w.unparking;
        if (!unparking)
            unlink_waiter(b, &w);
        bucket_unlock(b);
        if (unparking)
            sleep_until_woken(&w, NULL); /* a waker chose this thread: let it finish */
        else
            result = PARKING_TIMEOUT;
    }
    waiter_destroy(&w);
    return result;
}

void parking_unpark(const void *addr, ParkingUnparkFn fn, void *arg)
{
    Bucket *b = bucket_of(addr);
    bucket_lock(b);
    Waiter *w = first_from(b->head, addr);
    bool more = false;
    if (w != NULL) {
        more = first_from(w->next, addr) != NULL;
        unlink_waiter(b, w);
        w->unparking = true;
    }
    if (fn != NULL)
        fn(arg, w != NULL ? w->data : NULL, more);
    bucket_unlock(b);
    if (w != NULL)
        wake(w);
}

void parking_unpark_all(const void *addr)
{
    Bucket *b = bucket_of(addr);
    Waiter *list = NULL, **tail = &list;
    bucket_lock(b);
    for (Waiter *w = first_from(b->head, addr), *next; w != NULL; w = next) {
        next = first_from(w->next, addr);
        unlink_waiter(b, w);
        w->unparking = true;
        *tail = w;
        tail = &w->next;
    }
    bucket_unlock(b);
    while (list != NULL) {
        Waiter *next = list->next; /* read before waking: the record dies with its thread's call */
        wake(list);
        list = next;
    }
}

size_t parking_count(const void *addr)
{
    Bucket *b = bucket_of(addr);
    size_t n = 0;
    bucket_lock(b);
    for (Waiter *w = first_from(b->head, addr); w != NULL; w = first_from(w->next, addr))
        n++;
    bucket_unlock(b);
    return n;
}
