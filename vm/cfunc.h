// SPDX-License-Identifier: MIT
/**
 * @file cfunc.h
 * @brief Functions written in C as Python objects: builtins, methods of builtin
 *        types and their descriptors, and computed attributes.
 *
 * Who may include it: vm/.
 *
 * A ::MethodDef in a type's table becomes a *method descriptor* in the
 * type's dict (`list.append`, printed `<method 'append' of 'list' objects>`).
 * Looking it up on an instance binds it: a ::CFuncObj with `self` set
 * (`[].append`, a `builtin_function_or_method`). Module functions and
 * builtins are ::CFuncObj from the start.
 */
#ifndef GILVM_CFUNC_H
#define GILVM_CFUNC_H

#include "object.h"

/** A C function as an object; bound when `self` is set. */
typedef struct CFuncObj {
    Obj base;             /**< header */
    const MethodDef *def; /**< name, implementation, flags */
    Value self;           /**< bound object, or VNULL */
    Type *owner;          /**< type defining the method (for messages), or NULL */
} CFuncObj;

/** builtin_function_or_method. */
extern Type cfunc_type;
/** method_descriptor: an unbound method of a builtin type. */
extern Type method_descr_type;
/** classmethod_descriptor: a class method of a builtin type. */
extern Type classmethod_descr_type;
/** getset_descriptor: a computed attribute of a builtin type. */
extern Type member_type;

/** A new builtin function (self VNULL) or bound method. */
Value cfunc_new(const MethodDef *def, Value self, Type *owner);
/** The descriptor placed in @p owner's dict for @p def (method, class method or static). */
Value cfunc_descriptor(const MethodDef *def, Type *owner);
/** The descriptor placed in @p owner's dict for a computed attribute. */
Value member_descriptor(const MemberDef *def, Type *owner);
/** Call a MethodDef with the flag checks (argument counts, keywords) done here. */
Value cfunc_invoke(const MethodDef *def, Type *owner, Value self, const Value *args, size_t nargs,
                   Value kwnames);

#endif
