// SPDX-License-Identifier: MIT
/**
 * @file float.h
 * @brief float: boxed doubles with CPython's repr, hash and arithmetic rules.
 *
 * Who may include it: vm/, tests/.
 *
 * repr() is the shortest string that reads back as the same double, laid
 * out as CPython's: fixed notation when the decimal exponent is in
 * [-4, 16), else `1e+16` style, with `.0` added to integral values, and
 * `inf`, `-inf`, `nan`.
 */
#ifndef GILVM_FLOAT_H
#define GILVM_FLOAT_H

#include "../gc/alloc.h"
#include "object.h"

/** A float. */
typedef struct FloatObj {
    Obj base; /**< header */
    double v; /**< the value */
} FloatObj;

/** The type float. */
extern Type float_type;

/** True if @p v is a float (exactly; no subclasses yet). */
static inline bool float_check(Value v)
{
    return IS_OBJ(v) && AS_OBJ(v)->type == &float_type;
}

/** The double inside a float value. */
#define FLOAT_AS_DOUBLE(x) (((FloatObj *)AS_OBJ(x))->v)

/** A new float (VNULL on MemoryError): usually a pop from the thread's free list. */
Value float_new(double d);

/** Free a float whose count reached zero (its dealloc slot; also used inline by the eval loop). */
static inline void float_free(Obj *o)
{
    alloc_free_plain(o);
}
/** The shortest round-trip repr of @p d into @p buf (at least 32 bytes); returns buf. */
char *float_repr_buf(double d, char *buf, size_t size);
/** repr as a new str. */
Value float_repr(Value v);
/** hash(d) with CPython's numeric hash (equal to the int's hash for integral values). */
int64_t float_hash_double(double d);
/** float(text) as CPython (whitespace, underscores, inf/nan/infinity); ValueError otherwise. */
Value float_from_string(const char *text, size_t len);
/** Convert an int, bool or float to double; -1 with TypeError ("must be real number, not str") otherwise. */
int float_as_double(Value v, double *out);
/** round(x, ndigits) as CPython (correctly rounded, half to even); ndigits VNULL returns an int. */
Value float_round(double x, Value ndigits);
/** divmod for floats (a new tuple), as CPython. */
Value float_divmod(double a, double b);
/** a ** b for doubles with CPython's errors (ZeroDivisionError, ValueError for negative ** fraction). */
Value float_pow(double a, double b);
/** Python floor division of doubles: ZeroDivisionError("float floor division by zero"). */
Value float_floordiv(double a, double b);
/** Python modulo of doubles (sign of the divisor): ZeroDivisionError("float modulo"). */
Value float_mod(double a, double b);

#endif
