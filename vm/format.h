// SPDX-License-Identifier: MIT
/**
 * @file format.h
 * @brief String formatting as CPython 3.11: the format-spec mini-language,
 *        format(), `__format__`, str.format(), printf-style `%`, ascii() and
 *        the runtime half of f-strings.
 *
 * Who may include it: vm/ (the compiler and eval loop for f-strings, the
 * builtins, the str, int and float types) and tests/.
 *
 * The work is split over two files:
 *
 * - vm/format.c: the format-spec mini-language
 *   (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`) and
 *   the formatters for int, float and str that interpret it; the text of a
 *   double for a presentation type (CPython's PyOS_double_to_string: the
 *   digits come from glibc's printf, which is correctly rounded, or from
 *   float_repr_buf() for the shortest repr, and the layout rules are
 *   CPython's); format_value() (the builtin format() and the f-string
 *   `{x:spec}`), the `__format__` methods, ascii().
 * - vm/format_str.c: str.format() and str.format_map() (replacement fields,
 *   field numbering, attribute and index access, conversions, nested
 *   fields), and printf-style `str % args`.
 *
 * Every function returning a ::Value returns a new reference, or VNULL
 * with CPython's exception set (ValueError "Invalid format specifier ...",
 * TypeError "not enough arguments for format string", ...).
 */
#ifndef GILVM_FORMAT_H
#define GILVM_FORMAT_H

#include "object.h"
#include "strbuf.h"

/** format_double() flag: use the alternate form ('#'): keep the point and trailing zeros. */
#define FORMAT_ALT 0x01
/** format_double() flag: add ".0" to a result that would look like an integer. */
#define FORMAT_ADD_DOT_0 0x02
/** format_double() flag: drop the sign of a result that reads as zero ('z', 3.11). */
#define FORMAT_NO_NEG_0 0x04

/**
 * Append the text of @p x for presentation type @p code, as CPython's
 * PyOS_double_to_string: 'e', 'E', 'f', 'F', 'g', 'G' with @p precision
 * digits (after the point for 'e' and 'f', significant for 'g', where 0
 * means 1), or 'r' for the shortest repr (precision ignored). Infinities
 * and NaN give "inf", "-inf" and "nan" ("INF", "NAN" for the upper-case
 * codes); a NaN never has a sign.
 * @param b the buffer to append to
 * @param x the value
 * @param code the presentation type
 * @param precision digits, 0 to INT_MAX
 * @param flags FORMAT_ALT, FORMAT_ADD_DOT_0, FORMAT_NO_NEG_0
 * @return 0, or -1 with MemoryError set (absurd precision)
 */
int format_double(StrBuf *b, double x, char code, int64_t precision, unsigned flags);

/**
 * The value of a decimal digit as CPython's Py_UNICODE_TODECIMAL reads the
 * numbers of a spec or a field name: '0'-'9', or any other Unicode decimal
 * digit (category Nd, such as U+0663 ARABIC-INDIC DIGIT THREE).
 * @param cp a code point
 * @return 0-9, or -1 if @p cp is not a decimal digit
 */
int format_digit_value(uint32_t cp);

/**
 * format(v, spec) for an int or bool @p v: int.__format__.
 * @param v an int (small, boxed, bool or a subclass instance)
 * @param spec a str
 * @return the formatted str, or VNULL (ValueError for a bad spec)
 */
Value format_int(Value v, Value spec);

/**
 * format(v, spec) for a float @p v holding @p x: float.__format__.
 * @param v the float object (for str() when @p spec is empty, and for messages)
 * @param x its value
 * @param spec a str
 * @return the formatted str, or VNULL
 */
Value format_float(Value v, double x, Value spec);

/**
 * format(s, spec) for a str @p s: str.__format__.
 * @param s a str
 * @param spec a str
 * @return the formatted str, or VNULL
 */
Value format_str(Value s, Value spec);

/**
 * PyObject_Format: the builtin format(v, spec) and what every replacement
 * field of str.format and f-strings does. Exact ints, bools, floats and
 * strs are formatted here directly; any other object through the
 * `__format__` found on its type (object's default when none is found).
 * @param v the value
 * @param spec a str, or VNULL for ""
 * @return a str, or VNULL (TypeError "__format__ must return a str, not
 *         int" when a `__format__` misbehaves)
 */
Value format_value(Value v, Value spec);

/**
 * The runtime of an f-string replacement field `{v!c:spec}`: apply the
 * conversion, then format_value().
 * @param v the value of the expression
 * @param conversion 0 for none, or 'r', 's', 'a'
 * @param spec the (already evaluated) format spec, a str, or VNULL when absent
 * @return a str, or VNULL
 */
Value format_fstring_value(Value v, int conversion, Value spec);

/**
 * ascii(v): repr(v) with every non-ASCII code point escaped as `\xhh`,
 * `\uhhhh` or `\Uhhhhhhhh`.
 * @param v any value
 * @return a str, or VNULL
 */
Value format_ascii(Value v);

/** The builtin `format(value, format_spec='')` (a ::CFunc; METH_KEYWORDS). */
Value format_builtin(Value self, const Value *args, size_t nargs, Value kwnames);
/** The builtin `ascii(obj)` (a ::CFunc; METH_O). */
Value format_ascii_builtin(Value self, const Value *args, size_t nargs, Value kwnames);
/**
 * object.__format__(self, format_spec) (a ::CFunc; METH_O): str(self) for an
 * empty spec, else TypeError "unsupported format string passed to
 * T.__format__".
 */
Value format_object_method(Value self, const Value *args, size_t nargs, Value kwnames);
/** int.__format__(self, format_spec) (a ::CFunc; METH_O). */
Value format_int_method(Value self, const Value *args, size_t nargs, Value kwnames);
/** float.__format__(self, format_spec) (a ::CFunc; METH_O). */
Value format_float_method(Value self, const Value *args, size_t nargs, Value kwnames);
/** str.__format__(self, format_spec) (a ::CFunc; METH_O). */
Value format_str_method(Value self, const Value *args, size_t nargs, Value kwnames);

/**
 * str.format(*args, **kwargs) (a ::CFunc; METH_KEYWORDS; self is the format
 * string).
 */
Value format_str_format(Value self, const Value *args, size_t nargs, Value kwnames);
/** str.format_map(mapping) (a ::CFunc; METH_O; self is the format string). */
Value format_str_format_map(Value self, const Value *args, size_t nargs, Value kwnames);

/**
 * printf-style formatting, `fmt % args`.
 * @param fmt a str
 * @param args a tuple (one value per conversion), a mapping (for
 *        `%(name)s`), or any single value
 * @return a str, or VNULL
 */
Value format_str_percent(Value fmt, Value args);

/**
 * str's binop slot: `str % x` is format_str_percent(); every other pair
 * and operator gives NotImplemented.
 */
Value format_str_binop(Value a, Value b, BinOp op);

#endif
