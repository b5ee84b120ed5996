// SPDX-License-Identifier: MIT
/**
 * @file names.h
 * @brief The interned strings the VM itself looks up: special method names
 *        and a few others, made once at start-up.
 *
 * Who may include it: vm/.
 *
 * `NAME(__init__)` is the interned str "__init__", with no hashing or
 * interning at the point of use (hot paths such as creating an instance
 * look several of these up every time).
 */
#ifndef GILVM_NAMES_H
#define GILVM_NAMES_H

#include "object.h"

/** Every name in the table: X(identifier). */
#define NAMES(X)                                                                                   \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__format__) X(__round__)           \
    X(__lt__) X(__le__) X(__eq__) X(__ne__) X(__gt__) X(__ge__)                                   \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__)                          \
    X(__mul__) X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__)              \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__)           \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__)                 \
    X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__)                 \
    X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__)                             \
    X(__matmul__) X(__rmatmul__) X(__imatmul__) X(__divmod__) X(__rdivmod__)                       \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__bool__) X(__int__) X(__float__)             \
    X(__index__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__)           \
    X(__iter__) X(__next__) X(__reversed__) X(__getattribute__) X(__getattr__)                     \
    X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__set_name__)              \
    X(__call__) X(__enter__) X(__exit__) X(__class__) X(__dict__) X(__module__)                    \
    X(__qualname__) X(__name__) X(__doc__) X(__build_class__) X(__builtins__) X(__file__)          \
    X(__classcell__) X(__init_subclass__) X(send) X(throw) X(close) X(keys)

/** Index of each name in the table. */
typedef enum NameId {
/** @cond INTERNAL */
#define NAME_ENUM(n) NAME_ID_##n,
    NAMES(NAME_ENUM)
#undef NAME_ENUM
    /** @endcond */
    NAME_COUNT /**< number of names */
} NameId;

/** The table, filled by names_init(). */
extern Value names_table[NAME_COUNT];

/** The interned str for identifier @p n (one of NAMES). */
#define NAME(n) (names_table[NAME_ID_##n])

/** Intern every name (runtime start-up, after str_init). 0 or -1. */
int names_init(void);
/** Forget the names (before the intern table is freed). */
void names_fini(void);

#endif
