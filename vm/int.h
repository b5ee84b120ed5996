// SPDX-License-Identifier: MIT
/**
 * @file int.h
 * @brief int (arbitrary precision) and bool.
 *
 * Who may include it: vm/, tests/.
 *
 * Small ints are unboxed (vm/value.h). Values outside the small range are
 * ::IntObj holding a GMP integer; the representation is canonical (a boxed
 * int never holds a value that fits the small range), so the fast paths of
 * the eval loop only ever need IS_SMALLINT.
 *
 * `bool` is a subclass of `int` whose only instances are the static True
 * and False objects. Every int operation accepts them as 1 and 0.
 *
 * Semantics follow CPython 3.11 exactly: floor division and modulo round
 * toward negative infinity, `**` with a negative exponent gives a float,
 * shifts by negative counts raise ValueError, true division of two ints is
 * correctly rounded, hashes are the value modulo 2**61 - 1, and converting
 * an int with more than sys.get_int_max_str_digits() (4300) decimal digits
 * to or from str raises ValueError.
 */
#ifndef GILVM_INT_H
#define GILVM_INT_H

#include <gmp.h>

#include "object.h"

/** A boxed int (only for values outside the small range). */
typedef struct IntObj {
    Obj base;  /**< header */
    mpz_t z;   /**< the value */
} IntObj;

/** The type int. */
extern Type int_type;
/** The type bool. */
extern Type bool_type;
/** The True singleton. */
extern Obj True_obj;
/** The False singleton. */
extern Obj False_obj;

/** True as a value. */
#define TRUE_VAL OBJ_VAL(&True_obj)
/** False as a value. */
#define FALSE_VAL OBJ_VAL(&False_obj)
/** The bool value of a C condition. */
#define BOOL_VAL(b) ((b) ? TRUE_VAL : FALSE_VAL)

/** True if @p v is an int (including bool and boxed ints). */
static inline bool int_check(Value v)
{
    return IS_SMALLINT(v) || (AS_OBJ(v)->type->flags & TYPE_INT_SUBCLASS) != 0;
}

/** True if @p v is a boxed (big) int. */
static inline bool int_is_big(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &int_type;
}

/** An int from a C integer (new reference, or VNULL on MemoryError). */
Value int_from_i64(int64_t i);
/** An int from an unsigned C integer. */
Value int_from_u64(uint64_t u);
/** An int from an mpz (copied; canonicalised). */
Value int_from_mpz(const mpz_t z);
/** int(d) for a float: truncates; ValueError for NaN, OverflowError for infinity. */
Value int_from_double(double d);
/**
 * int(text, base) as CPython: optional whitespace and sign, underscores
 * between digits, base 0 meaning "from the prefix". ValueError with
 * CPython's message ("invalid literal for int() with base 10: 'x'") on bad
 * input. Also used by the compiler for literals (text without prefix).
 */
Value int_from_string(const char *text, size_t len, int base);
/** The value of an int (or bool) as int64; -1 with OverflowError if it does not fit. */
int int_as_i64(Value v, int64_t *out);
/** The value as a double; -1 with OverflowError ("int too large to convert to float"). */
int int_as_double(Value v, double *out);
/** Copy the value of an int (or bool) into @p z (initialised by the caller). */
void int_to_mpz(Value v, mpz_t z);
/** -1, 0 or 1. */
int int_sign(Value v);
/** str(v) in base 10, with the digit limit. */
Value int_to_str(Value v);
/** hex/oct/bin text with prefix ("0x1f", "-0b101"): base 16, 8 or 2. */
Value int_to_base(Value v, int base);
/**
 * a OP b where one operand is an int or bool (the int_type.binop slot):
 * NotImplemented when the other operand is not an int or bool.
 */
Value int_binop(Value a, Value b, BinOp op);
/** divmod(a, b) for ints: a new tuple. */
Value int_divmod(Value a, Value b);
/** pow(a, b, m) for ints (m may be VNULL). */
Value int_pow(Value a, Value b, Value m);
/** round(v, ndigits) for an int (ndigits negative rounds to tens, half to even). */
Value int_round(Value v, int64_t ndigits);
/** Hash of an int (value modulo 2**61 - 1, -1 mapped to -2). */
int64_t int_hash(Value v);
/** Number of bits in abs(v) (int.bit_length). */
int64_t int_bit_length(Value v);
/** Compare two ints: -1, 0, 1. */
int int_compare(Value a, Value b);

#endif
