// SPDX-License-Identifier: MIT
/**
 * @file value.h
 * @brief The representation of a Python value, behind one-line accessors.
 *
 * Who may include it: anything; it depends only on common.h.
 *
 * A ::Value is one machine word. If its lowest bit is 1 it is a *small int*:
 * the other 63 bits hold a signed integer, and no object exists at all (no
 * allocation, no reference count). Otherwise it is a pointer to an ::Obj
 * (objects are at least 8-byte aligned, so the low bit of a pointer is 0).
 * The word 0 (::VNULL) is never a valid value: functions that return a
 * ::Value return ::VNULL to say "an exception is set in the thread state".
 *
 * Integers outside the small range live in heap objects (vm/int.h); an int
 * is *canonical*: a value that fits the small range is never boxed, so two
 * ints are equal exactly when their words are equal or both are boxed and
 * hold the same number.
 *
 * Everything outside this file uses the accessors, so the representation can
 * change in one place.
 */
#ifndef GILVM_VALUE_H
#define GILVM_VALUE_H

#include "common.h"

/** A Python value: a tagged small int or a pointer to an object. */
typedef uintptr_t Value;

struct Obj;

/** "No value": the error return of every function returning ::Value. */
#define VNULL ((Value)0)

/** Smallest integer stored unboxed. */
#define SMALLINT_MIN (INTPTR_MIN >> 1)
/** Largest integer stored unboxed. */
#define SMALLINT_MAX (INTPTR_MAX >> 1)

/** True if @p v is an unboxed small int. */
#define IS_SMALLINT(v) (((v) & 1) != 0)
/** True if @p v points to an object (it may also be ::VNULL). */
#define IS_OBJ(v) (((v) & 1) == 0)
/** The integer held by a small int value. */
#define AS_SMALLINT(v) ((intptr_t)(v) >> 1)
/** The small int value holding @p i; @p i must be within the small range. */
#define SMALLINT_VAL(i) ((Value)(((uintptr_t)(intptr_t)(i) << 1) | 1))
/** True if @p i fits the small int range. */
#define SMALLINT_FITS(i) ((i) >= SMALLINT_MIN && (i) <= SMALLINT_MAX)
/** The object a non-small-int value points to. */
#define AS_OBJ(v) ((struct Obj *)(v))
/** The value pointing to object @p o. */
#define OBJ_VAL(o) ((Value)(o))

#endif
