// SPDX-License-Identifier: MIT
/**
 * @file object.h
 * @brief The object header shared by every strategy, type objects and their
 *        slots, and the generic operations on values.
 *
 * Who may include it: anything in vm/, gil/, gc/ and tests/.
 *
 * ## The header
 *
 * Every heap object starts with ::Obj, 32 bytes laid out as in PEP 703's
 * free-threaded CPython (owner thread id, flags, a one-byte mutex, GC bits,
 * a 32-bit owner-local count, a shared count, the type). All strategies use
 * the same header, so memory figures are comparable across them; each
 * strategy uses the fields it needs (gil/refcount.h).
 *
 * Objects the collector tracks (containers: lists, dicts, functions, ...)
 * carry a ::GCHead immediately *before* the header (gc/gc.h).
 *
 * ## Ownership
 *
 * As in CPython: a function returning a ::Value returns a *new* reference
 * (the caller must decref it), or ::VNULL with an exception set. Arguments
 * are *borrowed*. Functions that "steal" a reference say so. Small ints and
 * immortal objects (None, True, False, types, interned strings, constants)
 * may be increfed and decrefed freely; nothing happens.
 *
 * ## Slots
 *
 * A ::Type holds function pointers ("slots") for the operations the eval
 * loop needs. A slot may be NULL: the generic operation below then raises
 * the TypeError CPython raises. Binary slots receive both operands and may
 * be called for either side, so they check both types and return
 * NotImplemented (a new reference to the singleton) when they cannot
 * handle the pair.
 */
#ifndef GILVM_OBJECT_H
#define GILVM_OBJECT_H

#include "common.h"
#include "value.h"

/** Reference count value marking an immortal object (never counted). */
#define RC_IMMORTAL UINT32_MAX

/** The header every object starts with (see the file comment). */
typedef struct Obj {
    _Atomic uintptr_t owner;    /**< owning thread's id (brc); 0 when none */
    uint16_t flags;             /**< OBJ_* bits */
    _Atomic uint8_t lock;       /**< per-object mutex byte (gil/lock.h) */
    uint8_t gc_bits;            /**< collector state (gc/gc.h) */
    _Atomic uint32_t rc_local;  /**< owner-local count; the only count under the plain policy */
    _Atomic intptr_t rc_shared; /**< count updated atomically by non-owners / atomic policy */
    struct Type *type;          /**< the object's type; never NULL */
} Obj;

/** Object flag: statically allocated (types, None, ...); never freed. */
#define OBJ_STATIC 0x0001
/** Object flag: str is interned (unique, immortal). */
#define OBJ_INTERNED 0x0002

/** Static initializer for the header of a statically allocated object. */
#define OBJ_HEAD_INIT(typeptr)                                                                     \
    {                                                                                              \
        .owner = 0, .flags = OBJ_STATIC, .lock = 0, .gc_bits = 0, .rc_local = RC_IMMORTAL,         \
        .rc_shared = 0, .type = (typeptr)                                                          \
    }

/** Binary operators, in the order of their slot arguments and dunder names. */
typedef enum BinOp {
    BINOP_ADD,
    BINOP_SUB,
    BINOP_MUL,
    BINOP_TRUEDIV,
    BINOP_FLOORDIV,
    BINOP_MOD,
    BINOP_POW,
    BINOP_LSHIFT,
    BINOP_RSHIFT,
    BINOP_AND,
    BINOP_OR,
    BINOP_XOR,
    BINOP_MATMUL,
    BINOP_COUNT
} BinOp;

/** Rich comparison operators (same order as CPython's Py_LT..Py_GE). */
typedef enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

/** Unary operators. */
typedef enum UnOp { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_ABS } UnOp;

struct Type;

/** Callback of a traverse slot: called once per reference the object holds. */
typedef void (*VisitFn)(Obj *referent, void *arg);

/**
 * A C function callable from Python (builtins and methods of builtin types).
 * @param self the bound object (the instance for a method, the module for a
 *        module function, VNULL for a plain builtin)
 * @param args positional arguments followed by keyword argument values
 * @param nargs number of positional arguments
 * @param kwnames tuple of keyword names (str) matching the values after the
 *        positional ones, or VNULL when there are none
 * @return new reference, or VNULL with an exception set
 */
typedef Value (*CFunc)(Value self, const Value *args, size_t nargs, Value kwnames);

/** Method or function flag: accepts keyword arguments (else the caller rejects them). */
#define METH_KEYWORDS 0x01
/** Method flag: the function takes no arguments (the caller checks). */
#define METH_NOARGS 0x02
/** Method flag: the function takes exactly one argument (the caller checks). */
#define METH_O 0x04
/** Method flag: a class method; self is the type. */
#define METH_CLASS 0x08
/** Method flag: a static method; self is VNULL. */
#define METH_STATIC 0x10

/** A C function or method, as listed in a type's or module's table. */
typedef struct MethodDef {
    const char *name; /**< Python name */
    CFunc fn;         /**< implementation */
    uint32_t flags;   /**< METH_* bits */
    const char *doc;  /**< one-line description (help, docs) */
} MethodDef;

/** A computed attribute of a builtin type (for example `slice.start`). */
typedef struct MemberDef {
    const char *name;                    /**< Python name */
    Value (*get)(Value self);            /**< getter: new reference or VNULL */
    int (*set)(Value self, Value value); /**< setter (value VNULL deletes), or NULL if read-only */
} MemberDef;

/** Type flag: instances are tracked by the cycle collector (have a GCHead). */
#define TYPE_GC 0x0001
/** Type flag: may be subclassed. */
#define TYPE_BASETYPE 0x0002
/** Type flag: created by a class statement (heap allocated). */
#define TYPE_HEAPTYPE 0x0004
/** Type flag: type_ready() has run (or is running) for this type. */
#define TYPE_READY 0x0008
/** Type flag: instances hold no references (freeing one can never free another). */
#define TYPE_LEAF 0x0010
/** Type flag: the type is int or a subclass. */
#define TYPE_INT_SUBCLASS 0x0100
/** Type flag: the type is str or a subclass. */
#define TYPE_STR_SUBCLASS 0x0200
/** Type flag: the type is list or a subclass. */
#define TYPE_LIST_SUBCLASS 0x0400
/** Type flag: the type is tuple or a subclass. */
#define TYPE_TUPLE_SUBCLASS 0x0800
/** Type flag: the type is dict or a subclass. */
#define TYPE_DICT_SUBCLASS 0x1000
/** Type flag: the type is BaseException or a subclass. */
#define TYPE_EXC_SUBCLASS 0x2000
/** Type flag: the type is type or a subclass. */
#define TYPE_TYPE_SUBCLASS 0x4000

/**
 * A type object. Builtin types are static; `type_ready()` fills their
 * attribute dict from `methods` and `members` at start-up.
 */
typedef struct Type {
    Obj base;                /**< types are objects */
    const char *name;        /**< the type's name, for messages ("list") */
    size_t basicsize;        /**< size of an instance's fixed part */
    size_t itemsize;         /**< size of each item of a variable-sized instance, else 0 */
    uint32_t flags;          /**< TYPE_* bits */
    struct Type *base_type;  /**< the base class (object's is NULL) */
    Value dict;              /**< attribute dict: methods, class attributes */
    Value mro;               /**< tuple of the method resolution order, or VNULL before ready */
    const MethodDef *methods; /**< NULL-terminated table copied into @ref dict */
    const MemberDef *members; /**< NULL-terminated table of computed attributes */
    size_t dictoffset;       /**< offset of the instance's attribute dict (a Value), or 0 if none */
    _Atomic uint64_t version_tag; /**< changes whenever the attributes of the type or a base change (inline caches) */

    /** Release every reference the object holds and free its memory (gc/alloc.h). */
    void (*dealloc)(Obj *o);
    /** Call @p visit on every object the object references (TYPE_GC types). */
    void (*traverse)(Obj *o, VisitFn visit, void *arg);
    /** Drop the references that may form cycles (TYPE_GC types). */
    void (*clear)(Obj *o);

    /** repr(v): new str, or VNULL. */
    Value (*repr)(Value v);
    /** str(v): new str, or VNULL; NULL means use repr. */
    Value (*str)(Value v);
    /** hash(v): never -1 except on error; NULL means unhashable. */
    int64_t (*hash)(Value v);
    /** a OP b; may return NotImplemented. */
    Value (*richcompare)(Value a, Value b, CmpOp op);
    /** a OP b for arithmetic; called for either operand's type; may return NotImplemented. */
    Value (*binop)(Value a, Value b, BinOp op);
    /** a OP= b when it differs from binop (list +=); may return NotImplemented. */
    Value (*inplace)(Value a, Value b, BinOp op);
    /** a + b for sequences, tried after both binop slots gave NotImplemented (raises its own
     *  TypeError, as "can only concatenate str (not "int") to str"). */
    Value (*concat)(Value a, Value b);
    /** seq * n for sequences (n already converted to an int64 via __index__), tried after binop. */
    Value (*repeat)(Value seq, int64_t n);
    /** OP a. */
    Value (*unop)(Value a, UnOp op);
    /** bool(v): 1, 0, or -1 on error; NULL means use len, else true. */
    int (*truth)(Value v);
    /** int(v) conversion (`__int__`), or NULL. */
    Value (*to_int)(Value v);
    /** float(v) conversion (`__float__`), or NULL. */
    Value (*to_float)(Value v);
    /** operator.index(v) (`__index__`), or NULL. */
    Value (*to_index)(Value v);

    /** len(v), or -1 on error. */
    int64_t (*len)(Value v);
    /** v[key]. */
    Value (*getitem)(Value v, Value key);
    /** v[key] = value, or `del v[key]` when value is VNULL; 0 or -1. */
    int (*setitem)(Value v, Value key, Value value);
    /** x in v: 1, 0, or -1 on error; NULL means iterate. */
    int (*contains)(Value v, Value x);
    /** iter(v). */
    Value (*iter)(Value v);
    /** next(it): new reference; VNULL with *no* exception set means exhausted. */
    Value (*iternext)(Value it);

    /** v.name (name is an interned str). */
    Value (*getattr)(Value v, Value name);
    /** v.name = value, or `del v.name` when value is VNULL; 0 or -1. */
    int (*setattr)(Value v, Value name, Value value);
    /** Descriptor get: bind @p descr found on a type to @p instance (VNULL when looked up on the type). */
    Value (*descr_get)(Value descr, Value instance, Value owner);
    /** Descriptor set (makes a data descriptor): @p value VNULL deletes. 0 or -1. NULL if none. */
    int (*descr_set)(Value descr, Value instance, Value value);

    /** Call the object (see ::CFunc for the argument convention). */
    Value (*call)(Value callable, const Value *args, size_t nargs, Value kwnames);
    /** Create an instance: calling the type object calls this (with the type itself). */
    Value (*construct)(struct Type *type, const Value *args, size_t nargs, Value kwnames);
    /**
     * `__new__` of a type that can be subclassed: allocate an instance of
     * @p type (which may be a subclass) before `__init__` runs. A class
     * statement's type constructs instances as alloc_new then init.
     */
    Value (*alloc_new)(struct Type *type, const Value *args, size_t nargs, Value kwnames);
    /** `__init__`: initialise @p self from the arguments. 0 or -1; NULL if nothing to do. */
    int (*init)(Value self, const Value *args, size_t nargs, Value kwnames);
} Type;

/** The type `type`. */
extern Type type_type;
/** The type `object`, root of every hierarchy. */
extern Type object_type;
/** The type of None. */
extern Type none_type;
/** The type of NotImplemented. */
extern Type notimpl_type;
/** The type of Ellipsis. */
extern Type ellipsis_type;

/** The None singleton. */
extern Obj None_obj;
/** The NotImplemented singleton. */
extern Obj NotImplemented_obj;
/** The Ellipsis singleton. */
extern Obj Ellipsis_obj;

/** None as a value. */
#define NONE_VAL OBJ_VAL(&None_obj)
/** NotImplemented as a value. */
#define NOTIMPL_VAL OBJ_VAL(&NotImplemented_obj)
/** Ellipsis as a value. */
#define ELLIPSIS_VAL OBJ_VAL(&Ellipsis_obj)

#include "../gil/refcount.h"

/** The type of any value (small ints are `int`). */
static inline Type *TYPE_OF(Value v)
{
    extern Type int_type;
    return IS_SMALLINT(v) ? &int_type : AS_OBJ(v)->type;
}

/** True if the value's type has all of the TYPE_* bits in @p f. */
#define TYPE_HAS(v, f) ((TYPE_OF(v)->flags & (f)) != 0)

/** Fill a static type's dict and MRO from its tables; call once at start-up. 0 or -1. */
int type_ready(Type *t);
/** A version tag never used before (for Type::version_tag). */
uint64_t type_next_version(void);
/** Release a static type's dict and MRO (runtime shutdown). */
void type_fini(Type *t);
/** type_fini() every static type readied so far, most recent first. */
void type_fini_all(void);
/** True if @p t is @p base or derives from it. */
bool type_is_subtype(const Type *t, const Type *base);
/** Look @p name up along @p t's MRO; borrowed reference or VNULL (no exception). */
Value type_lookup(const Type *t, Value name);

/** repr(v) as a new str, or VNULL. */
Value obj_repr(Value v);
/** str(v) as a new str, or VNULL. */
Value obj_str(Value v);
/** hash(v), or -1 with an exception set (TypeError: unhashable type). */
int64_t obj_hash(Value v);
/** Rich comparison; a new reference (any object), or VNULL. */
Value obj_compare(Value a, Value b, CmpOp op);
/** Rich comparison reduced to truth: 1, 0, or -1 on error. */
int obj_compare_bool(Value a, Value b, CmpOp op);
/** a == b with the identity shortcut containers use: 1, 0, or -1 on error. */
int obj_eq(Value a, Value b);
/** bool(v): 1, 0, or -1 on error. */
int obj_truth(Value v);
/** Binary arithmetic with Python's reflected-operand rules. */
Value obj_binop(Value a, Value b, BinOp op);
/** Augmented assignment: the in-place slot if any, else binop. */
Value obj_inplace(Value a, Value b, BinOp op);
/** Unary operator. */
Value obj_unop(Value a, UnOp op);
/** len(v), or -1 with an exception set. */
int64_t obj_len(Value v);
/** v[key]. */
Value obj_getitem(Value v, Value key);
/** v[key] = value; 0 or -1. */
int obj_setitem(Value v, Value key, Value value);
/** del v[key]; 0 or -1. */
int obj_delitem(Value v, Value key);
/** x in v: 1, 0, or -1 on error. */
int obj_contains(Value v, Value x);
/** `x in v` by iterating @p v and comparing each item (identity, then ==): 1, 0 or -1. */
int obj_contains_by_iter(Value v, Value x);
/** iter(v). */
Value obj_iter(Value v);
/** next(it): new reference; VNULL with no exception when exhausted; VNULL with one on error. */
Value obj_next(Value it);
/** getattr(v, name) where name is a str. */
Value obj_getattr(Value v, Value name);
/** getattr by C string (interns it). */
Value obj_getattr_cstr(Value v, const char *name);
/** setattr(v, name, value); value VNULL deletes. 0 or -1. */
int obj_setattr(Value v, Value name, Value value);
/** Generic attribute lookup: data descriptors, then the instance dict, then the type's MRO. */
Value obj_generic_getattr(Value v, Value name);
/**
 * `a == b` when C alone can tell (as containers compare: identity first; ints, floats, strs,
 * and tuples of those): 1 or 0; -1 when it would take Python code (`__eq__`), with nothing
 * raised. Safe inside a critical section.
 */
int obj_eq_in_c(Value a, Value b);
/**
 * The instance dict of @p v (a new reference), creating it when @p create and it has none;
 * VNULL when the type has no instance dict, when it has none yet and !create, or when out of
 * memory (exception set). Safe against another thread replacing it meanwhile.
 */
Value obj_instance_dict(Value v, bool create);
/** Replace the instance dict of @p v (its type has one) with @p d (increfed). */
void obj_set_instance_dict(Value v, Value d);
/** Generic attribute assignment: data descriptors, else the instance dict. 0 or -1. */
int obj_generic_setattr(Value v, Value name, Value value);
/** Call a callable with positional arguments only. */
Value obj_call(Value callable, const Value *args, size_t nargs);
/** Call with keyword arguments (see ::CFunc for the convention). */
Value obj_call_kw(Value callable, const Value *args, size_t nargs, Value kwnames);
/** isinstance(v, t) for a single type. */
bool obj_isinstance(Value v, const Type *t);
/** operator.index(v) as a new int, or VNULL (TypeError if not an integer). */
Value obj_index(Value v);
/** The type name of a value, for messages. */
const char *obj_type_name(Value v);
/** Default dealloc for objects holding no references: frees the memory. */
void obj_dealloc_plain(Obj *o);

/**
 * Guard a C-level recursion (repr of nested containers, comparison, hash):
 * 0, or -1 with RecursionError "maximum recursion depth exceeded" followed
 * by @p where (for example " while getting the repr of an object").
 * Every successful call is paired with obj_recursion_leave().
 */
int obj_recursion_enter(const char *where);
/** End of a section begun with obj_recursion_enter(). */
void obj_recursion_leave(void);
/**
 * Start the repr of container @p v: 0 to go on, 1 if @p v's repr is already
 * in progress in this thread (the caller prints `[...]` or `{...}`), -1 on
 * error. Pair every 0 with obj_repr_leave().
 */
int obj_repr_enter(Value v);
/** End the repr of @p v begun with obj_repr_enter(). */
void obj_repr_leave(Value v);

#endif
