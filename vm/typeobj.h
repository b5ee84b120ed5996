// SPDX-License-Identifier: MIT
/**
 * @file typeobj.h
 * @brief Classes: types created by `class` statements, and the bridge
 *        between slots and special methods in both directions.
 *
 * Who may include it: vm/.
 *
 * ## Slots and special methods
 *
 * A builtin type implements `len()` with its `len` slot; a class implements
 * it with a `__len__` method. One table (the *slot definitions*, in
 * typeobj.c) pairs each special method name with a slot, and is used both
 * ways:
 *
 * - a builtin type gets, for each slot it fills, a *slot wrapper* in its
 *   dict, so `[].__len__()`, `int.__add__(1, 2)` and `super().__getitem__(k)`
 *   in a dict subclass call the C slot;
 * - a class gets, for each special method it (or a base class) defines in
 *   Python, a generic C slot that looks the method up and calls it, so the
 *   eval loop and every builtin treat instances through slots alone.
 *
 * ## Instances
 *
 * An instance of a class derived from `object` is a header plus a pointer
 * to its attribute dict. A class derived from a builtin (list, dict,
 * Exception, ...) extends that type's layout with the dict pointer (or
 * reuses the one the layout already has). Instances are created by the
 * base's `alloc_new` slot (`__new__`), then initialised by `__init__`.
 */
#ifndef GILVM_TYPEOBJ_H
#define GILVM_TYPEOBJ_H

#include "object.h"

/** A class: a type plus the objects that own its names. */
typedef struct HeapTypeObj {
    Type type;               /**< the type itself (type.name points into @ref name) */
    Value name;              /**< `__name__` (str) */
    Value qualname;          /**< `__qualname__` (str) */
    struct HeapTypeObj **subclasses; /**< classes deriving directly from this one (not owned) */
    size_t nsubclasses;      /**< how many */
    size_t cap_subclasses;   /**< allocated */
    /* The constructor facts, a cache every thread reads and refills (vm/typeobj.c). */
    _Atomic uint64_t ctor_tag;  /**< version_tag the facts below were computed for; 0: being written */
    _Atomic bool ctor_new;      /**< `__new__` is defined in Python (in a class) */
    _Atomic bool ctor_init;     /**< `__init__` is defined in Python */
    _Atomic Value ctor_initf;   /**< that `__init__` (borrowed from a class dict) */
} HeapTypeObj;

/** slot wrapper: a builtin type's slot as a special method. */
extern Type wrapper_descr_type;
/** method-wrapper: a slot wrapper bound to an instance. */
extern Type method_wrapper_type;

/**
 * Add slot wrappers to a static type's dict for the slots it fills itself;
 * type_ready() calls it before the type inherits its base's slots. 0 or -1.
 */
int typeobj_add_wrappers(Type *t);

/**
 * Create a class: type(name, bases, ns).
 * @param name the class name (str)
 * @param bases tuple of base classes (empty means object)
 * @param ns the namespace the class body filled (copied)
 * @param kwargs the values of the class keywords (`class C(Base, tag=1)`), passed on to
 *        the base's `__init_subclass__`
 * @param kwnames their names (a tuple), or VNULL when there are none
 * @return the new type, or VNULL
 */
Value typeobj_new(Value name, Value bases, Value ns, const Value *kwargs, Value kwnames);

/** The builtin `__build_class__(func, name, *bases)` used by class statements. */
Value typeobj_build_class(Value self, const Value *args, size_t nargs, Value kwnames);

/** The dealloc slot of `type` (only classes are ever freed). */
void typeobj_dealloc(Obj *o);
/** The traverse slot of `type` (visits a class's dict, MRO and base). */
void typeobj_traverse(Obj *o, VisitFn visit, void *arg);
/** The clear slot of `type`. */
void typeobj_clear(Obj *o);

/**
 * If calling class @p t only allocates a plain instance and runs a Python
 * `__init__` (no `__new__` in Python, derived from object), return that
 * function (borrowed) so the eval loop can run it in place; else VNULL.
 */
Value typeobj_plain_init(Type *t);
/** A new, empty instance of class @p t (its base is object). */
Value typeobj_alloc_plain(Type *t);

/** Give @p t and every class derived from it new version tags (their attributes changed). */
void typeobj_modified(Type *t);

/** After an attribute of class @p t changed: re-derive the slot for a special method name, in @p t and every class derived from it. */
void typeobj_update_slot(Type *t, Value name);

/** Copy into @p t every slot it leaves empty from @p base (type_ready and class creation). */
void typeobj_inherit_slots(Type *t, const Type *base);

#endif
