// SPDX-License-Identifier: MIT
/**
 * @file str_methods.c
 * @brief The methods of str, with CPython 3.11's semantics and messages.
 *
 * Everything works on the UTF-8 bytes. Since UTF-8 is self-synchronising, a
 * byte search for a (valid UTF-8) needle only ever matches at character
 * boundaries, so find/split/replace/partition search bytes and convert a byte
 * offset to a code-point index only when they must report one. Arguments
 * that are code-point indices (the start/end of find, count, startswith) are
 * converted to byte offsets once, with str_byte_offset().
 *
 * Case conversions of non-ASCII text decode the string into an array of code
 * points first, because lower() needs to look around a capital sigma (the
 * final-sigma rule) and title() at the previous character.
 */
#include "str.h"

#include "args.h"
#include "dict.h"
#include "exc.h"
#include "format.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str_methods.h"
#include "str_unicode.h"
#include "strbuf.h"
#include "tuple.h"

static inline StrObj *S(Value v)
{
    return (StrObj *)AS_OBJ(v);
}

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

/* Decode the character at byte *pos and move past it. */
static inline uint32_t next_cp(const char *p, size_t *pos)
{
    size_t n;
    uint32_t c = str_decode_utf8(p + *pos, &n);
    *pos += n;
    return c;
}

/* Move *pos back over one character and decode it. */
static inline uint32_t prev_cp(const char *p, size_t *pos)
{
    size_t i = *pos;
    do
        i--;
    while (((unsigned char)p[i] & 0xC0) == 0x80);
    *pos = i;
    size_t n;
    return str_decode_utf8(p + i, &n);
}

/* s itself when it is an exact str, else a plain copy. */
static Value self_or_copy(Value s)
{
    if (AS_OBJ(s)->type == &str_type)
        return newref(s);
    return str_new(STR_DATA(s), STR_NBYTES(s));
}

/* The str of bytes [b0, b1) of s. */
static Value substr(Value s, size_t b0, size_t b1)
{
    if (b0 == 0 && b1 == STR_NBYTES(s))
        return self_or_copy(s);
    if (S(s)->ascii) /* no need to scan the piece */
        return str_new_ascii(STR_DATA(s) + b0, b1 - b0);
    return str_new(STR_DATA(s) + b0, b1 - b0);
}

/* str.isspace() of an ASCII character: the C whitespace and the separators 0x1C-0x1F. */
static inline bool ascii_space(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

/* An integer argument as int64, with CPython's OverflowError for Py_ssize_t. */
static int as_ssize(Value v, int64_t *out)
{
    Value idx = obj_index(v);
    if (idx == VNULL)
        return -1;
    int rc = int_as_i64(idx, out);
    decref(idx);
    if (rc < 0 && exc_matches(&exc_OverflowError)) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return rc;
}

/* An integer argument that CPython converts to a C int. */
static int as_cint(Value v, int *out)
{
    Value idx = obj_index(v);
    if (idx == VNULL)
        return -1;
    int64_t x;
    int rc = int_as_i64(idx, &x);
    decref(idx);
    if (rc < 0 && !exc_matches(&exc_OverflowError))
        return -1;
    if (rc < 0 || x < INT32_MIN || x > INT32_MAX) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static Value bool_result(bool b)
{
    return newref(BOOL_VAL(b));
}

/* ---- Searching ---- */

/* Parse (sub[, start[, end]]) as CPython's find/count/startswith do. */
static int find_args(const char *name, const Value *args, size_t nargs, int64_t *start,
                     int64_t *end)
{
    if (nargs < 1) {
        exc_raise(&exc_TypeError, "%s() takes at least 1 argument (0 given)", name);
        return -1;
    }
    if (nargs > 3) {
        exc_raise(&exc_TypeError, "%s() takes at most 3 arguments (%zu given)", name, nargs);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && slice_index(args[1], true, start) < 0)
        return -1;
    if (nargs > 2 && slice_index(args[2], true, end) < 0)
        return -1;
    return 0;
}

static int need_str(Value v)
{
    if (str_check(v))
        return 0;
    exc_raise(&exc_TypeError, "must be str, not %s", obj_type_name(v));
    return -1;
}

/* CPython's ADJUST_INDICES: negative indices count from the end; end is clamped. */
static void adjust(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* Last occurrence of needle in haystack, or NULL. */
static const char *rmemmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (memcmp(h + i, n, nn) == 0)
            return h + i;
    return NULL;
}

/* Index of sub in s[start:end] (forward, or last when @p reverse), or -1. */
static int64_t find_sub(Value s, Value sub, int64_t start, int64_t end, bool reverse)
{
    adjust(&start, &end, (int64_t)STR_LEN(s));
    if (end - start < (int64_t)STR_LEN(sub))
        return -1;
    size_t b0 = str_byte_offset(s, (size_t)start), b1 = str_byte_offset(s, (size_t)end);
    const char *d = STR_DATA(s);
    const char *hit;
    if (reverse)
        hit = rmemmem(d + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
    else
        hit = memmem(d + b0, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
    if (hit == NULL)
        return -1;
    if (S(s)->ascii)
        return hit - d;
    return start + (int64_t)str_count_codepoints(d + b0, (size_t)(hit - (d + b0)));
}

static Value find_common(const char *name, Value self, const Value *args, size_t nargs,
                         bool reverse, bool raise)
{
    int64_t start, end;
    if (find_args(name, args, nargs, &start, &end) < 0 || need_str(args[0]) < 0)
        return VNULL;
    int64_t r = find_sub(self, args[0], start, end, reverse);
    if (r < 0 && raise)
        return exc_raise(&exc_ValueError, "substring not found");
    return int_from_i64(r);
}

static Value m_find(Value self, const Value *args, size_t nargs, Value kw)
{
    return find_common("find", self, args, nargs, false, false);
}

static Value m_rfind(Value self, const Value *args, size_t nargs, Value kw)
{
    return find_common("rfind", self, args, nargs, true, false);
}

static Value m_index(Value self, const Value *args, size_t nargs, Value kw)
{
    return find_common("index", self, args, nargs, false, true);
}

static Value m_rindex(Value self, const Value *args, size_t nargs, Value kw)
{
    return find_common("rindex", self, args, nargs, true, true);
}

static Value m_count(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t start, end;
    if (find_args("count", args, nargs, &start, &end) < 0 || need_str(args[0]) < 0)
        return VNULL;
    Value sub = args[0];
    adjust(&start, &end, (int64_t)STR_LEN(self));
    if (end - start < (int64_t)STR_LEN(sub))
        return SMALLINT_VAL(0);
    if (STR_NBYTES(sub) == 0)
        return int_from_i64(end - start + 1);
    size_t b = str_byte_offset(self, (size_t)start), b1 = str_byte_offset(self, (size_t)end);
    const char *d = STR_DATA(self);
    int64_t n = 0;
    for (;;) {
        const char *hit = memmem(d + b, b1 - b, STR_DATA(sub), STR_NBYTES(sub));
        if (hit == NULL)
            break;
        n++;
        b = (size_t)(hit - d) + STR_NBYTES(sub);
    }
    return int_from_i64(n);
}

/* Does s[start:end] start (or end, if @p at_end) with sub? */
static bool tailmatch(Value s, Value sub, int64_t start, int64_t end, bool at_end)
{
    adjust(&start, &end, (int64_t)STR_LEN(s));
    if (end - (int64_t)STR_LEN(sub) < start)
        return false;
    size_t n = STR_NBYTES(sub);
    if (n == 0)
        return true;
    size_t b0 = str_byte_offset(s, (size_t)start), b1 = str_byte_offset(s, (size_t)end);
    if (b1 - b0 < n)
        return false;
    return memcmp(STR_DATA(s) + (at_end ? b1 - n : b0), STR_DATA(sub), n) == 0;
}

static Value startsend(const char *name, Value self, const Value *args, size_t nargs, bool at_end)
{
    int64_t start, end;
    if (find_args(name, args, nargs, &start, &end) < 0)
        return VNULL;
    Value what = args[0];
    if (tuple_check(what)) {
        for (size_t i = 0; i < TUPLE_SIZE(what); i++) {
            Value sub = TUPLE_ITEMS(what)[i];
            if (!str_check(sub))
                return exc_raise(&exc_TypeError, "tuple for %s must only contain str, not %s",
                                 name, obj_type_name(sub));
            if (tailmatch(self, sub, start, end, at_end))
                return bool_result(true);
        }
        return bool_result(false);
    }
    if (!str_check(what))
        return exc_raise(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, obj_type_name(what));
    return bool_result(tailmatch(self, what, start, end, at_end));
}

static Value m_startswith(Value self, const Value *args, size_t nargs, Value kw)
{
    return startsend("startswith", self, args, nargs, false);
}

static Value m_endswith(Value self, const Value *args, size_t nargs, Value kw)
{
    return startsend("endswith", self, args, nargs, true);
}

/* ---- Splitting and joining ---- */

/* Append s[b0:b1] to list; 0 or -1. */
static int add_piece(Value list, Value s, size_t b0, size_t b1)
{
    Value piece = substr(s, b0, b1);
    if (piece == VNULL)
        return -1;
    int rc = list_append(list, piece);
    decref(piece);
    return rc;
}

static int split_args(const char *name, const Value *args, size_t nargs, Value kwnames, Value *sep,
                      int64_t *maxsplit)
{
    static const char *const params[] = {"sep", "maxsplit"};
    Value a[2];
    if (args_parse(name, args, nargs, kwnames, params, 2, 2, 0, a) < 0)
        return -1;
    *maxsplit = -1;
    if (a[1] != VNULL && as_ssize(a[1], maxsplit) < 0)
        return -1;
    *sep = a[0] == VNULL ? NONE_VAL : a[0];
    if (*sep != NONE_VAL && !str_check(*sep)) {
        exc_raise(&exc_TypeError, "must be str or None, not %s", obj_type_name(*sep));
        return -1;
    }
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    if (*sep != NONE_VAL && STR_NBYTES(*sep) == 0) {
        exc_raise(&exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static bool space_at(const char *d, size_t pos, size_t *next)
{
    size_t p = pos;
    uint32_t c = next_cp(d, &p);
    *next = p;
    return str_unicode_isspace(c);
}

/* split_whitespace() of an ASCII string: one byte per character, no decoding. */
static int split_whitespace_ascii(Value list, Value s, int64_t maxcount)
{
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    size_t n = STR_NBYTES(s), i = 0;
    while (maxcount-- > 0) {
        while (i < n && ascii_space(d[i]))
            i++;
        if (i == n)
            return 0;
        size_t j = i;
        while (i < n && !ascii_space(d[i]))
            i++;
        if (add_piece(list, s, j, i) < 0)
            return -1;
    }
    while (i < n && ascii_space(d[i]))
        i++;
    return i < n ? add_piece(list, s, i, n) : 0; /* the rest, trailing whitespace included */
}

static int split_whitespace(Value list, Value s, int64_t maxcount)
{
    if (S(s)->ascii)
        return split_whitespace_ascii(list, s, maxcount);
    const char *d = STR_DATA(s);
    size_t n = STR_NBYTES(s), i = 0, nx;
    while (maxcount-- > 0) {
        while (i < n && space_at(d, i, &nx))
            i = nx;
        if (i == n)
            break;
        size_t j = i;
        while (i < n && !space_at(d, i, &nx))
            i = nx;
        if (add_piece(list, s, j, i) < 0)
            return -1;
    }
    if (i < n) {
        while (i < n && space_at(d, i, &nx))
            i = nx;
        if (i != n && add_piece(list, s, i, n) < 0)
            return -1;
    }
    return 0;
}

static bool space_before(const char *d, size_t pos, size_t *prev)
{
    size_t p = pos;
    uint32_t c = prev_cp(d, &p);
    *prev = p;
    return str_unicode_isspace(c);
}

/* Whitespace rsplit; pieces are appended last first (the caller reverses). */
static int rsplit_whitespace(Value list, Value s, int64_t maxcount)
{
    const char *d = STR_DATA(s);
    size_t i = STR_NBYTES(s), pv;
    while (maxcount-- > 0) {
        while (i > 0 && space_before(d, i, &pv))
            i = pv;
        if (i == 0)
            break;
        size_t j = i;
        while (i > 0 && !space_before(d, i, &pv))
            i = pv;
        if (add_piece(list, s, i, j) < 0)
            return -1;
    }
    if (i > 0) {
        while (i > 0 && space_before(d, i, &pv))
            i = pv;
        if (i > 0 && add_piece(list, s, 0, i) < 0)
            return -1;
    }
    return 0;
}

static Value m_split(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return VNULL;
    Value list = list_new(0);
    if (list == VNULL)
        return VNULL;
    int rc;
    if (sep == NONE_VAL) {
        rc = split_whitespace(list, self, maxsplit);
    } else {
        const char *d = STR_DATA(self);
        size_t n = STR_NBYTES(self), m = STR_NBYTES(sep), i = 0;
        rc = 0;
        while (maxsplit-- > 0) {
            const char *hit = memmem(d + i, n - i, STR_DATA(sep), m);
            if (hit == NULL)
                break;
            size_t j = (size_t)(hit - d);
            if ((rc = add_piece(list, self, i, j)) < 0)
                break;
            i = j + m;
        }
        if (rc == 0)
            rc = add_piece(list, self, i, n);
    }
    if (rc < 0) {
        decref(list);
        return VNULL;
    }
    return list;
}

static Value m_rsplit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value sep;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return VNULL;
    Value list = list_new(0);
    if (list == VNULL)
        return VNULL;
    int rc;
    if (sep == NONE_VAL) {
        rc = rsplit_whitespace(list, self, maxsplit);
    } else {
        const char *d = STR_DATA(self);
        size_t m = STR_NBYTES(sep), j = STR_NBYTES(self);
        rc = 0;
        while (maxsplit-- > 0) {
            const char *hit = rmemmem(d, j, STR_DATA(sep), m);
            if (hit == NULL)
                break;
            size_t pos = (size_t)(hit - d);
            if ((rc = add_piece(list, self, pos + m, j)) < 0)
                break;
            j = pos;
        }
        if (rc == 0)
            rc = add_piece(list, self, 0, j);
    }
    if (rc < 0) {
        decref(list);
        return VNULL;
    }
    list_reverse(list);
    return list;
}

static bool is_linebreak(uint32_t c)
{
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

static Value m_splitlines(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"keepends"};
    Value a[1];
    if (args_parse("splitlines", args, nargs, kwnames, params, 1, 1, 0, a) < 0)
        return VNULL;
    int keepends = 0;
    if (a[0] != VNULL && as_cint(a[0], &keepends) < 0)
        return VNULL;
    Value list = list_new(0);
    if (list == VNULL)
        return VNULL;
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), i = 0;
    while (i < n) {
        size_t j = i, eol;
        for (;;) {
            if (i >= n)
                break;
            size_t p = i;
            if (is_linebreak(next_cp(d, &p)))
                break;
            i = p;
        }
        eol = i;
        if (i < n) {
            if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n')
                i += 2;
            else
                i += seq_len((unsigned char)d[i]);
            if (keepends)
                eol = i;
        }
        if (add_piece(list, self, j, eol) < 0) {
            decref(list);
            return VNULL;
        }
    }
    return list;
}

static Value m_join(Value self, const Value *args, size_t nargs, Value kw)
{
    return str_join(self, args[0]);
}

static Value partition(Value self, Value sep, bool reverse)
{
    if (need_str(sep) < 0)
        return VNULL;
    if (STR_NBYTES(sep) == 0)
        return exc_raise(&exc_ValueError, "empty separator");
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), m = STR_NBYTES(sep);
    const char *hit = reverse ? rmemmem(d, n, STR_DATA(sep), m) : memmem(d, n, STR_DATA(sep), m);
    Value empty = str_empty();
    if (hit == NULL) {
        Value whole = self_or_copy(self);
        if (whole == VNULL)
            return VNULL;
        Value r = reverse ? tuple_pack(3, empty, empty, whole) : tuple_pack(3, whole, empty, empty);
        decref(whole);
        return r;
    }
    size_t pos = (size_t)(hit - d);
    Value head = substr(self, 0, pos);
    Value tail = head == VNULL ? VNULL : substr(self, pos + m, n);
    Value r = tail == VNULL ? VNULL : tuple_pack(3, head, sep, tail);
    xdecref(head);
    xdecref(tail);
    return r;
}

static Value m_partition(Value self, const Value *args, size_t nargs, Value kw)
{
    return partition(self, args[0], false);
}

static Value m_rpartition(Value self, const Value *args, size_t nargs, Value kw)
{
    return partition(self, args[0], true);
}

/* ---- Stripping, prefixes, replacing ---- */

/* Is code point c one of the characters of str @p chars (or whitespace if chars is None)? */
static bool strip_match(Value chars, uint32_t c)
{
    if (chars == NONE_VAL)
        return str_unicode_isspace(c);
    if (c < 0x80)
        return memchr(STR_DATA(chars), (int)c, STR_NBYTES(chars)) != NULL;
    char buf[4];
    size_t len = str_encode_utf8(c, buf);
    return memmem(STR_DATA(chars), STR_NBYTES(chars), buf, len) != NULL;
}

static Value strip(const char *name, Value self, const Value *args, size_t nargs, bool left,
                   bool right)
{
    if (args_count(name, nargs, 0, 1) < 0)
        return VNULL;
    Value chars = nargs > 0 ? args[0] : NONE_VAL;
    if (chars != NONE_VAL && !str_check(chars))
        return exc_raise(&exc_TypeError, "%s arg must be None or str", name);
    const char *d = STR_DATA(self);
    size_t b0 = 0, b1 = STR_NBYTES(self);
    if (S(self)->ascii && (chars == NONE_VAL || S(chars)->ascii)) {
        /* One byte per character on both sides: no decoding. */
        const unsigned char *u = (const unsigned char *)d;
        const char *cs = chars == NONE_VAL ? NULL : STR_DATA(chars);
        size_t nc = chars == NONE_VAL ? 0 : STR_NBYTES(chars);
        if (left)
            while (b0 < b1 && (cs == NULL ? ascii_space(u[b0]) : memchr(cs, u[b0], nc) != NULL))
                b0++;
        if (right)
            while (b1 > b0 &&
                   (cs == NULL ? ascii_space(u[b1 - 1]) : memchr(cs, u[b1 - 1], nc) != NULL))
                b1--;
        return substr(self, b0, b1);
    }
    if (left) {
        while (b0 < b1) {
            size_t p = b0;
            if (!strip_match(chars, next_cp(d, &p)))
                break;
            b0 = p;
        }
    }
    if (right) {
        while (b1 > b0) {
            size_t p = b1;
            if (!strip_match(chars, prev_cp(d, &p)))
                break;
            b1 = p;
        }
    }
    return substr(self, b0, b1);
}

static Value m_strip(Value self, const Value *args, size_t nargs, Value kw)
{
    return strip("strip", self, args, nargs, true, true);
}

static Value m_lstrip(Value self, const Value *args, size_t nargs, Value kw)
{
    return strip("lstrip", self, args, nargs, true, false);
}

static Value m_rstrip(Value self, const Value *args, size_t nargs, Value kw)
{
    return strip("rstrip", self, args, nargs, false, true);
}

static Value m_removeprefix(Value self, const Value *args, size_t nargs, Value kw)
{
    Value p = args[0];
    if (!str_check(p))
        return exc_raise(&exc_TypeError, "removeprefix() argument must be str, not %s",
                         obj_type_name(p));
    size_t n = STR_NBYTES(p);
    if (n <= STR_NBYTES(self) && memcmp(STR_DATA(self), STR_DATA(p), n) == 0)
        return substr(self, n, STR_NBYTES(self));
    return self_or_copy(self);
}

static Value m_removesuffix(Value self, const Value *args, size_t nargs, Value kw)
{
    Value p = args[0];
    if (!str_check(p))
        return exc_raise(&exc_TypeError, "removesuffix() argument must be str, not %s",
                         obj_type_name(p));
    size_t n = STR_NBYTES(p), len = STR_NBYTES(self);
    if (n > 0 && n <= len && memcmp(STR_DATA(self) + len - n, STR_DATA(p), n) == 0)
        return substr(self, 0, len - n);
    return self_or_copy(self);
}

static Value m_replace(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("replace", nargs, 2, 3) < 0)
        return VNULL;
    Value old = args[0], new = args[1];
    if (!str_check(old))
        return exc_raise(&exc_TypeError, "replace() argument 1 must be str, not %s",
                         obj_type_name(old));
    if (!str_check(new))
        return exc_raise(&exc_TypeError, "replace() argument 2 must be str, not %s",
                         obj_type_name(new));
    int64_t count = -1;
    if (nargs == 3 && as_ssize(args[2], &count) < 0)
        return VNULL;
    if (count < 0)
        count = INT64_MAX;
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), m = STR_NBYTES(old);
    StrBuf b;
    strbuf_init(&b);
    int64_t done = 0;
    if (m == 0) {
        size_t i = 0;
        while (done < count && i <= n) {
            strbuf_append_str(&b, new);
            done++;
            if (i == n)
                break;
            size_t len = seq_len((unsigned char)d[i]);
            strbuf_append(&b, d + i, len);
            i += len;
        }
        if (done > 0)
            strbuf_append(&b, d + i, n - i);
    } else {
        size_t i = 0;
        while (done < count) {
            const char *hit = memmem(d + i, n - i, STR_DATA(old), m);
            if (hit == NULL)
                break;
            size_t j = (size_t)(hit - d);
            strbuf_append(&b, d + i, j - i);
            strbuf_append_str(&b, new);
            i = j + m;
            done++;
        }
        if (done > 0)
            strbuf_append(&b, d + i, n - i);
    }
    if (done == 0) {
        strbuf_free(&b);
        return self_or_copy(self);
    }
    return strbuf_finish(&b);
}

/* ---- Case ---- */

typedef enum CaseOp {
    CASE_UPPER,
    CASE_LOWER,
    CASE_FOLD,
    CASE_SWAP,
    CASE_CAPITALIZE,
    CASE_TITLE
} CaseOp;

static bool ascii_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool ascii_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static Value case_ascii(Value s, CaseOp op)
{
    size_t n = STR_NBYTES(s);
    Value r = str_alloc(n);
    if (r == VNULL)
        return VNULL;
    const char *src = STR_DATA(s);
    char *dst = STR_DATA(r);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        bool up;
        switch (op) {
        case CASE_UPPER: up = true; break;
        case CASE_SWAP: up = ascii_lower(c); break;
        case CASE_CAPITALIZE: up = i == 0; break;
        case CASE_TITLE: up = !prev_cased; break;
        default: up = false; break;
        }
        prev_cased = ascii_upper(c) || ascii_lower(c);
        if (up && ascii_lower(c))
            c = (unsigned char)(c - 32);
        else if (!up && ascii_upper(c))
            c = (unsigned char)(c + 32);
        dst[i] = (char)c;
    }
    if (n <= 1)
        return str_finish(r); /* the cached one-character strings */
    S(r)->ascii = true; /* ASCII in, ASCII out: no need to scan */
    S(r)->len = n;
    return r;
}

/* Lowercase of cps[i], applying the final-sigma rule to U+03A3 as CPython does. */
static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t out[UNI_MAX_EXPANSION])
{
    if (cps[i] != 0x3A3)
        return str_unicode_lower(cps[i], out);
    size_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j-- > 0) {
        c = cps[j];
        if (!(str_unicode_props(c) & UNI_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    bool final = found && str_unicode_iscased(c);
    if (final && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = cps[j];
            if (!(str_unicode_props(c) & UNI_CASE_IGNORABLE))
                break;
        }
        final = j == n || !str_unicode_iscased(c);
    }
    out[0] = final ? 0x3C2 : 0x3C3;
    return 1;
}

static Value case_convert(Value s, CaseOp op)
{
    if (S(s)->ascii)
        return case_ascii(s, op);
    size_t n = STR_LEN(s);
    uint32_t *cps = malloc(n * sizeof *cps);
    if (cps == NULL)
        return exc_nomemory();
    size_t pos = 0;
    for (size_t i = 0; i < n; i++)
        cps[i] = next_cp(STR_DATA(s), &pos);
    StrBuf b;
    strbuf_init(&b);
    strbuf_reserve(&b, STR_NBYTES(s));
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i], m[UNI_MAX_EXPANSION];
        int k;
        switch (op) {
        case CASE_UPPER:
            k = str_unicode_upper(c, m);
            break;
        case CASE_LOWER:
            k = lower_at(cps, n, i, m);
            break;
        case CASE_FOLD:
            k = str_unicode_fold(c, m);
            break;
        case CASE_SWAP:
            if (str_unicode_isupper(c))
                k = lower_at(cps, n, i, m);
            else if (str_unicode_islower(c))
                k = str_unicode_upper(c, m);
            else
                m[0] = c, k = 1;
            break;
        case CASE_CAPITALIZE:
            k = i == 0 ? str_unicode_title(c, m) : lower_at(cps, n, i, m);
            break;
        default:
            k = prev_cased ? lower_at(cps, n, i, m) : str_unicode_title(c, m);
            prev_cased = str_unicode_iscased(c);
            break;
        }
        for (int j = 0; j < k; j++)
            strbuf_put_codepoint(&b, m[j]);
    }
    free(cps);
    return strbuf_finish(&b);
}

static Value m_upper(Value self, const Value *args, size_t nargs, Value kw)
{
    return case_convert(self, CASE_UPPER);
}

static Value m_lower(Value self, const Value *args, size_t nargs, Value kw)
{
    return case_convert(self, CASE_LOWER);
}

static Value m_casefold(Value self, const Value *args, size_t nargs, Value kw)
{
    return case_convert(self, CASE_FOLD);
}

static Value m_swapcase(Value self, const Value *args, size_t nargs, Value kw)
{
    return case_convert(self, CASE_SWAP);
}

static Value m_capitalize(Value self, const Value *args, size_t nargs, Value kw)
{
    if (STR_NBYTES(self) == 0)
        return str_empty();
    return case_convert(self, CASE_CAPITALIZE);
}

static Value m_title(Value self, const Value *args, size_t nargs, Value kw)
{
    return case_convert(self, CASE_TITLE);
}

/* ---- Predicates ---- */

/* True if the string is non-empty and every character has one of the UNI_* bits in @p mask. */
static Value all_props(Value s, unsigned mask)
{
    const char *d = STR_DATA(s);
    size_t n = STR_NBYTES(s), pos = 0;
    if (n == 0)
        return bool_result(false);
    while (pos < n)
        if (!(str_unicode_props(next_cp(d, &pos)) & mask))
            return bool_result(false);
    return bool_result(true);
}

static Value m_isalpha(Value self, const Value *args, size_t nargs, Value kw)
{
    return all_props(self, UNI_ALPHA);
}

static Value m_isdecimal(Value self, const Value *args, size_t nargs, Value kw)
{
    return all_props(self, UNI_DECIMAL);
}

static Value m_isdigit(Value self, const Value *args, size_t nargs, Value kw)
{
    return all_props(self, UNI_DIGIT);
}

static Value m_isnumeric(Value self, const Value *args, size_t nargs, Value kw)
{
    return all_props(self, UNI_NUMERIC);
}

static Value m_isalnum(Value self, const Value *args, size_t nargs, Value kw)
{
    return all_props(self, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
}

static Value m_isprintable(Value self, const Value *args, size_t nargs, Value kw)
{
    if (STR_NBYTES(self) == 0)
        return bool_result(true);
    return all_props(self, UNI_PRINTABLE);
}

static Value m_isspace(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    if (n == 0)
        return bool_result(false);
    while (pos < n)
        if (!str_unicode_isspace(next_cp(d, &pos)))
            return bool_result(false);
    return bool_result(true);
}

static Value m_isascii(Value self, const Value *args, size_t nargs, Value kw)
{
    return bool_result(S(self)->ascii);
}

static bool is_title_char(uint32_t c)
{
    return c >= 0x80 && (str_unicode_props(c) & UNI_TITLE);
}

static Value m_isupper(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    bool cased = false;
    while (pos < n) {
        uint32_t c = next_cp(d, &pos);
        if (str_unicode_islower(c) || is_title_char(c))
            return bool_result(false);
        if (!cased && str_unicode_isupper(c))
            cased = true;
    }
    return bool_result(cased);
}

static Value m_islower(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    bool cased = false;
    while (pos < n) {
        uint32_t c = next_cp(d, &pos);
        if (str_unicode_isupper(c) || is_title_char(c))
            return bool_result(false);
        if (!cased && str_unicode_islower(c))
            cased = true;
    }
    return bool_result(cased);
}

static Value m_istitle(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    bool cased = false, prev_cased = false;
    while (pos < n) {
        uint32_t c = next_cp(d, &pos);
        if (str_unicode_isupper(c) || is_title_char(c)) {
            if (prev_cased)
                return bool_result(false);
            prev_cased = cased = true;
        } else if (str_unicode_islower(c)) {
            if (!prev_cased)
                return bool_result(false);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_result(cased);
}

static Value m_isidentifier(Value self, const Value *args, size_t nargs, Value kw)
{
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    if (n == 0 || !(str_unicode_props(next_cp(d, &pos)) & UNI_ID_START))
        return bool_result(false);
    while (pos < n)
        if (!(str_unicode_props(next_cp(d, &pos)) & UNI_ID_CONTINUE))
            return bool_result(false);
    return bool_result(true);
}

/* ---- Padding ---- */

/* s with @p left and @p right copies of @p fill around it. */
static Value pad(Value s, int64_t left, int64_t right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return self_or_copy(s);
    char fb[4];
    size_t fl = str_encode_utf8(fill, fb);
    uint64_t count = (uint64_t)left + (uint64_t)right;
    if (count > (uint64_t)INT64_MAX / 8 / fl)
        return exc_nomemory();
    size_t total = STR_NBYTES(s) + (size_t)count * fl;
    Value r = str_alloc(total);
    if (r == VNULL)
        return VNULL;
    char *d = STR_DATA(r);
    for (int64_t i = 0; i < left; i++, d += fl)
        memcpy(d, fb, fl);
    memcpy(d, STR_DATA(s), STR_NBYTES(s));
    d += STR_NBYTES(s);
    for (int64_t i = 0; i < right; i++, d += fl)
        memcpy(d, fb, fl);
    return str_finish(r);
}

static int pad_args(const char *name, const Value *args, size_t nargs, int64_t *width,
                    uint32_t *fill)
{
    if (args_count(name, nargs, 1, 2) < 0 || as_ssize(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        Value f = args[1];
        if (!str_check(f)) {
            exc_raise(&exc_TypeError, "The fill character must be a unicode character, not %s",
                      obj_type_name(f));
            return -1;
        }
        if (STR_LEN(f) != 1) {
            exc_raise(&exc_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = str_char_at(f, 0);
    }
    return 0;
}

static Value m_center(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t width;
    uint32_t fill;
    if (pad_args("center", args, nargs, &width, &fill) < 0)
        return VNULL;
    int64_t len = (int64_t)STR_LEN(self);
    if (len >= width)
        return self_or_copy(self);
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static Value m_ljust(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t width;
    uint32_t fill;
    if (pad_args("ljust", args, nargs, &width, &fill) < 0)
        return VNULL;
    return pad(self, 0, width - (int64_t)STR_LEN(self), fill);
}

static Value m_rjust(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t width;
    uint32_t fill;
    if (pad_args("rjust", args, nargs, &width, &fill) < 0)
        return VNULL;
    return pad(self, width - (int64_t)STR_LEN(self), 0, fill);
}

static Value m_zfill(Value self, const Value *args, size_t nargs, Value kw)
{
    int64_t width;
    if (as_ssize(args[0], &width) < 0)
        return VNULL;
    int64_t fill = width - (int64_t)STR_LEN(self);
    if (fill <= 0)
        return self_or_copy(self);
    Value r = pad(self, fill, 0, '0');
    if (r == VNULL)
        return r;
    char *d = STR_DATA(r);
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static Value m_expandtabs(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"tabsize"};
    Value a[1];
    if (args_parse("expandtabs", args, nargs, kwnames, params, 1, 1, 0, a) < 0)
        return VNULL;
    int tabsize = 8;
    if (a[0] != VNULL && as_cint(a[0], &tabsize) < 0)
        return VNULL;
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self);
    if (memchr(d, '\t', n) == NULL)
        return self_or_copy(self);
    StrBuf b;
    strbuf_init(&b);
    int64_t col = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                col += incr;
                for (int64_t k = 0; k < incr; k++)
                    strbuf_putc(&b, ' ');
            }
            i++;
            continue;
        }
        size_t len = seq_len(c);
        strbuf_append(&b, d + i, len);
        i += len;
        col++;
        if (c == '\n' || c == '\r')
            col = 0;
    }
    return strbuf_finish(&b);
}

/* ---- Translation ---- */

static Value m_maketrans(Value self, const Value *args, size_t nargs, Value kw)
{
    if (args_count("maketrans", nargs, 1, 3) < 0)
        return VNULL;
    for (size_t i = 1; i < nargs; i++)
        if (!str_check(args[i]))
            return exc_raise(&exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                             obj_type_name(args[i]));
    Value x = args[0];
    if (nargs == 1 && !dict_check(x))
        return exc_raise(&exc_TypeError,
                         "if you give only one argument to maketrans it must be a dict");
    if (nargs > 1 && !str_check(x))
        return exc_raise(&exc_TypeError,
                         "first maketrans argument must be a string if there is a second argument");
    if (nargs > 1 && STR_LEN(x) != STR_LEN(args[1]))
        return exc_raise(&exc_ValueError,
                         "the first two maketrans arguments must have equal length");
    Value d = dict_new();
    if (d == VNULL)
        return VNULL;
    if (nargs == 1) {
        size_t it = 0;
        Value k, v;
        while (dict_next(x, &it, &k, &v)) {
            Value key;
            if (str_check(k)) {
                if (STR_LEN(k) != 1) {
                    decref(d);
                    return exc_raise(&exc_ValueError,
                                     "string keys in translate table must be of length 1");
                }
                key = SMALLINT_VAL(str_char_at(k, 0));
            } else if (int_check(k)) {
                key = k;
            } else {
                decref(d);
                return exc_raise(&exc_TypeError,
                                 "keys in translate table must be strings or integers");
            }
            if (dict_set(d, key, v) < 0) {
                decref(d);
                return VNULL;
            }
        }
        return d;
    }
    size_t px = 0, py = 0;
    for (size_t i = 0; i < STR_LEN(x); i++) {
        Value k = SMALLINT_VAL(next_cp(STR_DATA(x), &px));
        Value v = SMALLINT_VAL(next_cp(STR_DATA(args[1]), &py));
        if (dict_set(d, k, v) < 0) {
            decref(d);
            return VNULL;
        }
    }
    if (nargs == 3) {
        size_t pz = 0;
        for (size_t i = 0; i < STR_LEN(args[2]); i++) {
            if (dict_set(d, SMALLINT_VAL(next_cp(STR_DATA(args[2]), &pz)), NONE_VAL) < 0) {
                decref(d);
                return VNULL;
            }
        }
    }
    return d;
}

static Value m_translate(Value self, const Value *args, size_t nargs, Value kw)
{
    Value table = args[0];
    const char *d = STR_DATA(self);
    size_t n = STR_NBYTES(self), pos = 0;
    StrBuf b;
    strbuf_init(&b);
    while (pos < n) {
        size_t start = pos;
        uint32_t c = next_cp(d, &pos);
        Value v = obj_getitem(table, SMALLINT_VAL(c));
        if (v == VNULL) {
            if (!exc_matches(&exc_LookupError))
                goto fail;
            exc_clear();
            strbuf_append(&b, d + start, pos - start);
            continue;
        }
        if (v == NONE_VAL) {
            /* deleted */
        } else if (int_check(v)) {
            int64_t m;
            if (int_as_i64(v, &m) < 0 || m < 0 || m > 0x10FFFF) {
                exc_clear();
                decref(v);
                exc_raise(&exc_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            strbuf_put_codepoint(&b, (uint32_t)m);
        } else if (str_check(v)) {
            strbuf_append_str(&b, v);
        } else {
            decref(v);
            exc_raise(&exc_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        decref(v);
    }
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VNULL;
}

const MethodDef str_methods_table[] = {
    {"capitalize", m_capitalize, METH_NOARGS, "Return a capitalized version of the string."},
    {"casefold", m_casefold, METH_NOARGS, "Return a version of the string for caseless matching."},
    {"center", m_center, 0, "Return a centered string of length width."},
    {"count", m_count, 0, "Return the number of non-overlapping occurrences of a substring."},
    {"endswith", m_endswith, 0, "Return True if the string ends with the suffix."},
    {"expandtabs", m_expandtabs, METH_KEYWORDS, "Replace tabs with spaces."},
    {"find", m_find, 0, "Return the lowest index where a substring is found, or -1."},
    {"format", format_str_format, METH_KEYWORDS, "Return a formatted version of the string (str.format)."},
    {"format_map", format_str_format_map, METH_O, "Return a formatted version of the string, using substitutions from mapping."},
    {"index", m_index, 0, "Like find() but raise ValueError when not found."},
    {"isalnum", m_isalnum, METH_NOARGS, "Return True if the string is alpha-numeric."},
    {"isalpha", m_isalpha, METH_NOARGS, "Return True if the string is alphabetic."},
    {"isascii", m_isascii, METH_NOARGS, "Return True if all characters are ASCII."},
    {"isdecimal", m_isdecimal, METH_NOARGS, "Return True if the string is a decimal string."},
    {"isdigit", m_isdigit, METH_NOARGS, "Return True if the string is a digit string."},
    {"isidentifier", m_isidentifier, METH_NOARGS, "Return True if the string is an identifier."},
    {"islower", m_islower, METH_NOARGS, "Return True if the string is a lowercase string."},
    {"isnumeric", m_isnumeric, METH_NOARGS, "Return True if the string is a numeric string."},
    {"isprintable", m_isprintable, METH_NOARGS, "Return True if the string is printable."},
    {"isspace", m_isspace, METH_NOARGS, "Return True if the string is a whitespace string."},
    {"istitle", m_istitle, METH_NOARGS, "Return True if the string is a title-cased string."},
    {"isupper", m_isupper, METH_NOARGS, "Return True if the string is an uppercase string."},
    {"join", m_join, METH_O, "Concatenate any number of strings."},
    {"ljust", m_ljust, 0, "Return a left-justified string of length width."},
    {"lower", m_lower, METH_NOARGS, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for translate()."},
    {"partition", m_partition, METH_O, "Partition the string into three parts."},
    {"removeprefix", m_removeprefix, METH_O, "Return a str with the given prefix removed."},
    {"removesuffix", m_removesuffix, METH_O, "Return a str with the given suffix removed."},
    {"replace", m_replace, 0, "Return a copy with occurrences of old replaced by new."},
    {"rfind", m_rfind, 0, "Return the highest index where a substring is found, or -1."},
    {"rindex", m_rindex, 0, "Like rfind() but raise ValueError when not found."},
    {"rjust", m_rjust, 0, "Return a right-justified string of length width."},
    {"rpartition", m_rpartition, METH_O, "Partition the string at the last separator."},
    {"rsplit", m_rsplit, METH_KEYWORDS, "Return a list of the words, splitting from the right."},
    {"rstrip", m_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"split", m_split, METH_KEYWORDS, "Return a list of the words in the string."},
    {"splitlines", m_splitlines, METH_KEYWORDS, "Return a list of the lines in the string."},
    {"startswith", m_startswith, 0, "Return True if the string starts with the prefix."},
    {"strip", m_strip, 0, "Return a copy with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, METH_NOARGS, "Convert uppercase to lowercase and vice versa."},
    {"title", m_title, METH_NOARGS, "Return a titlecased version of the string."},
    {"translate", m_translate, METH_O, "Replace each character using the given table."},
    {"upper", m_upper, METH_NOARGS, "Return a copy of the string converted to uppercase."},
    {"zfill", m_zfill, METH_O, "Pad a numeric string with zeros on the left."},
    {"__format__", format_str_method, METH_O, "Return a formatted version of the string as described by format_spec."},
    {NULL, NULL, 0, NULL},
};
