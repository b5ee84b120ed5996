// SPDX-License-Identifier: MIT
/**
 * @file str.h
 * @brief str: immutable Unicode text, stored as UTF-8, indexed by code point.
 *
 * Who may include it: vm/, gil/, gc/, tests/.
 *
 * A ::StrObj keeps its text as NUL-terminated UTF-8 with both its length in
 * code points and in bytes. An all-ASCII string (the common case) indexes
 * in O(1); indexing a string with other characters walks the UTF-8, O(n)
 * (docs/language.md lists this as a known difference in speed, not in
 * results). Iteration is O(1) per character either way.
 *
 * The hash is computed on first use and cached; it is deterministic across
 * runs (CPython randomises str hashes, so no program may depend on the
 * order of a set of strings anyway).
 *
 * Interned strings are unique and immortal: identifiers, attribute names
 * and names in code objects are interned, so name lookups compare pointers
 * first.
 */
#ifndef GILVM_STR_H
#define GILVM_STR_H

#include "object.h"

/** A str. */
typedef struct StrObj {
    Obj base;              /**< header */
    _Atomic int64_t hash;  /**< cached hash, or -1 until computed */
    size_t len;            /**< length in code points */
    size_t nbytes;         /**< length in bytes (without the NUL) */
    bool ascii;            /**< every code point < 128 (then len == nbytes) */
    char data[];           /**< UTF-8 text, NUL-terminated */
} StrObj;

/** The type str. */
extern Type str_type;
/** The iterator of an all-ASCII str (`str_ascii_iterator`). */
extern Type str_ascii_iter_type;
/** The iterator of any other str (`str_iterator`). */
extern Type str_iter_type;

/** True if @p v is a str (exact type or subclass). */
static inline bool str_check(Value v)
{
    return IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_STR_SUBCLASS) != 0;
}

/** The UTF-8 text of a str value. */
#define STR_DATA(v) (((StrObj *)AS_OBJ(v))->data)
/** The length in code points. */
#define STR_LEN(v) (((StrObj *)AS_OBJ(v))->len)
/** The length in bytes. */
#define STR_NBYTES(v) (((StrObj *)AS_OBJ(v))->nbytes)

/**
 * Set up the str module: the cached empty and one-character strings and the
 * C.UTF-8 locale used for case mappings (a locale_t of its own: the process
 * locale is left alone). Called by runtime_init(); calling it again does
 * nothing, and it may be called again after str_intern_fini().
 */
void str_init(void);
/** A new str from @p nbytes of valid UTF-8 (copied). VNULL on MemoryError. */
Value str_new(const char *utf8, size_t nbytes);
/** A new str from @p nbytes of ASCII text (copied; the caller knows every byte is < 0x80). */
Value str_new_ascii(const char *ascii, size_t nbytes);
/** A new str from a NUL-terminated UTF-8 C string. */
Value str_from_cstr(const char *s);
/** A str of one code point. Strings of one ASCII character are cached (immortal). */
Value str_from_codepoint(uint32_t cp);
/** An uninitialised str of @p nbytes bytes to be filled by the caller, then str_finish()ed. */
Value str_alloc(size_t nbytes);
/** Compute the code-point length and ASCII flag of a str filled after str_alloc(). */
Value str_finish(Value s);
/** The empty string (immortal). */
Value str_empty(void);
/** The interned (unique, immortal) str equal to @p s; steals @p s. */
Value str_intern(Value s);
/** The interned str for a C string. */
Value str_intern_cstr(const char *s);
/**
 * Free the intern table, every interned string, the cached strings and the
 * locale (runtime shutdown, after every other object is gone: interned and
 * cached strings are freed even though they are immortal).
 */
void str_intern_fini(void);
/** hash(s). */
int64_t str_hash(Value s);
/** a == b for two str values (pointer check first). */
bool str_eq(Value a, Value b);
/** a == C string. */
bool str_eq_cstr(Value a, const char *s);
/** Three-way comparison by code point: <0, 0, >0. */
int str_compare(Value a, Value b);
/** a + b. */
Value str_concat(Value a, Value b);
/** repr(s): quoted and escaped as CPython. */
Value str_repr(Value s);
/** sep.join(iterable). */
Value str_join(Value sep, Value iterable);
/** A new str from printf-style C formatting. */
Value str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/** The code point at index @p i (0 <= i < len). */
uint32_t str_char_at(Value s, size_t i);
/** Byte offset of code point index @p i (0 <= i <= len). */
size_t str_byte_offset(Value s, size_t i);
/** Decode one UTF-8 code point at @p p; stores its byte length in *n. */
uint32_t str_decode_utf8(const char *p, size_t *n);
/** Encode code point @p cp (surrogates too, as str may hold them) as UTF-8; returns 1-4. */
size_t str_encode_utf8(uint32_t cp, char out[4]);
/** Number of code points in @p nbytes of UTF-8. */
size_t str_count_codepoints(const char *p, size_t nbytes);

#endif
