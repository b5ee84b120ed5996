// SPDX-License-Identifier: MIT
/** @file strbuf.c @brief Growable byte buffer (see strbuf.h). */
#include "strbuf.h"

#include "str.h"

void strbuf_init(StrBuf *b)
{
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof(b->small);
    b->small[0] = '\0';
}

void strbuf_free(StrBuf *b)
{
    if (b->data != b->small)
        free(b->data);
    strbuf_init(b);
}

void strbuf_reserve(StrBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = b->data == b->small ? malloc(cap) : realloc(b->data, cap);
    if (p == NULL) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    if (b->data == b->small)
        memcpy(p, b->small, b->len + 1);
    b->data = p;
    b->cap = cap;
}

void strbuf_append(StrBuf *b, const char *s, size_t len)
{
    strbuf_reserve(b, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void strbuf_puts(StrBuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_putc(StrBuf *b, char c)
{
    strbuf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void strbuf_put_codepoint(StrBuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    strbuf_append(b, u, n);
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        strbuf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void strbuf_append_str(StrBuf *b, Value s)
{
    strbuf_append(b, STR_DATA(s), STR_NBYTES(s));
}

int strbuf_append_repr(StrBuf *b, Value v)
{
    Value r = obj_repr(v);
    if (r == VNULL)
        return -1;
    strbuf_append_str(b, r);
    decref(r);
    return 0;
}

int strbuf_append_strof(StrBuf *b, Value v)
{
    Value r = obj_str(v);
    if (r == VNULL)
        return -1;
    strbuf_append_str(b, r);
    decref(r);
    return 0;
}

Value strbuf_finish(StrBuf *b)
{
    Value s = str_new(b->data, b->len);
    strbuf_free(b);
    return s;
}
