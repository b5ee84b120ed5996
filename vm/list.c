// SPDX-License-Identifier: MIT
/**
 * @file list.c
 * @brief list: storage, slots, methods and iterators (sorting is in list_sort.c).
 *
 * ## Locking
 *
 * `size`, `cap` and `items` are read and written only inside a critical
 * section on the list (gil/lock.h). Python code never runs inside one:
 * comparisons, `__index__`, iterating another object, repr, and any decref
 * that may free an item (which can run arbitrary deallocation) all happen
 * after the section ends. So an operation copies out what it needs with
 * new references, leaves, then calls; and an operation that removes items
 * stores the new state first, collects the removed items, and drops them
 * after leaving. Loops that call Python code per item (contains, index,
 * repr, comparison) re-enter the section for each item and re-check the
 * size, so a list that shrinks meanwhile is never read out of bounds.
 *
 * A freshly created list that no other thread can see yet is filled without
 * a section.
 *
 * ## Growth
 *
 * As CPython: growing to n items allocates about n + n/8 + 6 slots (rounded
 * to a multiple of 4), so a run of appends costs amortised O(1); a jump
 * much larger than that (extend by many items) allocates exactly what is
 * needed. Shrinking below half the capacity gives memory back.
 */
#include "list.h"

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "int.h"
#include "range.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/** Most items a list may hold (so that the byte size fits a signed 64-bit). */
#define LIST_MAX ((size_t)INT64_MAX / sizeof(Value))

static const char MSG_INDEX_FIT[] = "cannot fit 'int' into an index-sized integer";
static const char MSG_SSIZE[] = "Python int too large to convert to C ssize_t";

static inline ListObj *as_list(Value v)
{
    return (ListObj *)AS_OBJ(v);
}

/* ---------------------------------------------------------------- storage */

/*
 * Make the capacity right for n items (inside the section; the caller
 * moves the items). Growing keeps the current items; shrinking must be
 * called after the items beyond n are gone. 0, or -1 when out of memory:
 * nothing changed and nothing is raised (the caller raises after leaving
 * the section). A failed shrink is not an error.
 */
static int reserve(ListObj *l, size_t n)
{
    if (n <= l->cap && n >= l->cap / 2)
        return 0;
    if (n > LIST_MAX)
        return -1;
    size_t cap = 0;
    if (n > 0) {
        cap = (n + (n >> 3) + 6) & ~(size_t)3;
        if (n > l->size && n - l->size > cap - n)
            cap = (n + 3) & ~(size_t)3;
    }
    if (cap == 0) {
        free(l->items);
        l->items = NULL;
        l->cap = 0;
        return 0;
    }
    Value *p = realloc(l->items, cap * sizeof(Value));
    if (p == NULL)
        return n <= l->cap ? 0 : -1;
    l->items = p;
    l->cap = cap;
    return 0;
}

/* Drop the references in buf[0..n) and free buf (outside any section). */
static void release(Value *buf, size_t n)
{
    for (size_t i = n; i > 0; i--)
        decref(buf[i - 1]);
    free(buf);
}

/* Copy out the items with new references: 0 with *out (NULL when empty), or -1. */
static int snapshot(ListObj *l, Value **out, size_t *n)
{
    CritSection cs;
    cs_begin(&cs, &l->base);
    size_t size = l->size;
    Value *buf = NULL;
    if (size > 0) {
        buf = malloc(size * sizeof(Value));
        if (buf == NULL) {
            cs_end(&cs);
            exc_nomemory();
            return -1;
        }
        for (size_t i = 0; i < size; i++)
            buf[i] = newref(l->items[i]);
    }
    cs_end(&cs);
    *out = buf;
    *n = size;
    return 0;
}

/* The item at i (0-based, no wrap-around) as a new reference, or VNULL past the end. */
static Value item_at(ListObj *l, size_t i)
{
    CritSection cs;
    cs_begin(&cs, &l->base);
    Value v = i < l->size ? newref(l->items[i]) : VNULL;
    cs_end(&cs);
    return v;
}

/* Append, stealing v (dropped on failure). */
static int append_steal(ListObj *l, Value v)
{
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (l->size == l->cap && reserve(l, l->size + 1) < 0) {
        cs_end(&cs);
        decref(v);
        exc_nomemory();
        return -1;
    }
    l->items[l->size++] = v;
    cs_end(&cs);
    return 0;
}

/* Append n values, stealing them (all dropped on failure). */
static int append_many_steal(ListObj *l, Value *vals, size_t n)
{
    if (n == 0)
        return 0;
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (l->size + n > LIST_MAX || reserve(l, l->size + n) < 0) {
        cs_end(&cs);
        for (size_t i = 0; i < n; i++)
            decref(vals[i]);
        exc_nomemory();
        return -1;
    }
    memcpy(&l->items[l->size], vals, n * sizeof(Value));
    l->size += n;
    cs_end(&cs);
    return 0;
}

/* Initialise the list part of a freshly allocated list object and track it. */
static void init_fresh(ListObj *l)
{
    l->size = 0;
    l->cap = 0;
    l->items = NULL;
    gc_track(&l->base);
}

Value list_new(size_t cap)
{
    if (cap > LIST_MAX)
        return exc_nomemory();
    ListObj *l = (ListObj *)alloc_object(&list_type);
    if (l == NULL)
        return VNULL;
    l->size = 0;
    l->cap = 0;
    l->items = NULL;
    if (cap > 0) {
        l->items = malloc(cap * sizeof(Value));
        if (l->items == NULL) {
            alloc_free(&l->base);
            return exc_nomemory();
        }
        l->cap = cap;
    }
    gc_track(&l->base);
    return OBJ_VAL(l);
}

Value list_from_array(const Value *items, size_t n)
{
    Value res = list_new(n);
    if (res == VNULL)
        return VNULL;
    ListObj *l = as_list(res);
    for (size_t i = 0; i < n; i++)
        l->items[i] = newref(items[i]);
    l->size = n;
    return res;
}

Value list_from_iterable(Value iterable)
{
    Value res = list_new(0);
    if (res == VNULL)
        return VNULL;
    if (list_extend(res, iterable) < 0) {
        decref(res);
        return VNULL;
    }
    return res;
}

size_t list_size(Value list)
{
    ListObj *l = as_list(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    size_t n = l->size;
    cs_end(&cs);
    return n;
}

int list_append(Value list, Value v)
{
    ListObj *l = as_list(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (UNLIKELY(l->size == l->cap) && reserve(l, l->size + 1) < 0) {
        cs_end(&cs);
        exc_nomemory();
        return -1;
    }
    l->items[l->size++] = newref(v);
    cs_end(&cs);
    return 0;
}

/*
 * Collect the items of any iterable into a malloc'd array of new
 * references (lists are snapshotted, tuples copied). If iter() fails with
 * a TypeError and @p typeerr is not NULL, that message replaces it.
 */
static int collect(Value iterable, Value **out, size_t *n, const char *typeerr)
{
    if (list_check(iterable))
        return snapshot(as_list(iterable), out, n);
    if (tuple_check(iterable)) {
        size_t size = TUPLE_SIZE(iterable);
        Value *buf = NULL;
        if (size > 0) {
            buf = malloc(size * sizeof(Value));
            if (buf == NULL) {
                exc_nomemory();
                return -1;
            }
            for (size_t i = 0; i < size; i++)
                buf[i] = newref(TUPLE_ITEMS(iterable)[i]);
        }
        *out = buf;
        *n = size;
        return 0;
    }
    Value it = obj_iter(iterable);
    if (it == VNULL) {
        if (typeerr != NULL && exc_matches(&exc_TypeError)) {
            exc_clear();
            exc_raise(&exc_TypeError, "%s", typeerr);
        }
        return -1;
    }
    Value tmp = list_new(0);
    if (tmp == VNULL) {
        decref(it);
        return -1;
    }
    ListObj *t = as_list(tmp);
    for (;;) {
        Value v = obj_next(it);
        if (v == VNULL) {
            if (exc_occurred()) {
                decref(it);
                decref(tmp);
                return -1;
            }
            break;
        }
        if (append_steal(t, v) < 0) {
            decref(it);
            decref(tmp);
            return -1;
        }
    }
    decref(it);
    /* tmp is private: take its storage. */
    *out = t->items;
    *n = t->size;
    t->items = NULL;
    t->size = t->cap = 0;
    decref(tmp);
    return 0;
}

int list_extend(Value list, Value iterable)
{
    ListObj *l = as_list(list);
    if (list_check(iterable) || tuple_check(iterable)) {
        Value *buf;
        size_t n;
        if (collect(iterable, &buf, &n, NULL) < 0)
            return -1;
        int rc = append_many_steal(l, buf, n);
        free(buf);
        return rc;
    }
    Value it = obj_iter(iterable);
    if (it == VNULL)
        return -1;
    /* Make room for what the iterable says it holds, as CPython does: list(range(10**12))
     * fails at once with MemoryError instead of first filling all memory. */
    int64_t hint = list_length_hint(iterable);
    if (hint < 0) {
        decref(it);
        return -1;
    }
    if (hint > 0) {
        CritSection cs;
        cs_begin(&cs, &l->base);
        int rc = (uint64_t)hint <= LIST_MAX - l->size ? reserve(l, l->size + (size_t)hint) : 0;
        cs_end(&cs);
        if (rc < 0) {
            decref(it);
            exc_nomemory();
            return -1;
        }
    }
    for (;;) {
        Value v = obj_next(it);
        if (v == VNULL)
            break;
        if (append_steal(l, v) < 0)
            break;
    }
    decref(it);
    return exc_occurred() ? -1 : 0;
}

int64_t list_length_hint(Value v)
{
    if (TYPE_OF(v)->len == NULL)
        return 0;
    int64_t n = obj_len(v);
    if (n < 0) {
        if (!exc_matches(&exc_TypeError))
            return -1;
        exc_clear(); /* as CPython's PyObject_LengthHint: a failing __len__ is no hint */
        return 0;
    }
    return n;
}

Value list_get_ref(Value list, int64_t i)
{
    ListObj *l = as_list(list);
    Value v = i >= 0 ? item_at(l, (size_t)i) : VNULL;
    if (v == VNULL)
        return exc_raise(&exc_IndexError, "list index out of range");
    return v;
}

int list_set(Value list, int64_t i, Value v)
{
    ListObj *l = as_list(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (i < 0 || (uint64_t)i >= l->size) {
        cs_end(&cs);
        exc_raise(&exc_IndexError, "list assignment index out of range");
        return -1;
    }
    Value old = l->items[i];
    l->items[i] = newref(v);
    cs_end(&cs);
    decref(old);
    return 0;
}

Value list_as_tuple(Value list)
{
    Value *buf;
    size_t n;
    if (snapshot(as_list(list), &buf, &n) < 0)
        return VNULL;
    Value t = tuple_new(n);
    if (t == VNULL) {
        release(buf, n);
        return VNULL;
    }
    if (n > 0)
        memcpy(TUPLE_ITEMS(t), buf, n * sizeof(Value));
    free(buf);
    return t;
}

static void reverse_values(Value *v, size_t n)
{
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j - 1];
        v[j - 1] = t;
    }
}

void list_reverse(Value list)
{
    ListObj *l = as_list(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    reverse_values(l->items, l->size);
    cs_end(&cs);
}

void list_clear(Value list)
{
    ListObj *l = as_list(list);
    CritSection cs;
    cs_begin(&cs, &l->base);
    Value *items = l->items;
    size_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    cs_end(&cs);
    release(items, n);
}

/* ---------------------------------------------------------------- indices */

/*
 * The integer value of an index-like object (int, bool, or __index__).
 * 1 with *out; 0 if @p v is not index-like (nothing raised); -1 with an
 * exception, @p ovf_type(@p ovf_msg) when the value does not fit int64.
 */
static int as_index(Value v, int64_t *out, Type *ovf_type, const char *ovf_msg)
{
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 1;
    }
    Value iv;
    if (int_check(v))
        iv = newref(v);
    else if (TYPE_OF(v)->to_index != NULL) {
        iv = obj_index(v);
        if (iv == VNULL)
            return -1;
    } else
        return 0;
    int rc = int_as_i64(iv, out);
    decref(iv);
    if (rc < 0) {
        if (exc_matches(&exc_OverflowError)) {
            exc_clear();
            exc_raise(ovf_type, "%s", ovf_msg);
        }
        return -1;
    }
    return 1;
}

/* An integer argument of a method (list.pop, list.insert): 0 or -1. */
static int arg_index(Value v, int64_t *out)
{
    int rc = as_index(v, out, &exc_OverflowError, MSG_SSIZE);
    if (rc == 0)
        exc_raise(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    return rc > 0 ? 0 : -1;
}

/*
 * The bounds of a slice as int64, defaults filled in (CPython's
 * PySlice_Unpack). May run __index__: call outside any section.
 */
static int slice_unpack(Value slice, int64_t *start, int64_t *stop, int64_t *step)
{
    SliceObj *s = (SliceObj *)AS_OBJ(slice);
    *step = 1;
    if (slice_index(s->step, true, step) < 0)
        return -1;
    if (*step == 0) {
        exc_raise(&exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (*step < -INT64_MAX)
        *step = -INT64_MAX;
    *start = *step < 0 ? INT64_MAX : 0;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (slice_index(s->start, true, start) < 0 || slice_index(s->stop, true, stop) < 0)
        return -1;
    return 0;
}

/* Clamp unpacked bounds to a length; returns the slice length (PySlice_AdjustIndices). */
static int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len)
        *start = step < 0 ? len - 1 : len;
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len)
        *stop = step < 0 ? len - 1 : len;
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop)
        return (*stop - *start - 1) / step + 1;
    return 0;
}

/* --------------------------------------------------------- slots: items */

static Value get_slice(ListObj *l, Value slice)
{
    int64_t start, stop, step;
    if (slice_unpack(slice, &start, &stop, &step) < 0)
        return VNULL;
    Value res = list_new(0);
    if (res == VNULL)
        return VNULL;
    ListObj *r = as_list(res);
    CritSection cs;
    cs_begin(&cs, &l->base);
    int64_t n = slice_adjust((int64_t)l->size, &start, &stop, step);
    if (n > 0) {
        Value *buf = malloc((size_t)n * sizeof(Value));
        if (buf == NULL) {
            cs_end(&cs);
            decref(res);
            return exc_nomemory();
        }
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            buf[k] = newref(l->items[i]);
        r->items = buf;
        r->size = r->cap = (size_t)n;
    }
    cs_end(&cs);
    return res;
}

static Value slot_getitem(Value v, Value key)
{
    ListObj *l = as_list(v);
    if (IS_OBJ(key) && AS_OBJ(key)->type == &slice_type)
        return get_slice(l, key);
    int64_t i;
    int rc = as_index(key, &i, &exc_IndexError, MSG_INDEX_FIT);
    if (rc < 0)
        return VNULL;
    if (rc == 0)
        return exc_raise(&exc_TypeError, "list indices must be integers or slices, not %T", key);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (i < 0)
        i += (int64_t)l->size;
    if (i < 0 || (uint64_t)i >= l->size) {
        cs_end(&cs);
        return exc_raise(&exc_IndexError, "list index out of range");
    }
    Value item = newref(l->items[i]);
    cs_end(&cs);
    return item;
}

/*
 * Replace items [lo, hi) by the n values in src, whose references are
 * stolen on success (inside the section). The removed items go to *junk.
 * 0, or -1 when out of memory (nothing changed).
 */
static int replace_range(ListObj *l, size_t lo, size_t hi, Value *src, size_t n, Value **junk,
                         size_t *njunk)
{
    size_t d = hi - lo, size = l->size;
    size_t newsize = size - d + n;
    Value *removed = NULL;
    if (d > 0) {
        removed = malloc(d * sizeof(Value));
        if (removed == NULL)
            return -1;
        memcpy(removed, &l->items[lo], d * sizeof(Value));
    }
    if (newsize > size && (newsize > LIST_MAX || reserve(l, newsize) < 0)) {
        free(removed);
        return -1;
    }
    if (d != n)
        memmove(&l->items[lo + n], &l->items[hi], (size - hi) * sizeof(Value));
    if (n > 0)
        memcpy(&l->items[lo], src, n * sizeof(Value));
    l->size = newsize;
    if (newsize < size)
        reserve(l, newsize);
    *junk = removed;
    *njunk = d;
    return 0;
}

/*
 * Delete the n items start, start+step, ... (step > 0) inside the section,
 * moving them to *junk. 0, or -1 when out of memory.
 */
static int delete_extended(ListObj *l, size_t start, size_t step, size_t n, Value **junk)
{
    Value *removed = malloc(n * sizeof(Value));
    if (removed == NULL)
        return -1;
    Value *items = l->items;
    size_t size = l->size, dst = start;
    for (size_t k = 0; k < n; k++) {
        size_t p = start + k * step;
        removed[k] = items[p];
        size_t lim = p + step < size ? p + step : size;
        memmove(&items[dst], &items[p + 1], (lim - p - 1) * sizeof(Value));
        dst += lim - p - 1;
    }
    size_t tail = start + n * step;
    if (tail < size) {
        memmove(&items[dst], &items[tail], (size - tail) * sizeof(Value));
        dst += size - tail;
    }
    l->size = dst;
    reserve(l, dst);
    *junk = removed;
    return 0;
}

static int set_slice(ListObj *l, Value slice, Value value)
{
    int64_t start, stop, step;
    if (slice_unpack(slice, &start, &stop, &step) < 0)
        return -1;
    Value *src = NULL;
    size_t n = 0;
    if (value != VNULL &&
        collect(value, &src, &n,
                step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice") <
            0)
        return -1;

    Value *junk = NULL;
    size_t njunk = 0;
    bool nomem = false, src_stolen = false;
    int64_t mismatch = -1;
    CritSection cs;
    cs_begin(&cs, &l->base);
    int64_t slicelen = slice_adjust((int64_t)l->size, &start, &stop, step);
    if (step == 1) {
        if (stop < start)
            stop = start;
        if (replace_range(l, (size_t)start, (size_t)stop, src, n, &junk, &njunk) < 0)
            nomem = true;
        else
            src_stolen = true;
    } else if (value == VNULL) {
        if (slicelen > 0) {
            if (step < 0) {
                start += (slicelen - 1) * step;
                step = -step;
            }
            if (delete_extended(l, (size_t)start, (size_t)step, (size_t)slicelen, &junk) < 0)
                nomem = true;
            else
                njunk = (size_t)slicelen;
        }
    } else if ((size_t)slicelen != n)
        mismatch = slicelen;
    else {
        /* Swap the new items in; the old ones end up in src, dropped below. */
        for (size_t k = 0; k < n; k++) {
            int64_t p = start + (int64_t)k * step;
            Value old = l->items[p];
            l->items[p] = src[k];
            src[k] = old;
        }
    }
    cs_end(&cs);

    release(junk, njunk);
    if (src_stolen)
        free(src);
    else
        release(src, n);
    if (nomem) {
        exc_nomemory();
        return -1;
    }
    if (mismatch >= 0) {
        char msg[128];
        snprintf(msg, sizeof msg, "attempt to assign sequence of size %zu to extended slice of size %lld",
                 n, (long long)mismatch);
        exc_raise(&exc_ValueError, "%s", msg);
        return -1;
    }
    return 0;
}

static int slot_setitem(Value v, Value key, Value value)
{
    ListObj *l = as_list(v);
    if (IS_OBJ(key) && AS_OBJ(key)->type == &slice_type)
        return set_slice(l, key, value);
    int64_t i;
    int rc = as_index(key, &i, &exc_IndexError, MSG_INDEX_FIT);
    if (rc < 0)
        return -1;
    if (rc == 0) {
        exc_raise(&exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (i < 0)
        i += (int64_t)l->size;
    if (i < 0 || (uint64_t)i >= l->size) {
        cs_end(&cs);
        exc_raise(&exc_IndexError, "list assignment index out of range");
        return -1;
    }
    Value old = l->items[i];
    if (value != VNULL)
        l->items[i] = newref(value);
    else {
        memmove(&l->items[i], &l->items[i + 1], (l->size - (size_t)i - 1) * sizeof(Value));
        l->size--;
        reserve(l, l->size);
    }
    cs_end(&cs);
    decref(old);
    return 0;
}

static int64_t slot_len(Value v)
{
    return (int64_t)list_size(v);
}

static int slot_contains(Value v, Value x)
{
    ListObj *l = as_list(v);
    for (size_t i = 0;; i++) {
        Value item = item_at(l, i);
        if (item == VNULL)
            return 0;
        int r = obj_eq(item, x);
        decref(item);
        if (r != 0)
            return r;
    }
}

/* ------------------------------------------------------------ slots: misc */

static Value slot_repr(Value v)
{
    int r = obj_repr_enter(v);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : VNULL;
    ListObj *l = as_list(v);
    StrBuf b;
    strbuf_init(&b);
    strbuf_putc(&b, '[');
    for (size_t i = 0;; i++) {
        Value item = item_at(l, i);
        if (item == VNULL)
            break;
        if (i > 0)
            strbuf_puts(&b, ", ");
        int rc = strbuf_append_repr(&b, item);
        decref(item);
        if (rc < 0) {
            strbuf_free(&b);
            obj_repr_leave(v);
            return VNULL;
        }
    }
    strbuf_putc(&b, ']');
    obj_repr_leave(v);
    return strbuf_finish(&b);
}

static bool cmp_sizes(size_t a, size_t b, CmpOp op)
{
    switch (op) {
    case CMP_LT:
        return a < b;
    case CMP_LE:
        return a <= b;
    case CMP_EQ:
        return a == b;
    case CMP_NE:
        return a != b;
    case CMP_GT:
        return a > b;
    case CMP_GE:
        return a >= b;
    }
    return false;
}

static Value slot_richcompare(Value a, Value b, CmpOp op)
{
    if (!list_check(a) || !list_check(b))
        return newref(NOTIMPL_VAL);
    ListObj *la = as_list(a), *lb = as_list(b);
    if (la == lb)
        return newref(BOOL_VAL(op == CMP_EQ || op == CMP_LE || op == CMP_GE));
    CritSection cs;
    size_t na, nb;
    cs_begin2(&cs, &la->base, &lb->base);
    na = la->size;
    nb = lb->size;
    cs_end(&cs);
    if (na != nb && (op == CMP_EQ || op == CMP_NE))
        return newref(BOOL_VAL(op == CMP_NE));
    for (size_t i = 0;; i++) {
        cs_begin2(&cs, &la->base, &lb->base);
        na = la->size;
        nb = lb->size;
        if (i >= na || i >= nb) {
            cs_end(&cs);
            return newref(BOOL_VAL(cmp_sizes(na, nb, op)));
        }
        Value x = newref(la->items[i]), y = newref(lb->items[i]);
        cs_end(&cs);
        int r = obj_eq(x, y);
        if (r == 0) {
            /* First difference decides. */
            Value res;
            if (op == CMP_EQ || op == CMP_NE)
                res = newref(BOOL_VAL(op == CMP_NE));
            else
                res = obj_compare(x, y, op);
            decref(x);
            decref(y);
            return res;
        }
        decref(x);
        decref(y);
        if (r < 0)
            return VNULL;
    }
}

static Value slot_repeat(Value seq, int64_t count)
{
    Value *buf;
    size_t n;
    if (snapshot(as_list(seq), &buf, &n) < 0)
        return VNULL;
    if (count <= 0 || n == 0) {
        release(buf, n);
        return list_new(0);
    }
    if ((uint64_t)count > LIST_MAX / n) {
        release(buf, n);
        return exc_nomemory();
    }
    Value res = list_new(n * (size_t)count);
    if (res == VNULL) {
        release(buf, n);
        return VNULL;
    }
    ListObj *r = as_list(res);
    for (int64_t c = 0; c < count; c++)
        for (size_t i = 0; i < n; i++)
            r->items[r->size++] = newref(buf[i]);
    release(buf, n);
    return res;
}

static Value slot_concat(Value a, Value b)
{
    if (!list_check(b))
        return exc_raise(&exc_TypeError, "can only concatenate list (not \"%T\") to list", b);
    Value res = list_new(0);
    if (res == VNULL)
        return VNULL;
    if (list_extend(res, a) < 0 || list_extend(res, b) < 0) {
        decref(res);
        return VNULL;
    }
    return res;
}

static Value inplace_repeat(ListObj *l, int64_t count)
{
    Value *junk = NULL;
    size_t njunk = 0;
    bool nomem = false;
    CritSection cs;
    cs_begin(&cs, &l->base);
    size_t n = l->size;
    if (count <= 0) {
        junk = l->items;
        njunk = n;
        l->items = NULL;
        l->size = l->cap = 0;
    } else if (count > 1 && n > 0) {
        if ((uint64_t)count > LIST_MAX / n || reserve(l, n * (size_t)count) < 0)
            nomem = true;
        else {
            for (int64_t c = 1; c < count; c++)
                for (size_t i = 0; i < n; i++)
                    l->items[l->size++] = newref(l->items[i]);
        }
    }
    cs_end(&cs);
    release(junk, njunk);
    if (nomem)
        return exc_nomemory();
    return newref(OBJ_VAL(l));
}

static Value slot_inplace(Value a, Value b, BinOp op)
{
    if (!list_check(a))
        return newref(NOTIMPL_VAL);
    if (op == BINOP_ADD) {
        if (list_extend(a, b) < 0)
            return VNULL;
        return newref(a);
    }
    if (op == BINOP_MUL) {
        /* A non-integer falls through to the generic repeat, which raises. */
        int64_t count;
        int rc = as_index(b, &count, &exc_OverflowError, MSG_INDEX_FIT);
        if (rc < 0)
            return VNULL;
        if (rc > 0)
            return inplace_repeat(as_list(a), count);
    }
    return newref(NOTIMPL_VAL);
}

/* ------------------------------------------------------------- lifecycle */

static void slot_dealloc(Obj *o)
{
    ListObj *l = (ListObj *)o;
    gc_untrack(o);
    Value *items = l->items;
    size_t n = l->size;
    l->items = NULL;
    l->size = l->cap = 0;
    release(items, n);
    alloc_free(o);
}

static void slot_traverse(Obj *o, VisitFn visit, void *arg)
{
    ListObj *l = (ListObj *)o;
    for (size_t i = 0; i < l->size; i++)
        if (IS_OBJ(l->items[i]))
            visit(AS_OBJ(l->items[i]), arg);
}

static void slot_clear(Obj *o)
{
    list_clear(OBJ_VAL(o));
}

static Value slot_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("list", kwnames) < 0 || args_count("list", nargs, 0, 1) < 0)
        return VNULL;
    Value res;
    if (type == &list_type)
        res = list_new(0);
    else {
        Obj *o = alloc_object(type);
        if (o == NULL)
            return VNULL;
        init_fresh((ListObj *)o);
        res = OBJ_VAL(o);
    }
    if (res != VNULL && nargs == 1 && list_extend(res, args[0]) < 0) {
        decref(res);
        return VNULL;
    }
    return res;
}

/* list.__new__ for subclasses: an empty list of the subtype. */
static Value slot_alloc_new(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    Obj *o = alloc_object(type);
    if (o == NULL)
        return VNULL;
    init_fresh((ListObj *)o);
    return OBJ_VAL(o);
}

/* list.__init__(iterable=()): replace the contents. */
static int slot_init(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("list", kwnames) < 0 || args_count("list", nargs, 0, 1) < 0)
        return -1;
    list_clear(self);
    return nargs == 1 ? list_extend(self, args[0]) : 0;
}

/* -------------------------------------------------------------- iterators */

/** A forward or reverse list iterator. */
typedef struct ListIterObj {
    Obj base;      /**< header */
    Value seq;     /**< the list, or VNULL once exhausted */
    int64_t index; /**< next position */
} ListIterObj;

static Value new_iter(Value list, Type *type, int64_t index)
{
    ListIterObj *it = (ListIterObj *)alloc_object(type);
    if (it == NULL)
        return VNULL;
    it->seq = newref(list);
    it->index = index;
    gc_track(&it->base);
    return OBJ_VAL(it);
}

static Value slot_iter(Value v)
{
    return new_iter(v, &list_iter_type, 0);
}

static Value iter_self(Value v)
{
    return newref(v);
}

static Value iter_next(Value self)
{
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    if (it->seq == VNULL)
        return VNULL;
    ListObj *l = as_list(it->seq);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (it->index >= 0 && (uint64_t)it->index < l->size) {
        Value v = newref(l->items[it->index++]);
        cs_end(&cs);
        return v;
    }
    cs_end(&cs);
    clearref(&it->seq);
    return VNULL;
}

static Value reviter_next(Value self)
{
    ListIterObj *it = (ListIterObj *)AS_OBJ(self);
    if (it->seq == VNULL)
        return VNULL;
    ListObj *l = as_list(it->seq);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (it->index >= 0 && (uint64_t)it->index < l->size) {
        Value v = newref(l->items[it->index--]);
        cs_end(&cs);
        return v;
    }
    cs_end(&cs);
    it->index = -1;
    clearref(&it->seq);
    return VNULL;
}

static void iter_dealloc(Obj *o)
{
    gc_untrack(o);
    clearref(&((ListIterObj *)o)->seq);
    alloc_free(o);
}

static void iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    ListIterObj *it = (ListIterObj *)o;
    if (it->seq != VNULL)
        visit(AS_OBJ(it->seq), arg);
}

static void iter_clear(Obj *o)
{
    clearref(&((ListIterObj *)o)->seq);
}

Type list_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .flags = TYPE_GC,
    .base_type = &object_type,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = iter_self,
    .iternext = iter_next,
    .getattr = obj_generic_getattr,
};

Type list_reviter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObj),
    .flags = TYPE_GC,
    .base_type = &object_type,
    .dealloc = iter_dealloc,
    .traverse = iter_traverse,
    .clear = iter_clear,
    .iter = iter_self,
    .iternext = reviter_next,
    .getattr = obj_generic_getattr,
};

/* ---------------------------------------------------------------- methods */

static Value m_append(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (list_append(self, args[0]) < 0)
        return VNULL;
    return newref(NONE_VAL);
}

static Value m_extend(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (list_extend(self, args[0]) < 0)
        return VNULL;
    return newref(NONE_VAL);
}

static Value m_insert(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int64_t i;
    if (args_count("insert", nargs, 2, 2) < 0 || arg_index(args[0], &i) < 0)
        return VNULL;
    ListObj *l = as_list(self);
    CritSection cs;
    cs_begin(&cs, &l->base);
    int64_t n = (int64_t)l->size;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    } else if (i > n)
        i = n;
    if (l->size == l->cap && reserve(l, l->size + 1) < 0) {
        cs_end(&cs);
        return exc_nomemory();
    }
    memmove(&l->items[i + 1], &l->items[i], (size_t)(n - i) * sizeof(Value));
    l->items[i] = newref(args[1]);
    l->size++;
    cs_end(&cs);
    return newref(NONE_VAL);
}

static Value m_pop(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int64_t i = -1;
    if (args_count("pop", nargs, 0, 1) < 0 || (nargs == 1 && arg_index(args[0], &i) < 0))
        return VNULL;
    ListObj *l = as_list(self);
    CritSection cs;
    cs_begin(&cs, &l->base);
    if (l->size == 0) {
        cs_end(&cs);
        return exc_raise(&exc_IndexError, "pop from empty list");
    }
    if (i < 0)
        i += (int64_t)l->size;
    if (i < 0 || (uint64_t)i >= l->size) {
        cs_end(&cs);
        return exc_raise(&exc_IndexError, "pop index out of range");
    }
    Value v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (l->size - (size_t)i - 1) * sizeof(Value));
    l->size--;
    reserve(l, l->size);
    cs_end(&cs);
    return v;
}

static Value m_remove(Value self, const Value *args, size_t nargs, Value kwnames)
{
    ListObj *l = as_list(self);
    /* One critical section when C can compare every item: the search and the removal are
     * then one atomic step, as under CPython's lock (another thread's removal cannot shift
     * the items between them). */
    CritSection cs;
    cs_begin(&cs, &l->base);
    size_t start = 0;
    for (; start < l->size; start++) {
        int r = obj_eq_in_c(l->items[start], args[0]);
        if (r < 0)
            break; /* needs __eq__: compare outside the section from here */
        if (r > 0) {
            Value old = l->items[start];
            memmove(&l->items[start], &l->items[start + 1], (l->size - start - 1) * sizeof(Value));
            l->size--;
            reserve(l, l->size);
            cs_end(&cs);
            decref(old);
            return newref(NONE_VAL);
        }
    }
    bool none = start >= l->size;
    cs_end(&cs);
    if (none)
        return exc_raise(&exc_ValueError, "list.remove(x): x not in list");
    for (size_t i = start;; i++) {
        Value item = item_at(l, i);
        if (item == VNULL)
            return exc_raise(&exc_ValueError, "list.remove(x): x not in list");
        int r = obj_eq(item, args[0]);
        decref(item);
        if (r < 0)
            return VNULL;
        if (r > 0) {
            /* As CPython: remove whatever is at i now (__eq__ may have changed the list). */
            Value old = VNULL;
            CritSection cs;
            cs_begin(&cs, &l->base);
            if (i < l->size) {
                old = l->items[i];
                memmove(&l->items[i], &l->items[i + 1], (l->size - i - 1) * sizeof(Value));
                l->size--;
                reserve(l, l->size);
            }
            cs_end(&cs);
            xdecref(old);
            return newref(NONE_VAL);
        }
    }
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("index", nargs, 1, 3) < 0)
        return VNULL;
    int64_t start = 0, stop = INT64_MAX;
    if (nargs >= 2 && slice_index(args[1], false, &start) < 0)
        return VNULL;
    if (nargs >= 3 && slice_index(args[2], false, &stop) < 0)
        return VNULL;
    ListObj *l = as_list(self);
    int64_t n = (int64_t)list_size(self);
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = 0;
    }
    for (int64_t i = start; i < stop; i++) {
        Value item = item_at(l, (size_t)i);
        if (item == VNULL)
            break;
        int r = obj_eq(item, args[0]);
        decref(item);
        if (r < 0)
            return VNULL;
        if (r > 0)
            return int_from_i64(i);
    }
    return exc_raise(&exc_ValueError, "%R is not in list", args[0]);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kwnames)
{
    ListObj *l = as_list(self);
    int64_t count = 0;
    for (size_t i = 0;; i++) {
        Value item = item_at(l, i);
        if (item == VNULL)
            break;
        int r = obj_eq(item, args[0]);
        decref(item);
        if (r < 0)
            return VNULL;
        count += r;
    }
    return int_from_i64(count);
}

static Value m_sort(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs > 0)
        return exc_raise(&exc_TypeError, "sort() takes no positional arguments");
    Value key = VNULL;
    bool reverse = false;
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_ITEMS(kwnames)[k], val = args[k];
        if (str_eq_cstr(name, "key"))
            key = val;
        else if (str_eq_cstr(name, "reverse")) {
            int64_t r;
            int rc = as_index(val, &r, &exc_OverflowError, "Python int too large to convert to C int");
            if (rc == 0)
                return exc_raise(&exc_TypeError, "'%T' object cannot be interpreted as an integer",
                                 val);
            if (rc < 0)
                return VNULL;
            if (r < INT32_MIN || r > INT32_MAX)
                return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
            reverse = r != 0;
        } else
            return exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for sort()", name);
    }
    if (key == NONE_VAL)
        key = VNULL;
    if (list_sort(self, key, reverse) < 0)
        return VNULL;
    return newref(NONE_VAL);
}

static Value m_reverse(Value self, const Value *args, size_t nargs, Value kwnames)
{
    list_reverse(self);
    return newref(NONE_VAL);
}

static Value m_clear(Value self, const Value *args, size_t nargs, Value kwnames)
{
    list_clear(self);
    return newref(NONE_VAL);
}

static Value m_copy(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value *buf;
    size_t n;
    if (snapshot(as_list(self), &buf, &n) < 0)
        return VNULL;
    Value res = list_new(0);
    if (res == VNULL) {
        release(buf, n);
        return VNULL;
    }
    ListObj *r = as_list(res);
    r->items = buf;
    r->size = r->cap = n;
    return res;
}

static Value m_reversed(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return new_iter(self, &list_reviter_type, (int64_t)list_size(self) - 1);
}

static const MethodDef list_methods[] = {
    {"append", m_append, METH_O, "Add an item at the end."},
    {"extend", m_extend, METH_O, "Append every item of an iterable."},
    {"insert", m_insert, 0, "Insert an item before the given index."},
    {"pop", m_pop, 0, "Remove and return the item at an index (the last one by default)."},
    {"remove", m_remove, METH_O, "Remove the first item equal to the argument."},
    {"index", m_index, 0, "Position of the first item equal to the argument."},
    {"count", m_count, METH_O, "Number of items equal to the argument."},
    {"sort", m_sort, METH_KEYWORDS, "Sort in place, stably; keywords key= and reverse=."},
    {"reverse", m_reverse, METH_NOARGS, "Reverse in place."},
    {"clear", m_clear, METH_NOARGS, "Remove every item."},
    {"copy", m_copy, METH_NOARGS, "A shallow copy."},
    {"__reversed__", m_reversed, METH_NOARGS, "An iterator from the last item to the first."},
    {NULL, NULL, 0, NULL},
};

Type list_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TYPE_GC | TYPE_BASETYPE | TYPE_LIST_SUBCLASS,
    .base_type = &object_type,
    .methods = list_methods,
    .dealloc = slot_dealloc,
    .traverse = slot_traverse,
    .clear = slot_clear,
    .repr = slot_repr,
    .richcompare = slot_richcompare,
    .inplace = slot_inplace,
    .concat = slot_concat,
    .repeat = slot_repeat,
    .len = slot_len,
    .getitem = slot_getitem,
    .setitem = slot_setitem,
    .contains = slot_contains,
    .iter = slot_iter,
    .getattr = obj_generic_getattr,
    .construct = slot_construct,
    .alloc_new = slot_alloc_new,
    .init = slot_init,
};
