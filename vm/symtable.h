// SPDX-License-Identifier: MIT
/**
 * @file symtable.h
 * @brief Scope analysis: which names are local, global, cells or free variables.
 *
 * Who may include it: vm/compiler.c, tests/.
 *
 * Before generating code, the compiler walks the AST once to build a tree
 * of scopes (module, functions, lambdas, comprehensions, classes) and to
 * record, for every name, how each scope uses it. Resolution then follows
 * Python's rules:
 *
 * - a name bound anywhere in a function (assignment, parameter, `for`,
 *   `import`, `def`, `except ... as`, `del`) is local to that function,
 *   unless declared `global` or `nonlocal`;
 * - a name only read in a function is *free* if an enclosing function binds
 *   it (it then becomes a *cell* there, shared through a closure), and
 *   global otherwise;
 * - class bodies bind names in the class namespace, which nested functions
 *   do not see.
 */
#ifndef GILVM_SYMTABLE_H
#define GILVM_SYMTABLE_H

#include "arena.h"
#include "ast.h"
#include "parser.h"

/** Symbol flag: bound in the scope. */
#define SYM_DEF_LOCAL 0x01
/** Symbol flag: a parameter. */
#define SYM_DEF_PARAM 0x02
/** Symbol flag: declared global. */
#define SYM_DEF_GLOBAL 0x04
/** Symbol flag: declared nonlocal. */
#define SYM_DEF_NONLOCAL 0x08
/** Symbol flag: read in the scope. */
#define SYM_USE 0x10
/** Symbol flag: a free variable of a nested scope passes through or ends here. */
#define SYM_DEF_FREE_CLASS 0x20

/** Where a name lives, after resolution. */
typedef enum SymScope {
    SC_UNKNOWN,         /**< not resolved */
    SC_LOCAL,           /**< fast local (functions) or namespace entry (module, class) */
    SC_CELL,            /**< local captured by an inner scope */
    SC_FREE,            /**< captured from an enclosing function */
    SC_GLOBAL_EXPLICIT, /**< declared `global` */
    SC_GLOBAL_IMPLICIT  /**< not bound in any enclosing function: global or builtin */
} SymScope;

/** Kinds of scope. */
typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION, /**< def, lambda */
    SCOPE_COMPREHENSION,
    SCOPE_CLASS
} ScopeKind;

/** One name in one scope. */
typedef struct Symbol {
    const char *name; /**< the name */
    int flags;        /**< SYM_* */
    SymScope scope;   /**< resolution */
    Loc decl_loc;     /**< where a global/nonlocal declaration of it stands */
} Symbol;

/** One scope. */
typedef struct Scope {
    ScopeKind kind;            /**< what it is */
    const char *name;          /**< function/class name, "<lambda>", "<listcomp>"... */
    const void *node;          /**< the AST node that opens it (key for the compiler) */
    struct Scope *parent;      /**< enclosing scope */
    struct Scope **children;   /**< nested scopes in source order */
    int nchildren;             /**< how many */
    int cap_children;          /**< allocated */
    Symbol *syms;              /**< symbols in first-seen order (parameters first) */
    int nsyms;                 /**< how many */
    int cap_syms;              /**< allocated */
    int *index;                /**< hash table of symbol numbers + 1 (0: empty), or NULL */
    int cap_index;             /**< its size: a power of two, over twice @ref nsyms */
    bool is_generator;         /**< contains yield */
    bool has_docstring;        /**< first statement is a string (functions) */
    bool needs_class_cell;     /**< a method uses super() or __class__ (classes) */
    int lineno;                /**< line where the scope starts */
} Scope;

/** The result of the analysis. */
typedef struct SymTable {
    Arena *arena; /**< where everything lives (the compiler's arena) */
    Scope *top;   /**< the module scope */
} SymTable;

/**
 * Build and resolve the scopes of @p mod.
 * @return 0; -1 with @p err filled (SyntaxError with CPython's message); or -2 with
 *         RecursionError raised (the tree nests deeper than CPython's compiler allows:
 *         3 levels per level of the recursion limit, or the C stack is nearly full)
 */
int symtable_build(SymTable *st, Arena *arena, AstModule *mod, SyntaxErr *err);
/** The child scope opened by AST node @p node, or NULL. */
Scope *symtable_child(Scope *s, const void *node);
/** The symbol @p name in scope @p s, or NULL. */
Symbol *symtable_lookup(Scope *s, const char *name);

#endif
