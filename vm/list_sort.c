// SPDX-License-Identifier: MIT
/**
 * @file list_sort.c
 * @brief list.sort() and sorted(): a stable natural merge sort.
 *
 * The algorithm is timsort without galloping: the input is cut into
 * natural runs (ascending, or strictly descending and then reversed), short
 * runs are extended to a minimum length with binary insertion sort, and
 * runs are merged from a stack kept balanced by timsort's (corrected)
 * invariants. Before each merge, binary searches drop the prefix of the left
 * run and the suffix of the right run that are already in place, so sorted
 * and nearly sorted inputs take about n comparisons.
 *
 * Comparisons are `key(a) < key(b)` through obj_compare_bool(); when every
 * key is a small int, an exact float or an exact str, a direct C comparison
 * is used instead (same results, no Python code).
 *
 * ## Safety while Python code runs
 *
 * The key function and the comparisons are Python code, so the sort runs on
 * the items *detached* from the list: the list looks empty meanwhile, and a
 * key or `__lt__` that mutates it cannot disturb the sort. At the end the
 * sorted items go back; if the list was changed during the sort, what it
 * then holds is dropped and ValueError "list modified during sort" is raised
 * (as CPython).
 *
 * If the key function or a comparison raises, merging stops at once and
 * every item is put back, so the list holds a permutation of its items and
 * the exception propagates.
 *
 * reverse=True keeps stability as CPython does: reverse, sort, reverse.
 */
#include "list.h"

#include "../gil/lock.h"
#include "exc.h"
#include "float.h"
#include "str.h"

/** Longest run stack needed for 2**64 items under timsort's invariants. */
#define MAX_RUNS 85

/** How keys are compared. */
typedef enum KeyKind { KEYS_OBJECT, KEYS_SMALLINT, KEYS_FLOAT, KEYS_STR } KeyKind;

/** A run of sorted items waiting to be merged. */
typedef struct Run {
    size_t base; /**< first index */
    size_t len;  /**< number of items */
} Run;

/** The state of one sort. */
typedef struct Sorter {
    Value *keys;        /**< what is compared */
    Value *vals;        /**< the items, moved along with the keys; NULL when keys are the items */
    KeyKind kind;       /**< comparison to use */
    Value *tmpk;        /**< scratch for merges: keys */
    Value *tmpv;        /**< scratch for merges: values (when vals) */
    size_t tmpcap;      /**< slots in the scratch arrays */
    Run runs[MAX_RUNS]; /**< runs waiting to be merged, oldest first */
    int nruns;          /**< number of runs on the stack */
} Sorter;

/* keys[a] < keys[b] style comparison: 1, 0, or -1 with an exception. */
static int lt(const Sorter *s, Value a, Value b)
{
    switch (s->kind) {
    case KEYS_SMALLINT:
        return AS_SMALLINT(a) < AS_SMALLINT(b);
    case KEYS_FLOAT:
        return FLOAT_AS_DOUBLE(a) < FLOAT_AS_DOUBLE(b);
    case KEYS_STR:
        return str_compare(a, b) < 0;
    case KEYS_OBJECT:
        break;
    }
    return obj_compare_bool(a, b, CMP_LT);
}

static KeyKind pick_kind(const Value *keys, size_t n)
{
    bool smallint = true, flt = true, str = true;
    for (size_t i = 0; i < n && (smallint || flt || str); i++) {
        Value k = keys[i];
        if (!IS_SMALLINT(k))
            smallint = false;
        if (!IS_OBJ(k) || AS_OBJ(k)->type != &float_type)
            flt = false;
        if (!IS_OBJ(k) || AS_OBJ(k)->type != &str_type)
            str = false;
    }
    return smallint ? KEYS_SMALLINT : flt ? KEYS_FLOAT : str ? KEYS_STR : KEYS_OBJECT;
}

static void reverse_range(Value *v, size_t lo, size_t hi)
{
    for (; lo + 1 < hi; lo++, hi--) {
        Value t = v[lo];
        v[lo] = v[hi - 1];
        v[hi - 1] = t;
    }
}

/* Insertion sort of [lo, hi) by binary search, where [lo, start) is already sorted. */
static int binsort(Sorter *s, size_t lo, size_t hi, size_t start)
{
    for (size_t i = start; i < hi; i++) {
        Value pivot = s->keys[i];
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            int c = lt(s, pivot, s->keys[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(&s->keys[l + 1], &s->keys[l], (i - l) * sizeof(Value));
        s->keys[l] = pivot;
        if (s->vals != NULL) {
            Value pv = s->vals[i];
            memmove(&s->vals[l + 1], &s->vals[l], (i - l) * sizeof(Value));
            s->vals[l] = pv;
        }
    }
    return 0;
}

/* Length of the natural run starting at lo (a strictly descending one is reversed). */
static int count_run(Sorter *s, size_t lo, size_t hi, size_t *len)
{
    size_t i = lo + 1;
    if (i == hi) {
        *len = 1;
        return 0;
    }
    int c = lt(s, s->keys[i], s->keys[lo]);
    if (c < 0)
        return -1;
    bool descending = c;
    for (i++; i < hi; i++) {
        c = lt(s, s->keys[i], s->keys[i - 1]);
        if (c < 0)
            return -1;
        if (c != descending)
            break;
    }
    if (descending) {
        reverse_range(s->keys, lo, i);
        if (s->vals != NULL)
            reverse_range(s->vals, lo, i);
    }
    *len = i - lo;
    return 0;
}

/* Minimum run length: between 32 and 64, so that n / minrun is a power of two or just below. */
static size_t min_run(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int ensure_tmp(Sorter *s, size_t n)
{
    if (n <= s->tmpcap)
        return 0;
    Value *k = realloc(s->tmpk, n * sizeof(Value));
    if (k == NULL) {
        exc_nomemory();
        return -1;
    }
    s->tmpk = k;
    if (s->vals != NULL) {
        Value *v = realloc(s->tmpv, n * sizeof(Value));
        if (v == NULL) {
            exc_nomemory();
            return -1;
        }
        s->tmpv = v;
    }
    s->tmpcap = n;
    return 0;
}

/*
 * Merge the adjacent sorted ranges [a, a+na) and [a+na, a+na+nb). The left
 * range is moved to scratch and merged back from the left; on an error the
 * rest of the scratch is copied back, which keeps the array a permutation.
 */
static int merge_lo(Sorter *s, size_t a, size_t na, size_t nb)
{
    if (ensure_tmp(s, na) < 0)
        return -1;
    Value *keys = s->keys, *vals = s->vals;
    memcpy(s->tmpk, &keys[a], na * sizeof(Value));
    if (vals != NULL)
        memcpy(s->tmpv, &vals[a], na * sizeof(Value));
    size_t i = 0, j = a + na, end = a + na + nb, d = a;
    int rc = 0;
    while (i < na && j < end) {
        int c = lt(s, keys[j], s->tmpk[i]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            keys[d] = keys[j];
            if (vals != NULL)
                vals[d] = vals[j];
            j++;
        } else {
            keys[d] = s->tmpk[i];
            if (vals != NULL)
                vals[d] = s->tmpv[i];
            i++;
        }
        d++;
    }
    memcpy(&keys[d], &s->tmpk[i], (na - i) * sizeof(Value));
    if (vals != NULL)
        memcpy(&vals[d], &s->tmpv[i], (na - i) * sizeof(Value));
    return rc;
}

/* Merge runs i and i+1 of the stack. */
static int merge_at(Sorter *s, int i)
{
    size_t a = s->runs[i].base, na = s->runs[i].len;
    size_t b = s->runs[i + 1].base, nb = s->runs[i + 1].len;
    s->runs[i].len = na + nb;
    if (i == s->nruns - 3)
        s->runs[i + 1] = s->runs[i + 2];
    s->nruns--;

    /* Items of the left run not greater than the right run's first are in place. */
    size_t l = 0, r = na;
    while (l < r) {
        size_t m = l + (r - l) / 2;
        int c = lt(s, s->keys[b], s->keys[a + m]);
        if (c < 0)
            return -1;
        if (c)
            r = m;
        else
            l = m + 1;
    }
    a += l;
    na -= l;
    if (na == 0)
        return 0;
    /* Items of the right run not less than the left run's last are in place. */
    Value last = s->keys[a + na - 1];
    l = 0;
    r = nb;
    while (l < r) {
        size_t m = l + (r - l) / 2;
        int c = lt(s, s->keys[b + m], last);
        if (c < 0)
            return -1;
        if (c)
            l = m + 1;
        else
            r = m;
    }
    nb = l;
    if (nb == 0)
        return 0;
    return merge_lo(s, a, na, nb);
}

/* Restore the stack invariants: len[i-2] > len[i-1] + len[i] and len[i-1] > len[i]. */
static int merge_collapse(Sorter *s)
{
    Run *p = s->runs;
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
            (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len)
                n--;
        } else if (p[n].len > p[n + 1].len)
            break;
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int merge_force(Sorter *s)
{
    Run *p = s->runs;
    while (s->nruns > 1) {
        int n = s->nruns - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        if (merge_at(s, n) < 0)
            return -1;
    }
    return 0;
}

static int sort_all(Sorter *s, size_t n)
{
    size_t minrun = min_run(n), lo = 0;
    while (lo < n) {
        size_t len;
        if (count_run(s, lo, n, &len) < 0)
            return -1;
        if (len < minrun) {
            size_t force = n - lo < minrun ? n - lo : minrun;
            if (binsort(s, lo, lo + force, lo + len) < 0)
                return -1;
            len = force;
        }
        CHECK(s->nruns < MAX_RUNS);
        s->runs[s->nruns++] = (Run){lo, len};
        if (merge_collapse(s) < 0)
            return -1;
        lo += len;
    }
    return merge_force(s);
}

int list_sort(Value list, Value key, bool reverse)
{
    ListObj *l = (ListObj *)AS_OBJ(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    Value *items = l->items;
    size_t n = l->size, cap = l->cap;
    l->items = NULL;
    l->size = l->cap = 0;
    cs_end(&cs);

    int rc = 0;
    Value *keys = NULL;
    if (key != VNULL && key != NONE_VAL && n > 0) {
        keys = malloc(n * sizeof(Value));
        if (keys == NULL) {
            exc_nomemory();
            rc = -1;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            keys[i] = obj_call(key, &items[i], 1);
            if (keys[i] == VNULL) {
                while (i > 0)
                    decref(keys[--i]);
                free(keys);
                rc = -1;
                goto restore;
            }
        }
    }
    if (n > 1) {
        Sorter s;
        s.keys = keys != NULL ? keys : items;
        s.vals = keys != NULL ? items : NULL;
        s.kind = pick_kind(s.keys, n);
        s.tmpk = s.tmpv = NULL;
        s.tmpcap = 0;
        s.nruns = 0;
        if (reverse) {
            reverse_range(s.keys, 0, n);
            if (s.vals != NULL)
                reverse_range(s.vals, 0, n);
        }
        rc = sort_all(&s, n);
        if (reverse)
            reverse_range(items, 0, n);
        free(s.tmpk);
        free(s.tmpv);
    }
    if (keys != NULL) {
        for (size_t i = n; i > 0; i--)
            decref(keys[i - 1]);
        free(keys);
    }

restore:
    cs_begin(&cs, &l->base);
    Value *junk = l->items;
    size_t njunk = l->size;
    bool modified = junk != NULL || njunk != 0;
    l->items = items;
    l->size = n;
    l->cap = cap;
    cs_end(&cs);
    if (modified) {
        for (size_t i = njunk; i > 0; i--)
            decref(junk[i - 1]);
        free(junk);
        if (rc == 0) {
            exc_raise(&exc_ValueError, "list modified during sort");
            rc = -1;
        }
    }
    return rc;
}
