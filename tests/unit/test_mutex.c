// SPDX-License-Identifier: MIT
/**
 * @file test_mutex.c
 * @brief Unit tests of the one-byte mutex (gil/mutex.c) and of the parking
 *        lot it sleeps in (gil/parking_lot.c).
 *
 * The mutex: the byte goes 0 -> ::MUTEX_LOCKED -> 0 and the counters say
 * what happened; the reserved bits survive every operation, also while
 * another thread flips them concurrently; eight threads keep a plain counter
 * exact; a waiter that finds the lock held spins, parks, and is handed the
 * lock once it has waited longer than ::MUTEX_FAIR_NS (FIFO among waiters,
 * ::MUTEX_HAS_PARKED kept while others still sleep); the park hooks are
 * called in pairs.
 *
 * The parking lot: validation, timeouts, FIFO wake-ups with the right
 * `has_more_waiters`, unpark_all, addresses that share a bucket, and no lost
 * wake-up between a waiter's check and its sleep.
 *
 * Whatever a test shares with the threads it starts is static, so that a
 * failed assertion, which leaves the test with its threads still running,
 * does not let them write into a later test's stack frame.
 *
 * No assertion depends on how long something takes. Where a test needs a
 * waiter to be asleep, it waits until parking_count() says so; where it needs
 * a waiter to have waited longer than ::MUTEX_FAIR_NS, it sleeps longer than
 * that *after* the waiter is asleep (nanosleep sleeps at least that long). The
 * only bounds are generous ones (seconds) that turn a hang into a failure.
 */
#include "../../vm/common.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../gil/mutex.h"
#include "../../gil/parking_lot.h"

/* ---------------------------------------------------------------- helpers */

/** How long a test waits for another thread before it calls it a hang (ns). */
#define HANG_NS (60LL * 1000000000LL)
/** Seconds the whole binary may run: a lost wake-up inside mutex_lock() would otherwise hang it. */
#define WATCHDOG_S 600

static void watchdog(int sig)
{
    (void)sig;
    static const char msg[] = "test_mutex: watchdog: still running after WATCHDOG_S seconds "
                              "(a thread asleep for good: a lost wake-up?)\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
    }
    _exit(1);
}

static void sleep_ns(int64_t ns)
{
    struct timespec t = {.tv_sec = (time_t)(ns / 1000000000), .tv_nsec = (long)(ns % 1000000000)};
    while (nanosleep(&t, &t) != 0 && errno == EINTR)
        ;
}

static uint64_t stat_of(_Atomic uint64_t *c)
{
    return atomic_load_explicit(c, memory_order_relaxed);
}

static uint8_t byte_of(_Atomic uint8_t *m)
{
    return atomic_load_explicit(m, memory_order_relaxed);
}

/* Wait until exactly n threads sleep on addr; false after HANG_NS. */
static bool wait_parked(const void *addr, size_t n)
{
    for (int64_t waited = 0; waited < HANG_NS; waited += 100000) {
        if (parking_count(addr) == n)
            return true;
        sleep_ns(100000);
    }
    return false;
}

/* Wait until *flag is true; false after HANG_NS. */
static bool wait_flag(_Atomic bool *flag)
{
    for (int64_t waited = 0; waited < HANG_NS; waited += 100000) {
        if (atomic_load(flag))
            return true;
        sleep_ns(100000);
    }
    return false;
}

/*
 * A thread that takes the mutex, notes what it saw, then holds it until `go`
 * is set (set `go` before starting it to have it let go at once).
 */
typedef struct Locker {
    _Atomic uint8_t *m;
    _Atomic int *order; /* shared ticket counter, or NULL */
    MutexStats st;
    int ticket;            /* 1 + the order in which it got the lock */
    uint8_t seen;          /* the byte just after mutex_lock() returned */
    _Atomic bool acquired; /* set after mutex_lock() returns */
    _Atomic bool go;       /* set by the test: unlock now */
    _Atomic bool released; /* set after mutex_unlock() returns */
    pthread_t th;
} Locker;

static void *locker_main(void *p)
{
    Locker *k = p;
    mutex_lock(k->m, &k->st);
    k->seen = byte_of(k->m);
    if (k->order != NULL)
        k->ticket = atomic_fetch_add(k->order, 1) + 1;
    atomic_store(&k->acquired, true);
    while (!atomic_load(&k->go))
        sleep_ns(50000);
    mutex_unlock(k->m);
    atomic_store(&k->released, true);
    return NULL;
}

static void locker_start(Locker *k, _Atomic uint8_t *m, _Atomic int *order, bool go)
{
    *k = (Locker){.m = m, .order = order};
    atomic_store(&k->go, go);
    assert_int_equal(pthread_create(&k->th, NULL, locker_main, k), 0);
}

/* ---------------------------------------------------------------- mutex, one thread */

/* Lock and unlock with no contention: the byte goes 0 -> 1 -> 0; only mutex_lock() counts. */
static void test_uncontended(void **state)
{
    (void)state;
    _Atomic uint8_t m = 0;
    MutexStats st = {0};

    mutex_lock(&m, &st);
    assert_int_equal(byte_of(&m), MUTEX_LOCKED);
    assert_true(mutex_is_locked(&m));
    assert_int_equal(stat_of(&st.acquisitions), 1);
    assert_false(mutex_trylock(&m));
    assert_int_equal(byte_of(&m), MUTEX_LOCKED);
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), 0);
    assert_false(mutex_is_locked(&m));

    assert_true(mutex_trylock(&m));
    assert_int_equal(byte_of(&m), MUTEX_LOCKED);
    assert_false(mutex_trylock(&m));
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), 0);

    mutex_lock(&m, NULL); /* no counters */
    assert_int_equal(byte_of(&m), MUTEX_LOCKED);
    mutex_unlock(&m);

    mutex_lock(&m, &st);
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), 0);
    assert_int_equal(stat_of(&st.acquisitions), 2);
    assert_int_equal(stat_of(&st.contended), 0);
    assert_int_equal(stat_of(&st.spins), 0);
    assert_int_equal(stat_of(&st.parks), 0);
    assert_int_equal(stat_of(&st.handoffs), 0);
}

/* Lock, trylock and unlock change only the two low bits. */
static void test_reserved_bits_kept(void **state)
{
    (void)state;
    static const uint8_t patterns[] = {0xA0, MUTEX_RESERVED, 0x04, 0x80};
    for (size_t i = 0; i < ARRAY_LEN(patterns); i++) {
        uint8_t r = patterns[i];
        _Atomic uint8_t m = r;
        MutexStats st = {0};
        mutex_lock(&m, &st);
        assert_int_equal(byte_of(&m), r | MUTEX_LOCKED);
        assert_false(mutex_trylock(&m));
        assert_int_equal(byte_of(&m), r | MUTEX_LOCKED);
        mutex_unlock(&m);
        assert_int_equal(byte_of(&m), r);
        assert_true(mutex_trylock(&m));
        assert_int_equal(byte_of(&m), r | MUTEX_LOCKED);
        mutex_unlock(&m);
        assert_int_equal(byte_of(&m), r);
        assert_int_equal(stat_of(&st.contended), 0);
    }
}

/* An unlock that finds MUTEX_HAS_PARKED set but no sleeper clears both low bits, keeps the rest. */
static void test_unlock_stale_has_parked(void **state)
{
    (void)state;
    _Atomic uint8_t m = 0xA0 | MUTEX_LOCKED | MUTEX_HAS_PARKED;
    assert_int_equal(parking_count(&m), 0);
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), 0xA0);
    assert_true(mutex_trylock(&m));
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), 0xA0);
}

/* ---------------------------------------------------------------- mutex, many threads */

#define FLIP_MIN 20000       /* reserved-bit flips the lockers wait for before stopping */
#define FLIP_LOCKS 100000    /* lock/unlock pairs per locker, at least */

typedef struct FlipShared {
    _Atomic uint8_t m;
    _Atomic uint64_t flips; /* done by the flipper so far */
    _Atomic bool stop;      /* set when both lockers have finished */
    long counter;           /* plain: protected by m */
} FlipShared;

typedef struct FlipLocker {
    FlipShared *s;
    MutexStats st;
    long done;         /* critical sections entered */
    long not_locked;   /* times the byte lacked MUTEX_LOCKED inside the critical section */
} FlipLocker;

typedef struct Flipper {
    FlipShared *s;
    uint64_t lost;    /* operations that found the reserved bits not as it left them */
    uint8_t final;    /* the reserved bits it left at the end */
} Flipper;

static void *flip_locker_main(void *p)
{
    FlipLocker *k = p;
    FlipShared *s = k->s;
    for (long i = 0; i < FLIP_LOCKS || atomic_load(&s->flips) < FLIP_MIN; i++) {
        if (i % 4 == 0) {
            while (!mutex_trylock(&s->m))
                sched_yield();
        } else {
            mutex_lock(&s->m, &k->st);
        }
        if (!(byte_of(&s->m) & MUTEX_LOCKED))
            k->not_locked++;
        s->counter++;
        k->done++;
        mutex_unlock(&s->m);
    }
    return NULL;
}

/* Sets one reserved bit and clears another, over and over; each fetch returns the byte before. */
static void *flipper_main(void *p)
{
    Flipper *f = p;
    FlipShared *s = f->s;
    uint8_t r = byte_of(&s->m) & MUTEX_RESERVED;
    for (unsigned i = 0; !atomic_load(&s->stop); i++) {
        uint8_t set = (uint8_t)(0x04u << (i % 6));
        uint8_t clr = (uint8_t)(0x04u << ((i + 3) % 6));
        uint8_t old = atomic_fetch_or_explicit(&s->m, set, memory_order_relaxed);
        if ((old & MUTEX_RESERVED) != r)
            f->lost++;
        r |= set;
        old = atomic_fetch_and_explicit(&s->m, (uint8_t)~clr, memory_order_relaxed);
        if ((old & MUTEX_RESERVED) != r)
            f->lost++;
        r &= (uint8_t)~clr;
        atomic_fetch_add_explicit(&s->flips, 2, memory_order_relaxed);
    }
    f->final = r;
    return NULL;
}

/*
 * Two threads lock and unlock (lock and trylock) while a third flips reserved
 * bits with fetch-or and fetch-and: no flip is lost, no lock state is lost,
 * the counter the lock protects is exact, and the byte ends as the flipper left it.
 */
static void test_reserved_bits_concurrent(void **state)
{
    (void)state;
    FlipShared s = {.m = 0xA0};
    FlipLocker k[2] = {{.s = &s}, {.s = &s}};
    Flipper f = {.s = &s};
    pthread_t tk[2], tf;
    assert_int_equal(pthread_create(&tf, NULL, flipper_main, &f), 0);
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&tk[i], NULL, flip_locker_main, &k[i]), 0);
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_join(tk[i], NULL), 0);
    atomic_store(&s.stop, true);
    assert_int_equal(pthread_join(tf, NULL), 0);

    assert_int_equal(f.lost, 0);
    assert_true(atomic_load(&s.flips) >= FLIP_MIN);
    assert_int_equal(k[0].not_locked + k[1].not_locked, 0);
    assert_true(k[0].done >= FLIP_LOCKS && k[1].done >= FLIP_LOCKS);
    assert_int_equal(s.counter, k[0].done + k[1].done);
    assert_int_equal(byte_of(&s.m), f.final);
    assert_int_equal(parking_count(&s.m), 0);
}

#define EXCL_THREADS 8
#define EXCL_ITERS 100000

typedef struct ExclWorker {
    _Atomic uint8_t *m;
    long *counter; /* plain: protected by m */
    MutexStats st;
    pthread_t th;
} ExclWorker;

static void *excl_main(void *p)
{
    ExclWorker *w = p;
    for (int i = 0; i < EXCL_ITERS; i++) {
        mutex_lock(w->m, &w->st);
        (*w->counter)++;
        mutex_unlock(w->m);
    }
    return NULL;
}

/* Eight threads increment a plain counter under one lock byte: it ends exact. */
static void test_mutual_exclusion(void **state)
{
    (void)state;
    _Atomic uint8_t m = 0;
    long counter = 0;
    ExclWorker w[EXCL_THREADS];
    for (int i = 0; i < EXCL_THREADS; i++) {
        w[i] = (ExclWorker){.m = &m, .counter = &counter};
        assert_int_equal(pthread_create(&w[i].th, NULL, excl_main, &w[i]), 0);
    }
    for (int i = 0; i < EXCL_THREADS; i++)
        assert_int_equal(pthread_join(w[i].th, NULL), 0);

    uint64_t acquisitions = 0;
    for (int i = 0; i < EXCL_THREADS; i++) {
        MutexStats *st = &w[i].st;
        acquisitions += stat_of(&st->acquisitions);
        assert_int_equal(stat_of(&st->acquisitions), EXCL_ITERS);
        assert_true(stat_of(&st->contended) <= stat_of(&st->acquisitions));
        assert_true(stat_of(&st->handoffs) <= stat_of(&st->contended));
        assert_true(stat_of(&st->handoffs) <= stat_of(&st->parks));
        if (stat_of(&st->contended) == 0)
            assert_int_equal(stat_of(&st->spins) + stat_of(&st->parks), 0);
    }
    assert_int_equal(counter, (long)EXCL_THREADS * EXCL_ITERS);
    assert_int_equal(acquisitions, (uint64_t)EXCL_THREADS * EXCL_ITERS);
    assert_int_equal(byte_of(&m), 0);
    assert_int_equal(parking_count(&m), 0);
}

/* ---------------------------------------------------------------- mutex, parking and hand-off */

/*
 * The test thread holds the lock until a waiter sleeps on it, then ~20 ms
 * more. The waiter spins its whole budget (the lock never comes free), parks
 * once, and gets the lock after the unlock, as one contended acquisition.
 */
static void test_waiter_parks(void **state)
{
    (void)state;
    static _Atomic uint8_t m;
    atomic_store(&m, 0x40);
    MutexStats mine = {0};
    static Locker k;

    mutex_lock(&m, &mine);
    locker_start(&k, &m, NULL, true);
    assert_true(wait_parked(&m, 1));
    assert_int_equal(byte_of(&m), 0x40 | MUTEX_LOCKED | MUTEX_HAS_PARKED);
    sleep_ns(20000000);
    assert_false(atomic_load(&k.acquired));
    mutex_unlock(&m);
    assert_int_equal(pthread_join(k.th, NULL), 0);

    assert_true(k.seen & MUTEX_LOCKED);
    assert_int_equal(k.seen & MUTEX_RESERVED, 0x40);
    assert_int_equal(stat_of(&k.st.acquisitions), 1);
    assert_int_equal(stat_of(&k.st.contended), 1);
    assert_int_equal(stat_of(&k.st.parks), 1);
    assert_int_equal(stat_of(&k.st.spins), MUTEX_SPIN_LIMIT);
    assert_int_equal(stat_of(&mine.contended), 0);
    assert_int_equal(byte_of(&m), 0x40);
    assert_int_equal(parking_count(&m), 0);
}

/*
 * A waiter asleep for longer than MUTEX_FAIR_NS is handed the lock: after the
 * holder's unlock the byte stays locked (MUTEX_HAS_PARKED cleared, no one else
 * sleeps) and the former holder cannot take it back with trylock.
 */
static void test_handoff(void **state)
{
    (void)state;
    static _Atomic uint8_t m;
    atomic_store(&m, 0);
    static Locker k;

    mutex_lock(&m, NULL);
    locker_start(&k, &m, NULL, false);
    assert_true(wait_parked(&m, 1));
    sleep_ns(5000000); /* the waiter has now waited > MUTEX_FAIR_NS */
    mutex_unlock(&m);
    assert_int_equal(byte_of(&m), MUTEX_LOCKED);
    assert_false(mutex_trylock(&m));
    assert_true(wait_flag(&k.acquired));
    atomic_store(&k.go, true);
    assert_int_equal(pthread_join(k.th, NULL), 0);

    assert_int_equal(stat_of(&k.st.acquisitions), 1);
    assert_int_equal(stat_of(&k.st.contended), 1);
    assert_int_equal(stat_of(&k.st.parks), 1);
    assert_int_equal(stat_of(&k.st.handoffs), 1);
    assert_int_equal(byte_of(&m), 0);
}

/*
 * Two waiters asleep: the first to sleep is handed the lock first, and
 * MUTEX_HAS_PARKED stays set for the second; its unlock hands the lock on.
 */
static void test_handoff_two_waiters(void **state)
{
    (void)state;
    static _Atomic uint8_t m;
    atomic_store(&m, 0x20);
    static _Atomic int order;
    atomic_store(&order, 0);
    static Locker a, b;

    mutex_lock(&m, NULL);
    locker_start(&a, &m, &order, false);
    assert_true(wait_parked(&m, 1));
    locker_start(&b, &m, &order, false);
    assert_true(wait_parked(&m, 2));
    sleep_ns(5000000); /* both have waited > MUTEX_FAIR_NS */

    mutex_unlock(&m);
    assert_true(wait_flag(&a.acquired));
    assert_int_equal(a.ticket, 1);
    assert_int_equal(byte_of(&m), 0x20 | MUTEX_LOCKED | MUTEX_HAS_PARKED);
    assert_int_equal(parking_count(&m), 1);
    assert_false(atomic_load(&b.acquired));

    atomic_store(&a.go, true);
    assert_true(wait_flag(&a.released));
    assert_true(wait_flag(&b.acquired));
    assert_int_equal(b.ticket, 2);
    assert_int_equal(byte_of(&m), 0x20 | MUTEX_LOCKED);
    atomic_store(&b.go, true);
    assert_int_equal(pthread_join(a.th, NULL), 0);
    assert_int_equal(pthread_join(b.th, NULL), 0);

    assert_int_equal(stat_of(&a.st.handoffs), 1);
    assert_int_equal(stat_of(&b.st.handoffs), 1);
    assert_int_equal(stat_of(&a.st.parks), 1);
    assert_int_equal(stat_of(&b.st.parks), 1);
    assert_int_equal(byte_of(&m), 0x20);
    assert_int_equal(parking_count(&m), 0);
}

static _Atomic int before_calls, after_calls;

static void count_before(void)
{
    atomic_fetch_add(&before_calls, 1);
}

static void count_after(void)
{
    atomic_fetch_add(&after_calls, 1);
}

static int reset_hooks(void **state)
{
    (void)state;
    mutex_before_park = NULL;
    mutex_after_park = NULL;
    return 0;
}

/* mutex_before_park runs before each sleep and mutex_after_park after it, in pairs. */
static void test_park_hooks(void **state)
{
    (void)state;
    static _Atomic uint8_t m;
    atomic_store(&m, 0);
    static Locker k;
    atomic_store(&before_calls, 0);
    atomic_store(&after_calls, 0);
    mutex_before_park = count_before;
    mutex_after_park = count_after;

    mutex_lock(&m, NULL);
    locker_start(&k, &m, NULL, true);
    assert_true(wait_parked(&m, 1));
    /* Asleep now: before has run once more than after (a park that failed validation ran both). */
    assert_int_equal(atomic_load(&before_calls), atomic_load(&after_calls) + 1);
    mutex_unlock(&m);
    assert_int_equal(pthread_join(k.th, NULL), 0);

    assert_true(atomic_load(&before_calls) >= 1);
    assert_int_equal(atomic_load(&before_calls), atomic_load(&after_calls));
    assert_true((uint64_t)atomic_load(&after_calls) >= stat_of(&k.st.parks));
    assert_int_equal(stat_of(&k.st.parks), 1);

    /* Uncontended locking calls neither. */
    int before = atomic_load(&before_calls);
    mutex_lock(&m, NULL);
    mutex_unlock(&m);
    assert_int_equal(atomic_load(&before_calls), before);
    reset_hooks(NULL);
}

/* ---------------------------------------------------------------- parking lot */

typedef struct ValidateSeen {
    int calls;
    const void *addr;
    bool answer;
} ValidateSeen;

static bool validate_record(const void *addr, void *arg)
{
    ValidateSeen *v = arg;
    v->calls++;
    v->addr = addr;
    return v->answer;
}

typedef struct UnparkSeen {
    int calls;
    void *data;
    bool more;
} UnparkSeen;

static void unpark_record(void *arg, void *waiter_data, bool has_more_waiters)
{
    UnparkSeen *u = arg;
    u->calls++;
    u->data = waiter_data;
    u->more = has_more_waiters;
}

/* A thread asleep in parking_park() with no validation. */
typedef struct Parker {
    const void *addr;
    void *data;
    int64_t timeout_ns;
    _Atomic int result; /* -1 until parking_park() returns */
    pthread_t th;
} Parker;

static void *parker_main(void *p)
{
    Parker *k = p;
    atomic_store(&k->result, parking_park(k->addr, NULL, NULL, k->timeout_ns, k->data));
    return NULL;
}

static void parker_start(Parker *k, const void *addr, void *data, int64_t timeout_ns)
{
    *k = (Parker){.addr = addr, .data = data, .timeout_ns = timeout_ns, .result = -1};
    assert_int_equal(pthread_create(&k->th, NULL, parker_main, k), 0);
}

/* A validate that says no: the thread does not sleep; validate saw the address and argument. */
static void test_park_invalid(void **state)
{
    (void)state;
    static int x;
    ValidateSeen v = {.answer = false};
    /* The timeout only turns a validate that is ignored into a failure instead of a hang. */
    assert_int_equal(parking_park(&x, validate_record, &v, HANG_NS / 6, NULL), PARKING_INVALID);
    assert_int_equal(v.calls, 1);
    assert_ptr_equal(v.addr, &x);
    assert_int_equal(parking_count(&x), 0);

    /* Validation comes before a zero timeout. */
    assert_int_equal(parking_park(&x, validate_record, &v, 0, NULL), PARKING_INVALID);
    assert_int_equal(v.calls, 2);
}

/* With no one to wake it, a timed park times out and leaves no record behind. */
static void test_park_timeout(void **state)
{
    (void)state;
    static int x;
    ValidateSeen v = {.answer = true};
    assert_int_equal(parking_park(&x, validate_record, &v, 0, NULL), PARKING_TIMEOUT);
    assert_int_equal(v.calls, 1);
    assert_int_equal(parking_park(&x, validate_record, &v, 2000000, NULL), PARKING_TIMEOUT);
    assert_int_equal(v.calls, 2);
    assert_int_equal(parking_park(&x, NULL, NULL, 1000000, NULL), PARKING_TIMEOUT);
    assert_int_equal(parking_count(&x), 0);

    /* The timed-out record is gone: an unpark finds nothing. */
    UnparkSeen u = {0};
    parking_unpark(&x, unpark_record, &u);
    assert_int_equal(u.calls, 1);
    assert_null(u.data);
    assert_false(u.more);
}

/* A timed park woken before its timeout reports PARKING_WOKEN. */
static void test_park_timed_woken(void **state)
{
    (void)state;
    static int x, data;
    static Parker k;
    parker_start(&k, &x, &data, HANG_NS);
    assert_true(wait_parked(&x, 1));
    UnparkSeen u = {0};
    parking_unpark(&x, unpark_record, &u);
    assert_int_equal(pthread_join(k.th, NULL), 0);
    assert_int_equal(atomic_load(&k.result), PARKING_WOKEN);
    assert_ptr_equal(u.data, &data);
    assert_false(u.more);
}

/* Two sleepers on one address: woken oldest first; the callback sees has_more_waiters right. */
static void test_unpark_two_waiters(void **state)
{
    (void)state;
    static int x, d1, d2;
    static Parker k1, k2;
    parker_start(&k1, &x, &d1, -1);
    assert_true(wait_parked(&x, 1));
    parker_start(&k2, &x, &d2, -1);
    assert_true(wait_parked(&x, 2));

    UnparkSeen u = {0};
    parking_unpark(&x, unpark_record, &u);
    assert_int_equal(u.calls, 1);
    assert_ptr_equal(u.data, &d1);
    assert_true(u.more);
    assert_int_equal(pthread_join(k1.th, NULL), 0);
    assert_int_equal(atomic_load(&k1.result), PARKING_WOKEN);
    assert_int_equal(parking_count(&x), 1);
    assert_int_equal(atomic_load(&k2.result), -1);

    parking_unpark(&x, unpark_record, &u);
    assert_int_equal(u.calls, 2);
    assert_ptr_equal(u.data, &d2);
    assert_false(u.more);
    assert_int_equal(pthread_join(k2.th, NULL), 0);
    assert_int_equal(atomic_load(&k2.result), PARKING_WOKEN);

    parking_unpark(&x, unpark_record, &u);
    assert_int_equal(u.calls, 3);
    assert_null(u.data);
    assert_false(u.more);
    parking_unpark(&x, NULL, NULL); /* no callback, no sleeper: nothing happens */
    assert_int_equal(parking_count(&x), 0);
}

#define ALL_WAITERS 4

/* parking_unpark_all wakes every sleeper on the address. */
static void test_unpark_all(void **state)
{
    (void)state;
    static int x;
    static Parker k[ALL_WAITERS];
    parking_unpark_all(&x); /* none asleep: nothing happens */
    for (int i = 0; i < ALL_WAITERS; i++)
        parker_start(&k[i], &x, NULL, -1);
    assert_true(wait_parked(&x, ALL_WAITERS));
    parking_unpark_all(&x);
    for (int i = 0; i < ALL_WAITERS; i++) {
        assert_int_equal(pthread_join(k[i].th, NULL), 0);
        assert_int_equal(atomic_load(&k[i].result), PARKING_WOKEN);
    }
    assert_int_equal(parking_count(&x), 0);
}

/* Two addresses in one bucket: unparking one leaves the other's sleepers alone. */
static void test_bucket_collision(void **state)
{
    (void)state;
    static char area[2 * PARKING_BUCKETS];
    const void *a = &area[0], *b = NULL;
    for (size_t i = 1; i < sizeof area && b == NULL; i++)
        if (parking_bucket(&area[i]) == parking_bucket(a))
            b = &area[i];
    assert_non_null(b);

    static int da, db;
    static Parker ka, kb1, kb2;
    parker_start(&ka, a, &da, -1);
    assert_true(wait_parked(a, 1));
    parker_start(&kb1, b, &db, -1);
    assert_true(wait_parked(b, 1));

    UnparkSeen u = {0};
    parking_unpark(b, unpark_record, &u);
    assert_ptr_equal(u.data, &db);
    assert_false(u.more); /* a's sleeper shares the bucket, not the address */
    assert_int_equal(pthread_join(kb1.th, NULL), 0);
    assert_int_equal(parking_count(a), 1);

    parker_start(&kb2, b, &db, -1);
    assert_true(wait_parked(b, 1));
    parking_unpark_all(a);
    assert_int_equal(pthread_join(ka.th, NULL), 0);
    assert_int_equal(atomic_load(&ka.result), PARKING_WOKEN);
    assert_int_equal(parking_count(b), 1);
    parking_unpark_all(b);
    assert_int_equal(pthread_join(kb2.th, NULL), 0);
    assert_int_equal(atomic_load(&kb2.result), PARKING_WOKEN);
}

#define LOST_ROUNDS 2000

typedef struct LostShared {
    _Atomic int flag[LOST_ROUNDS];
    long timeouts; /* waits that were never woken (lost wake-ups) */
} LostShared;

static bool still_zero(const void *addr, void *arg)
{
    (void)arg;
    return atomic_load_explicit((_Atomic int *)addr, memory_order_relaxed) == 0;
}

static void *lost_waiter_main(void *p)
{
    LostShared *s = p;
    for (int i = 0; i < LOST_ROUNDS; i++)
        while (atomic_load(&s->flag[i]) == 0)
            if (parking_park(&s->flag[i], still_zero, NULL, HANG_NS / 4, NULL) == PARKING_TIMEOUT)
                s->timeouts++;
    return NULL;
}

/*
 * The header's example, many times over: the waker sets a flag and wakes
 * everyone while the waiter checks and parks. A wake-up that came between
 * the waiter's check and its sleep would leave it asleep until its timeout.
 */
static void test_no_lost_wakeup(void **state)
{
    (void)state;
    static LostShared s;
    memset(&s, 0, sizeof s);
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, lost_waiter_main, &s), 0);
    for (int i = 0; i < LOST_ROUNDS; i++) {
        if (i % 2 == 0)
            sched_yield();
        atomic_store(&s.flag[i], 1);
        parking_unpark_all(&s.flag[i]);
    }
    assert_int_equal(pthread_join(th, NULL), 0);
    assert_int_equal(s.timeouts, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uncontended),
        cmocka_unit_test(test_reserved_bits_kept),
        cmocka_unit_test(test_unlock_stale_has_parked),
        cmocka_unit_test(test_reserved_bits_concurrent),
        cmocka_unit_test(test_mutual_exclusion),
        cmocka_unit_test(test_waiter_parks),
        cmocka_unit_test(test_handoff),
        cmocka_unit_test(test_handoff_two_waiters),
        cmocka_unit_test_teardown(test_park_hooks, reset_hooks),
        cmocka_unit_test(test_park_invalid),
        cmocka_unit_test(test_park_timeout),
        cmocka_unit_test(test_park_timed_woken),
        cmocka_unit_test(test_unpark_two_waiters),
        cmocka_unit_test(test_unpark_all),
        cmocka_unit_test(test_bucket_collision),
        cmocka_unit_test(test_no_lost_wakeup),
    };
    signal(SIGALRM, watchdog);
    alarm(WATCHDOG_S);
    return cmocka_run_group_tests_name("mutex", tests, NULL, NULL);
}
