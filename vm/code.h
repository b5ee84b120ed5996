// SPDX-License-Identifier: MIT
/**
 * @file code.h
 * @brief Code objects (compiled bytecode), functions, cells and modules.
 *
 * Who may include it: vm/, tests/.
 *
 * A ::CodeObj is what the compiler produces for a module, a function body,
 * a lambda or a comprehension: instructions (vm/opcodes.h), their line
 * numbers, constants, names, and the exception table. A ::FuncObj pairs a
 * code object with the globals it runs in, its default arguments and its
 * closure (a tuple of ::CellObj).
 *
 * ## Fast locals
 *
 * A frame keeps its variables in an array ("localsplus", as CPython 3.11):
 * first the parameters and other locals, then the cells of variables that
 * inner functions capture, then the free variables the function itself
 * captured. The instructions index that array directly. A parameter that is
 * also captured is a cell from the start (MAKE_CELL wraps its value).
 *
 * ## Exception table
 *
 * No instruction sets up a try block at run time. Instead each code object
 * has a table of instruction ranges with the handler that catches an
 * exception raised there and the stack depth to unwind to (CPython 3.11's
 * "zero-cost" exceptions). Entering and leaving a `try` costs nothing.
 */
#ifndef GILVM_CODE_H
#define GILVM_CODE_H

#include "../gil/lock.h"
#include "object.h"

/** Code flag: the code of a function (fast locals), not a module body. */
#define CO_OPTIMIZED 0x0001
/** Code flag: has `*args`. */
#define CO_VARARGS 0x0004
/** Code flag: has `**kwargs`. */
#define CO_VARKEYWORDS 0x0008
/** Code flag: a nested function (has or uses free variables). */
#define CO_NESTED 0x0010
/** Code flag: a generator function. */
#define CO_GENERATOR 0x0020

/** Kind of a localsplus slot: a plain local. */
#define LOCAL_KIND_LOCAL 0x01
/** Kind of a localsplus slot: a cell captured by inner functions. */
#define LOCAL_KIND_CELL 0x02
/** Kind of a localsplus slot: a free variable (cell from the closure). */
#define LOCAL_KIND_FREE 0x04

/** One entry of the exception table. */
typedef struct ExcEntry {
    uint32_t start;  /**< first instruction covered */
    uint32_t end;    /**< one past the last instruction covered */
    uint32_t target; /**< handler instruction */
    uint32_t depth;  /**< stack depth to unwind to before pushing the exception */
} ExcEntry;

/** Kinds of inline cache entry (what a cached lookup found). */
typedef enum CacheKind {
    CACHE_EMPTY,
    CACHE_GLOBAL,      /**< LOAD_GLOBAL: found in globals at `index` */
    CACHE_BUILTIN,     /**< LOAD_GLOBAL: found in builtins at `index` */
    CACHE_ATTR_NONE,   /**< the type has no attribute of that name: instance dict only */
    CACHE_ATTR_PLAIN,  /**< a class attribute that is not a descriptor */
    CACHE_ATTR_METHOD, /**< a non-data descriptor (function, method): binds unless shadowed */
    CACHE_ATTR_DATA,   /**< a data descriptor (property, member) */
    CACHE_MODULE,      /**< a module attribute at `index` of the module dict */
    CACHE_STORE_DICT,  /**< STORE_ATTR straight into the instance dict */
    CACHE_ATTR_GENERIC /**< free threading: a mortal class attribute; the generic lookup each time */
} CacheKind;

/**
 * One inline cache entry, kept per instruction of a code object. A global
 * lookup is valid while the globals (and builtins) dicts keep the versions
 * recorded (dict.h: a version changes when keys come or go, not when values
 * change, so the entry index stays right). An attribute lookup is valid
 * while the object's type is `type` with the version tag recorded.
 */
typedef struct InlineCache {
    uint64_t version;  /**< globals dict version, or the type's version tag */
    uint64_t version2; /**< builtins dict version (CACHE_BUILTIN) */
    const void *type;  /**< the type the attribute entry is for */
    Value value;       /**< the attribute found on the type (borrowed: the type's dict holds it) */
    int64_t index;     /**< dict entry index */
    CacheKind kind;    /**< what was found */
} InlineCache;

/** A compiled body. */
typedef struct CodeObj {
    Obj base;                 /**< header */
    uint32_t *code;           /**< instructions */
    uint32_t ncode;           /**< number of instructions */
    int32_t *lines;           /**< source line of each instruction */
    ExcEntry *exctable;       /**< exception table, sorted by start */
    uint32_t nexc;            /**< entries in it */
    Value consts;             /**< tuple of constants */
    Value names;              /**< tuple of interned names (globals, attributes) */
    Value localsplus_names;   /**< tuple of the names of the fast locals */
    uint8_t *localsplus_kinds; /**< LOCAL_KIND_* bits per fast local */
    int nlocalsplus;          /**< number of fast locals */
    int nfree;                /**< free variables (the last nfree fast locals) */
    int argcount;             /**< positional parameters (including positional-only) */
    int posonlyargcount;      /**< positional-only parameters */
    int kwonlyargcount;       /**< keyword-only parameters */
    int flags;                /**< CO_* */
    int stacksize;            /**< deepest evaluation stack needed */
    int firstlineno;          /**< line of the `def` (or 1 for a module) */
    Value name;               /**< function name ("<module>", "<lambda>", "<listcomp>") */
    Value qualname;           /**< qualified name ("outer.<locals>.inner") */
    Value filename;           /**< source file name */
    InlineCache *caches;      /**< one entry per instruction, allocated on first use, or NULL */
    uint64_t uid;             /**< unique id, never reused (per-thread caches, vm/eval.c) */
    _Atomic uintptr_t cache_owner; /**< free threading: the thread whose caches are @ref caches */
} CodeObj;

/** A Python function. */
typedef struct FuncObj {
    Obj base;          /**< header */
    Value code;        /**< its CodeObj */
    Value globals;     /**< the dict it reads globals from */
    Value builtins;    /**< the builtins dict */
    Value name;        /**< `__name__` */
    Value qualname;    /**< `__qualname__` */
    Value defaults;    /**< tuple of default values of the last positional parameters, or VNULL */
    Value kwdefaults;  /**< dict of keyword-only defaults, or VNULL */
    Value closure;     /**< tuple of cells, or VNULL */
    Value dict;        /**< function attributes, or VNULL */
    Value module;      /**< `__module__` */
    Value doc;         /**< `__doc__` or VNULL */
} FuncObj;

/** A cell: one captured variable. */
typedef struct CellObj {
    Obj base;  /**< header */
    Value ref; /**< the value, or VNULL when unbound */
} CellObj;

/** A module. */
typedef struct ModuleObj {
    Obj base;   /**< header */
    Value dict; /**< its namespace */
    Value name; /**< `__name__` */
} ModuleObj;

/** The type code. */
extern Type code_type;
/** The type function. */
extern Type function_type;
/** The type cell. */
extern Type cell_type;
/** The type module. */
extern Type module_type;

/**
 * Free threading: @p co will be run by every thread; make it and its constants immortal
 * (rc_share()), nested code included. Nothing under the global-lock strategies.
 */
void code_share(CodeObj *co);

/** A new, empty code object to be filled by the compiler (takes ownership of nothing). */
CodeObj *code_new(void);
/**
 * A new function running @p code in @p globals (a dict); qualname from the code; `__module__`
 * is @p module, or when ::VNULL, `globals['__name__']` if set.
 */
Value func_new(Value code, Value globals, Value builtins, Value module);
/** A new cell holding @p v (increfed; may be VNULL). */
Value cell_new(Value v);

/**
 * The value in @p cell (a new reference), or ::VNULL when empty. Threads sharing a closure
 * share its cells: the read and the reference are taken in the cell's critical section.
 */
static inline Value cell_get(CellObj *cell)
{
    CritSection cs;
    cs_begin(&cs, &cell->base);
    Value v = cell->ref;
    xincref(v);
    cs_end(&cs);
    return v;
}

/** Put @p v (stolen; ::VNULL empties it) in @p cell; the old value is dropped after. */
static inline void cell_set(CellObj *cell, Value v)
{
    CritSection cs;
    cs_begin(&cs, &cell->base);
    Value old = cell->ref;
    cell->ref = v;
    cs_end(&cs);
    xdecref(old);
}
/** A new module named @p name (a C string) with an empty namespace holding `__name__`. */
Value module_new(const char *name);
/** Add the C functions of @p defs (NULL-terminated) to module @p m. 0 or -1. */
int module_add_functions(Value m, const MethodDef *defs);
/** The line of instruction @p i of @p code. */
int code_line(const CodeObj *code, uint32_t i);

#endif
