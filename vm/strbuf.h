// SPDX-License-Identifier: MIT
/**
 * @file strbuf.h
 * @brief A growable UTF-8 byte buffer for building strings.
 *
 * Who may include it: vm/, tests/.
 *
 * @code
 *     StrBuf b;
 *     strbuf_init(&b);
 *     strbuf_append(&b, "[", 1);
 *     ...
 *     return strbuf_finish(&b);   // a new str, or VNULL (buffer freed either way)
 * @endcode
 *
 * Appending never fails (out of memory aborts, as for the AST arena); only
 * the functions that run Python code (strbuf_append_repr, ...) can fail.
 */
#ifndef GILVM_STRBUF_H
#define GILVM_STRBUF_H

#include "object.h"

/** A growable byte buffer; starts with room for short strings without malloc. */
typedef struct StrBuf {
    char *data;       /**< bytes (NUL-terminated after each append) */
    size_t len;       /**< bytes used */
    size_t cap;       /**< capacity of data */
    char small[120];  /**< inline storage used until the buffer grows */
} StrBuf;

/** Initialise an empty buffer. */
void strbuf_init(StrBuf *b);
/** Free the buffer's memory (not needed after strbuf_finish). */
void strbuf_free(StrBuf *b);
/** Make room for @p extra more bytes. */
void strbuf_reserve(StrBuf *b, size_t extra);
/** Append @p len bytes. */
void strbuf_append(StrBuf *b, const char *s, size_t len);
/** Append a NUL-terminated string. */
void strbuf_puts(StrBuf *b, const char *s);
/** Append one byte. */
void strbuf_putc(StrBuf *b, char c);
/** Append a code point encoded as UTF-8. */
void strbuf_put_codepoint(StrBuf *b, uint32_t cp);
/** Append printf-style formatted text (C formats only). */
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** Append the contents of str value @p s. */
void strbuf_append_str(StrBuf *b, Value s);
/** Append repr(v); 0, or -1 with an exception set. */
int strbuf_append_repr(StrBuf *b, Value v);
/** Append str(v); 0, or -1 with an exception set. */
int strbuf_append_strof(StrBuf *b, Value v);
/** Turn the contents into a new str and free the buffer; VNULL on error. */
Value strbuf_finish(StrBuf *b);

#endif
