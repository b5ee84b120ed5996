// SPDX-License-Identifier: MIT
/**
 * @file descr.h
 * @brief Bound methods, staticmethod, classmethod, property and super.
 *
 * Who may include it: vm/.
 *
 * A function stored in a class is a *descriptor*: looked up on an instance
 * it becomes a bound method that remembers the instance (`self`).
 * staticmethod and classmethod change what binding does; property turns
 * attribute access into calls; super looks attributes up further along the
 * method resolution order.
 */
#ifndef GILVM_DESCR_H
#define GILVM_DESCR_H

#include "object.h"

/** A function bound to an object. */
typedef struct MethodObj {
    Obj base;   /**< header */
    Value func; /**< the function */
    Value self; /**< the object it is bound to */
} MethodObj;

/** method: a bound method. */
extern Type method_type;
/** staticmethod. */
extern Type staticmethod_type;
/** classmethod. */
extern Type classmethod_type;
/** property. */
extern Type property_type;
/** super. */
extern Type super_type;

/** A new bound method of @p func to @p self. */
Value descr_method_new(Value func, Value self);
/** staticmethod(@p func). */
Value descr_staticmethod_new(Value func);

#endif
