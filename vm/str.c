// SPDX-License-Identifier: MIT
/**
 * @file str.c
 * @brief str: storage, UTF-8 helpers, hashing, interning, the type's slots
 *        and its iterators. The methods live in str_methods.c.
 *
 * A str is immutable UTF-8 with its code-point length and an ASCII flag
 * (vm/str.h). Every function here that builds a str knows (or counts) the
 * code-point length, so `len()` is O(1); indexing is O(1) for ASCII text and
 * a walk over the bytes otherwise. UTF-8 byte order is code-point order, so
 * comparisons are memcmp().
 *
 * The empty string and the 128 one-character ASCII strings are created once
 * (str_init()) and are immortal: `s[i]` and iteration over ASCII text never
 * allocate.
 *
 * Interning: one process-wide open-addressing set of the interned strings,
 * keyed by their bytes, behind a pthread mutex (interning happens from any
 * thread: compilers, getattr with a computed name). Interned strings are
 * immortal and flagged OBJ_INTERNED, so str_eq() can tell two interned
 * strings apart by address alone.
 */
#include "str.h"

#include <pthread.h>

#include "../gc/alloc.h"
#include "../gil/lock.h"
#include "args.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "range.h"
#include "str_methods.h"
#include "str_unicode.h"
#include "strbuf.h"
#include "tuple.h"

static inline StrObj *S(Value v)
{
    return (StrObj *)AS_OBJ(v);
}

/* ---- UTF-8 ---- */

/* Byte length of the UTF-8 sequence starting with byte @p c. */
static inline size_t seq_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0)
        return 2;
    if ((c & 0xF0) == 0xE0)
        return 3;
    return 4;
}

static inline bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

uint32_t str_decode_utf8(const char *p, size_t *n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t len = seq_len(u[0]);
    *n = len;
    switch (len) {
    case 1:
        return u[0];
    case 2:
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    case 3:
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    default:
        return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
               ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
    }
}

size_t str_encode_utf8(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t str_count_codepoints(const char *p, size_t nbytes)
{
    size_t n = 0;
    for (size_t i = 0; i < nbytes; i++)
        n += !is_cont((unsigned char)p[i]);
    return n;
}

static bool all_ascii(const char *p, size_t nbytes)
{
    size_t i = 0;
    for (; i + 8 <= nbytes; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull)
            return false;
    }
    for (; i < nbytes; i++)
        if ((unsigned char)p[i] >= 0x80)
            return false;
    return true;
}

size_t str_byte_offset(Value s, size_t i)
{
    StrObj *o = S(s);
    if (o->ascii)
        return i;
    const unsigned char *d = (const unsigned char *)o->data;
    if (i <= o->len / 2) {
        size_t pos = 0;
        while (i-- > 0)
            pos += seq_len(d[pos]);
        return pos;
    }
    size_t pos = o->nbytes;
    for (size_t k = o->len; k > i; k--) {
        do
            pos--;
        while (is_cont(d[pos]));
    }
    return pos;
}

uint32_t str_char_at(Value s, size_t i)
{
    StrObj *o = S(s);
    if (o->ascii)
        return (unsigned char)o->data[i];
    size_t n;
    return str_decode_utf8(o->data + str_byte_offset(s, i), &n);
}

/* ---- Creation ---- */

static Value empty_str = VNULL;
static Value char_cache[128];
static _Atomic bool str_ready = false;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

/* A str of @p nbytes bytes (NUL-terminated, contents to be filled) whose length is known. */
static Value make_str(size_t nbytes, size_t len, bool ascii)
{
    StrObj *o = (StrObj *)alloc_var_object(&str_type, nbytes + 1);
    if (o == NULL)
        return VNULL;
    atomic_store_explicit(&o->hash, -1, memory_order_relaxed);
    o->len = len;
    o->nbytes = nbytes;
    o->ascii = ascii;
    o->data[nbytes] = '\0';
    return OBJ_VAL(o);
}

static Value make_immortal(const char *p, size_t n)
{
    Value s = make_str(n, n, true);
    if (s == VNULL) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    memcpy(S(s)->data, p, n);
    rc_immortalize(AS_OBJ(s));
    return s;
}

void str_init(void)
{
    if (atomic_load_explicit(&str_ready, memory_order_acquire))
        return;
    pthread_mutex_lock(&init_lock);
    if (!atomic_load_explicit(&str_ready, memory_order_relaxed)) {
        empty_str = make_immortal("", 0);
        for (int c = 0; c < 128; c++) {
            char ch = (char)c;
            char_cache[c] = make_immortal(&ch, 1);
        }
        str_unicode_init();
        atomic_store_explicit(&str_ready, true, memory_order_release);
    }
    pthread_mutex_unlock(&init_lock);
}

static inline void ensure_init(void)
{
    if (UNLIKELY(!atomic_load_explicit(&str_ready, memory_order_acquire)))
        str_init();
}

Value str_empty(void)
{
    ensure_init();
    return empty_str;
}

Value str_alloc(size_t nbytes)
{
    return make_str(nbytes, 0, false);
}

Value str_finish(Value s)
{
    StrObj *o = S(s);
    if (o->nbytes <= 1 && (o->nbytes == 0 || (unsigned char)o->data[0] < 0x80)) {
        Value c = o->nbytes == 0 ? str_empty() : str_from_codepoint((unsigned char)o->data[0]);
        decref(s);
        return c;
    }
    o->ascii = all_ascii(o->data, o->nbytes);
    o->len = o->ascii ? o->nbytes : str_count_codepoints(o->data, o->nbytes);
    return s;
}

Value str_new(const char *utf8, size_t nbytes)
{
    if (nbytes == 0)
        return str_empty();
    if (nbytes == 1 && (unsigned char)utf8[0] < 0x80)
        return str_from_codepoint((unsigned char)utf8[0]);
    bool ascii = all_ascii(utf8, nbytes);
    Value s = make_str(nbytes, ascii ? nbytes : str_count_codepoints(utf8, nbytes), ascii);
    if (s != VNULL)
        memcpy(S(s)->data, utf8, nbytes);
    return s;
}

Value str_new_ascii(const char *ascii, size_t nbytes)
{
    if (nbytes <= 1)
        return str_new(ascii, nbytes); /* the cached empty and one-character strings */
    Value s = make_str(nbytes, nbytes, true);
    if (s != VNULL)
        memcpy(S(s)->data, ascii, nbytes);
    return s;
}

Value str_from_cstr(const char *s)
{
    return str_new(s, strlen(s));
}

Value str_from_codepoint(uint32_t cp)
{
    if (cp < 128) {
        ensure_init();
        return char_cache[cp];
    }
    char buf[4];
    size_t n = str_encode_utf8(cp, buf);
    Value s = make_str(n, 1, false);
    if (s != VNULL)
        memcpy(S(s)->data, buf, n);
    return s;
}

Value str_printf(const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return str_empty();
    if ((size_t)n < sizeof small)
        return str_new(small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (big == NULL)
        return exc_nomemory();
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Value s = str_new(big, (size_t)n);
    free(big);
    return s;
}

/* ---- Hashing and comparison ---- */

static int64_t hash_bytes(const char *p, size_t n)
{
    /* FNV-1a, then a 64-bit finaliser (MurmurHash3's fmix64) to spread the bits. */
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(Value s)
{
    StrObj *o = S(s);
    int64_t h = atomic_load_explicit(&o->hash, memory_order_relaxed);
    if (h == -1) {
        h = hash_bytes(o->data, o->nbytes);
        atomic_store_explicit(&o->hash, h, memory_order_relaxed);
    }
    return h;
}

bool str_eq(Value a, Value b)
{
    if (a == b)
        return true;
    StrObj *x = S(a), *y = S(b);
    if ((x->base.flags & y->base.flags & OBJ_INTERNED) != 0)
        return false;
    if (x->nbytes != y->nbytes)
        return false;
    int64_t hx = atomic_load_explicit(&x->hash, memory_order_relaxed);
    int64_t hy = atomic_load_explicit(&y->hash, memory_order_relaxed);
    if (hx != -1 && hy != -1 && hx != hy)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool str_eq_cstr(Value a, const char *s)
{
    size_t n = strlen(s);
    return S(a)->nbytes == n && memcmp(S(a)->data, s, n) == 0;
}

int str_compare(Value a, Value b)
{
    StrObj *x = S(a), *y = S(b);
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c != 0)
        return c;
    return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

/* ---- Interning ---- */

static pthread_mutex_t intern_lock = PTHREAD_MUTEX_INITIALIZER;
static StrObj **intern_slots = NULL; /* power-of-two open-addressing table; NULL = empty slot */
static size_t intern_cap = 0;
static size_t intern_used = 0;

/* The slot holding the string with these bytes, or the empty slot where it would go. */
static StrObj **intern_find(const char *p, size_t n, int64_t h)
{
    size_t mask = intern_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        StrObj *o = intern_slots[i];
        if (o == NULL)
            return &intern_slots[i];
        if (atomic_load_explicit(&o->hash, memory_order_relaxed) == h && o->nbytes == n &&
            memcmp(o->data, p, n) == 0)
            return &intern_slots[i];
    }
}

static void intern_grow(void)
{
    size_t old_cap = intern_cap;
    StrObj **old = intern_slots;
    intern_cap = old_cap == 0 ? 1024 : old_cap * 2;
    intern_slots = calloc(intern_cap, sizeof *intern_slots);
    if (intern_slots == NULL) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    for (size_t i = 0; i < old_cap; i++) {
        StrObj *o = old[i];
        if (o != NULL)
            *intern_find(o->data, o->nbytes, atomic_load(&o->hash)) = o;
    }
    free(old);
}

/* Look the bytes up; if absent and @p s is not VNULL, insert @p s (stolen). Borrowed result. */
static Value intern_lookup(const char *p, size_t n, int64_t h, Value s)
{
    pthread_mutex_lock(&intern_lock);
    if ((intern_used + 1) * 3 >= intern_cap * 2)
        intern_grow();
    StrObj **slot = intern_find(p, n, h);
    Value r = VNULL;
    if (*slot != NULL) {
        r = OBJ_VAL(*slot);
    } else if (s != VNULL) {
        StrObj *o = S(s);
        rc_immortalize(&o->base);
        o->base.flags |= OBJ_INTERNED;
        *slot = o;
        intern_used++;
        r = s;
    }
    pthread_mutex_unlock(&intern_lock);
    return r;
}

Value str_intern(Value s)
{
    StrObj *o = S(s);
    if (o->base.flags & OBJ_INTERNED)
        return s;
    if (o->base.type != &str_type) {
        /* Only exact strs are interned: intern a plain copy. */
        Value copy = str_new(o->data, o->nbytes);
        decref(s);
        if (copy == VNULL)
            return VNULL;
        return str_intern(copy);
    }
    Value r = intern_lookup(o->data, o->nbytes, str_hash(s), s);
    if (r != s)
        decref(s);
    return r;
}

static Value intern_cstr_uncached(const char *s);

/*
 * str_intern_cstr() is called with the same C literals over and over
 * ("__init__" on every instance creation, the special-method names of
 * every operator on an instance): remember, per thread, which interned str
 * a C string pointer gave last. A hit is checked against the text (a
 * pointer to a reused buffer may hold other text now) and against the
 * generation, which str_intern_fini() bumps when it frees the table.
 */
#define CSTR_CACHE_SIZE 64

typedef struct CstrCacheEntry {
    const char *p;       /* the C string pointer */
    Value v;             /* the interned str it gave */
    uint64_t generation; /* intern_generation then */
} CstrCacheEntry;

static _Atomic uint64_t intern_generation = 1;
static _Thread_local CstrCacheEntry cstr_cache[CSTR_CACHE_SIZE];

Value str_intern_cstr(const char *s)
{
    uint64_t gen = atomic_load_explicit(&intern_generation, memory_order_relaxed);
    CstrCacheEntry *c = &cstr_cache[((uintptr_t)s >> 3) & (CSTR_CACHE_SIZE - 1)];
    if (c->p == s && c->generation == gen && strcmp(STR_DATA(c->v), s) == 0)
        return c->v;
    Value v = intern_cstr_uncached(s);
    if (v != VNULL) {
        c->p = s;
        c->v = v;
        c->generation = gen;
    }
    return v;
}

static Value intern_cstr_uncached(const char *s)
{
    size_t n = strlen(s);
    Value r = intern_lookup(s, n, hash_bytes(s, n), VNULL);
    if (r != VNULL)
        return r;
    Value v = str_new(s, n);
    if (v == VNULL)
        return VNULL;
    return str_intern(v);
}

void str_intern_fini(void)
{
    atomic_fetch_add_explicit(&intern_generation, 1, memory_order_relaxed);
    pthread_mutex_lock(&init_lock);
    if (atomic_load_explicit(&str_ready, memory_order_relaxed)) {
        /* Cached strings that are also interned are freed with the table below. */
        if (!(AS_OBJ(empty_str)->flags & OBJ_INTERNED))
            alloc_free(AS_OBJ(empty_str));
        empty_str = VNULL;
        for (int c = 0; c < 128; c++) {
            if (!(AS_OBJ(char_cache[c])->flags & OBJ_INTERNED))
                alloc_free(AS_OBJ(char_cache[c]));
            char_cache[c] = VNULL;
        }
        str_unicode_fini();
        atomic_store_explicit(&str_ready, false, memory_order_release);
    }
    pthread_mutex_unlock(&init_lock);
    pthread_mutex_lock(&intern_lock);
    for (size_t i = 0; i < intern_cap; i++)
        if (intern_slots[i] != NULL)
            alloc_free(&intern_slots[i]->base);
    free(intern_slots);
    intern_slots = NULL;
    intern_cap = intern_used = 0;
    pthread_mutex_unlock(&intern_lock);
}

/* ---- Operations ---- */

Value str_concat(Value a, Value b)
{
    StrObj *x = S(a), *y = S(b);
    if (y->nbytes == 0 && x->base.type == &str_type)
        return newref(a);
    if (x->nbytes == 0 && y->base.type == &str_type)
        return newref(b);
    if (x->nbytes > SIZE_MAX / 2 - y->nbytes)
        return exc_nomemory();
    Value r = make_str(x->nbytes + y->nbytes, x->len + y->len, x->ascii && y->ascii);
    if (r == VNULL)
        return VNULL;
    memcpy(S(r)->data, x->data, x->nbytes);
    memcpy(S(r)->data + x->nbytes, y->data, y->nbytes);
    return r;
}

Value str_repr(Value s)
{
    StrObj *o = S(s);
    const unsigned char *p = (const unsigned char *)o->data;
    size_t n = o->nbytes;
    char quote = '\'';
    if (memchr(p, '\'', n) != NULL && memchr(p, '"', n) == NULL)
        quote = '"';
    StrBuf b;
    strbuf_init(&b);
    strbuf_reserve(&b, n + 2);
    strbuf_putc(&b, quote);
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)quote || c == '\\') {
                strbuf_putc(&b, '\\');
                strbuf_putc(&b, (char)c);
            } else if (c == '\t') {
                strbuf_puts(&b, "\\t");
            } else if (c == '\n') {
                strbuf_puts(&b, "\\n");
            } else if (c == '\r') {
                strbuf_puts(&b, "\\r");
            } else if (c < 0x20 || c == 0x7F) {
                strbuf_printf(&b, "\\x%02x", c);
            } else {
                strbuf_putc(&b, (char)c);
            }
            continue;
        }
        size_t len;
        uint32_t cp = str_decode_utf8((const char *)p + i, &len);
        if (str_unicode_props(cp) & UNI_PRINTABLE)
            strbuf_append(&b, (const char *)p + i, len);
        else if (cp < 0x100)
            strbuf_printf(&b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            strbuf_printf(&b, "\\u%04x", (unsigned)cp);
        else
            strbuf_printf(&b, "\\U%08x", (unsigned)cp);
        i += len;
    }
    strbuf_putc(&b, quote);
    return strbuf_finish(&b);
}

Value str_join(Value sep, Value iterable)
{
    if (TYPE_OF(iterable)->iter == NULL)
        return exc_raise(&exc_TypeError, "can only join an iterable");
    Value seq = tuple_from_iterable(iterable);
    if (seq == VNULL)
        return VNULL;
    size_t n = TUPLE_SIZE(seq);
    Value *items = TUPLE_ITEMS(seq);
    StrObj *so = S(sep);
    size_t nbytes = 0, len = 0;
    bool ascii = so->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!str_check(items[i])) {
            exc_raise(&exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                      obj_type_name(items[i]));
            decref(seq);
            return VNULL;
        }
        StrObj *it = S(items[i]);
        nbytes += it->nbytes;
        len += it->len;
        ascii = ascii && it->ascii;
    }
    Value r;
    if (n == 0) {
        r = str_empty();
    } else if (n == 1 && AS_OBJ(items[0])->type == &str_type) {
        r = newref(items[0]);
    } else {
        nbytes += so->nbytes * (n - 1);
        len += so->len * (n - 1);
        r = make_str(nbytes, len, ascii);
        if (r != VNULL) {
            char *d = S(r)->data;
            for (size_t i = 0; i < n; i++) {
                if (i > 0) {
                    memcpy(d, so->data, so->nbytes);
                    d += so->nbytes;
                }
                memcpy(d, S(items[i])->data, S(items[i])->nbytes);
                d += S(items[i])->nbytes;
            }
        }
    }
    decref(seq);
    return r;
}

/* ---- Slots ---- */

static Value str_str_slot(Value v)
{
    if (AS_OBJ(v)->type == &str_type)
        return newref(v);
    return str_new(STR_DATA(v), STR_NBYTES(v));
}

static Value str_richcompare(Value a, Value b, CmpOp op)
{
    if (!str_check(a) || !str_check(b))
        return newref(NOTIMPL_VAL);
    bool r;
    if (op == CMP_EQ || op == CMP_NE) {
        r = str_eq(a, b) == (op == CMP_EQ);
    } else {
        int c = str_compare(a, b);
        switch (op) {
        case CMP_LT: r = c < 0; break;
        case CMP_LE: r = c <= 0; break;
        case CMP_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return newref(BOOL_VAL(r));
}

static Value str_concat_slot(Value a, Value b)
{
    if (!str_check(b))
        return exc_raise(&exc_TypeError, "can only concatenate str (not \"%s\") to str",
                         obj_type_name(b));
    return str_concat(a, b);
}

static Value str_repeat(Value s, int64_t n)
{
    StrObj *o = S(s);
    if (n <= 0 || o->nbytes == 0)
        return str_empty();
    if (n == 1 && o->base.type == &str_type)
        return newref(s);
    if ((uint64_t)o->nbytes > (uint64_t)INT64_MAX / (uint64_t)n)
        return exc_raise(&exc_OverflowError, "repeated string is too long");
    size_t total = o->nbytes * (size_t)n;
    Value r = make_str(total, o->len * (size_t)n, o->ascii);
    if (r == VNULL)
        return VNULL;
    char *d = S(r)->data;
    if (o->nbytes == 1) {
        memset(d, o->data[0], total);
    } else {
        memcpy(d, o->data, o->nbytes);
        for (size_t done = o->nbytes; done < total;) {
            size_t chunk = done <= total - done ? done : total - done;
            memcpy(d + done, d, chunk);
            done += chunk;
        }
    }
    return r;
}

static int64_t str_len_slot(Value s)
{
    return (int64_t)STR_LEN(s);
}

static Value str_slice(Value s, Value key)
{
    StrObj *o = S(s);
    int64_t start, stop, step, n;
    if (slice_indices(key, (int64_t)o->len, &start, &stop, &step, &n) < 0)
        return VNULL;
    if (n <= 0)
        return str_empty();
    if (step == 1) {
        if (n == (int64_t)o->len && o->base.type == &str_type)
            return newref(s);
        size_t b0 = str_byte_offset(s, (size_t)start);
        size_t b1 = o->ascii ? (size_t)stop : b0;
        if (!o->ascii)
            for (int64_t k = 0; k < n; k++)
                b1 += seq_len((unsigned char)o->data[b1]);
        Value r = make_str(b1 - b0, (size_t)n, o->ascii);
        if (r != VNULL)
            memcpy(S(r)->data, o->data + b0, b1 - b0);
        return r;
    }
    if (o->ascii) {
        Value r = make_str((size_t)n, (size_t)n, true);
        if (r == VNULL)
            return VNULL;
        char *d = S(r)->data;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            d[k] = o->data[i];
        return r;
    }
    const unsigned char *p = (const unsigned char *)o->data;
    StrBuf b;
    strbuf_init(&b);
    size_t pos = str_byte_offset(s, (size_t)start);
    for (int64_t k = 0; k < n; k++) {
        strbuf_append(&b, (const char *)p + pos, seq_len(p[pos]));
        if (k + 1 == n)
            break;
        if (step > 0) {
            for (int64_t j = 0; j < step; j++)
                pos += seq_len(p[pos]);
        } else {
            for (int64_t j = 0; j < -step; j++) {
                do
                    pos--;
                while (is_cont(p[pos]));
            }
        }
    }
    return strbuf_finish(&b);
}

/* Convert an index-like key to int64 for subscripting; IndexError if it does not fit. */
static int index_key(Value key, int64_t *out)
{
    Value idx = obj_index(key);
    if (idx == VNULL)
        return -1;
    int rc = int_as_i64(idx, out);
    decref(idx);
    if (rc < 0) {
        if (!exc_matches(&exc_OverflowError))
            return -1;
        exc_clear();
        exc_raise(&exc_IndexError, "cannot fit '%s' into an index-sized integer",
                  obj_type_name(key));
        return -1;
    }
    return 0;
}

static Value str_getitem(Value s, Value key)
{
    StrObj *o = S(s);
    if (int_check(key) || TYPE_OF(key)->to_index != NULL) {
        int64_t i;
        if (index_key(key, &i) < 0)
            return VNULL;
        if (i < 0)
            i += (int64_t)o->len;
        if (i < 0 || i >= (int64_t)o->len)
            return exc_raise(&exc_IndexError, "string index out of range");
        if (o->ascii)
            return str_from_codepoint((unsigned char)o->data[i]);
        size_t pos = str_byte_offset(s, (size_t)i);
        size_t n = seq_len((unsigned char)o->data[pos]);
        if (n == 1)
            return str_from_codepoint((unsigned char)o->data[pos]);
        Value r = make_str(n, 1, false);
        if (r != VNULL)
            memcpy(S(r)->data, o->data + pos, n);
        return r;
    }
    if (IS_OBJ(key) && AS_OBJ(key)->type == &slice_type)
        return str_slice(s, key);
    return exc_raise(&exc_TypeError, "string indices must be integers, not '%s'",
                     obj_type_name(key));
}

static int str_contains(Value s, Value x)
{
    if (!str_check(x)) {
        exc_raise(&exc_TypeError, "'in <string>' requires string as left operand, not %s",
                  obj_type_name(x));
        return -1;
    }
    if (STR_NBYTES(x) == 0)
        return 1;
    return memmem(STR_DATA(s), STR_NBYTES(s), STR_DATA(x), STR_NBYTES(x)) != NULL;
}

static Value str_construct(Type *type, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"object", "encoding", "errors"};
    Value a[3];
    if (args_parse("str", args, nargs, kwnames, params, 3, 3, 0, a) < 0)
        return VNULL;
    if (a[1] != VNULL && !str_check(a[1]))
        return exc_raise(&exc_TypeError, "str() argument 'encoding' must be str, not %s",
                         obj_type_name(a[1]));
    if (a[2] != VNULL && !str_check(a[2]))
        return exc_raise(&exc_TypeError, "str() argument 'errors' must be str, not %s",
                         obj_type_name(a[2]));
    if (a[1] != VNULL || a[2] != VNULL) {
        /* bytes are not in the subset, so there is nothing that could be decoded. */
        Value o = a[0] != VNULL ? a[0] : str_empty();
        return exc_raise(&exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                         obj_type_name(o));
    }
    Value r = a[0] == VNULL ? str_empty() : obj_str(a[0]);
    if (r == VNULL || type == &str_type)
        return r;
    /* A subclass: copy the text into an instance of it. */
    StrObj *sub = (StrObj *)alloc_var_object(type, S(r)->nbytes + 1);
    if (sub != NULL) {
        atomic_store_explicit(&sub->hash, -1, memory_order_relaxed);
        sub->len = S(r)->len;
        sub->nbytes = S(r)->nbytes;
        sub->ascii = S(r)->ascii;
        memcpy(sub->data, S(r)->data, sub->nbytes + 1);
    }
    decref(r);
    return sub != NULL ? OBJ_VAL(sub) : VNULL;
}

/* ---- Iterators ---- */

/** Iterator over a str: the string and the byte offset of the next character (both change
 *  under the iterator's critical section, since threads may share an iterator). */
typedef struct StrIterObj {
    Obj base;   /**< header */
    Value str;  /**< the string, or VNULL once exhausted */
    size_t pos; /**< byte offset of the next character */
} StrIterObj;

static Value str_iter(Value s)
{
    StrIterObj *it = (StrIterObj *)alloc_object(S(s)->ascii ? &str_ascii_iter_type
                                                             : &str_iter_type);
    if (it == NULL)
        return VNULL;
    it->str = newref(s);
    it->pos = 0;
    return OBJ_VAL(it);
}

static Value str_iter_next(Value v)
{
    StrIterObj *it = (StrIterObj *)AS_OBJ(v);
    char buf[4];
    size_t n = 0;
    Value done = VNULL;
    CritSection cs;
    cs_begin(&cs, &it->base);
    if (it->str != VNULL) {
        StrObj *o = S(it->str);
        if (it->pos >= o->nbytes) {
            done = it->str;
            it->str = VNULL;
        } else {
            n = seq_len((unsigned char)o->data[it->pos]);
            memcpy(buf, o->data + it->pos, n);
            it->pos += n;
        }
    }
    cs_end(&cs);
    xdecref(done);
    if (n == 0)
        return VNULL;
    if (n == 1)
        return str_from_codepoint((unsigned char)buf[0]);
    Value r = make_str(n, 1, false);
    if (r != VNULL)
        memcpy(S(r)->data, buf, n);
    return r;
}

static Value iter_self(Value v)
{
    return newref(v);
}

static void str_iter_dealloc(Obj *o)
{
    xdecref(((StrIterObj *)o)->str);
    alloc_free(o);
}

Type str_ascii_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = str_iter_dealloc,
    .iter = iter_self,
    .iternext = str_iter_next,
};

Type str_iter_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObj),
    .dealloc = str_iter_dealloc,
    .iter = iter_self,
    .iternext = str_iter_next,
};

Type str_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "str",
    .basicsize = offsetof(StrObj, data),
    .itemsize = 1,
    .flags = TYPE_STR_SUBCLASS,
    .methods = str_methods_table,
    .dealloc = obj_dealloc_plain,
    .repr = str_repr,
    .str = str_str_slot,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .binop = format_str_binop,
    .concat = str_concat_slot,
    .repeat = str_repeat,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .construct = str_construct,
};
