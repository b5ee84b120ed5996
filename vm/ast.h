// SPDX-License-Identifier: MIT
/**
 * @file ast.h
 * @brief The abstract syntax tree the parser builds and the compiler reads.
 *
 * Who may include it: vm/parser.c, vm/compiler.c, vm/symtable.c, tests/.
 *
 * The tree is plain C data in an ::Arena: no Python objects, no reference
 * counts. Literals keep their decoded form (a string's UTF-8 bytes, a
 * number's digits); the compiler turns them into constants. Every node has
 * a ::Loc: 1-based lines and 0-based byte columns, as CPython's
 * `lineno`/`col_offset`/`end_lineno`/`end_col_offset`.
 *
 * The tree covers the whole subset, including what later issues compile
 * (classes, `with`, generators, f-strings, sets); it mirrors the shape of
 * CPython's `ast` module so that a reader who knows one knows the other.
 */
#ifndef GILVM_AST_H
#define GILVM_AST_H

#include "arena.h"
#include "common.h"

/** Source position of a node. */
typedef struct Loc {
    int line;     /**< first line, 1-based */
    int col;      /**< first byte column, 0-based */
    int end_line; /**< last line */
    int end_col;  /**< byte column just past the end */
} Loc;

/** An expression node (see struct Expr). */
typedef struct Expr Expr;
/** A statement node (see struct Stmt). */
typedef struct Stmt Stmt;

/** An array of expressions. */
typedef struct ExprList {
    Expr **items; /**< the expressions */
    int len;      /**< how many */
} ExprList;

/** An array of statements (a block). */
typedef struct StmtList {
    Stmt **items; /**< the statements */
    int len;      /**< how many */
} StmtList;

/** Operators of ::EXPR_BINOP and ::STMT_AUGASSIGN (values of vm/object.h's ::BinOp). */
typedef int AstBinOp;

/** Unary operators. */
typedef enum AstUnaryOp { AST_UNARY_NEG, AST_UNARY_POS, AST_UNARY_INVERT, AST_UNARY_NOT } AstUnaryOp;

/** Comparison operators of ::EXPR_COMPARE. */
typedef enum AstCmpOp {
    AST_CMP_LT, /**< < */
    AST_CMP_LE, /**< <= */
    AST_CMP_EQ, /**< == */
    AST_CMP_NE, /**< != */
    AST_CMP_GT, /**< > */
    AST_CMP_GE, /**< >= */
    AST_CMP_IS,     /**< is */
    AST_CMP_IS_NOT, /**< is not */
    AST_CMP_IN,     /**< in */
    AST_CMP_NOT_IN  /**< not in */
} AstCmpOp;

/** Kinds of constant in ::EXPR_CONST. */
typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,   /**< text: digits without '_' and without prefix; base in @ref ConstLit::base */
    CONST_FLOAT, /**< text: digits without '_', as accepted by strtod */
    CONST_IMAG,  /**< imaginary literal (rejected by the compiler: no complex type) */
    CONST_STR,   /**< text: the decoded UTF-8 bytes (may contain NUL), length in len */
    CONST_BYTES  /**< bytes literal b'...': text holds the bytes, length in len (rejected by the
                      compiler: no bytes type) */
} ConstKind;

/** A literal. */
typedef struct ConstLit {
    ConstKind kind; /**< what it is */
    const char *text; /**< see ::ConstKind */
    size_t len;       /**< length of text in bytes */
    int base;         /**< CONST_INT: 10, 16, 8 or 2 */
} ConstLit;

/** Context in which a name, attribute, subscript, tuple or list appears. */
typedef enum ExprCtx { CTX_LOAD, CTX_STORE, CTX_DEL } ExprCtx;

/** A keyword argument `name=value`, or `**value` when name is NULL. */
typedef struct Keyword {
    const char *name; /**< argument name, or NULL for ** */
    Expr *value;      /**< the value */
    Loc loc;          /**< position */
} Keyword;

/** One `for ... in ... if ...` clause of a comprehension. */
typedef struct Comprehension {
    Expr *target;  /**< loop target (CTX_STORE) */
    Expr *iter;    /**< iterable */
    ExprList ifs;  /**< conditions */
} Comprehension;

/** A parameter. */
typedef struct Arg {
    const char *name;   /**< parameter name */
    Expr *annotation;   /**< annotation or NULL (parsed, not evaluated) */
    Loc loc;            /**< position */
} Arg;

/** A parameter list, as CPython's `ast.arguments`. */
typedef struct Arguments {
    Arg *posonly;      /**< parameters before `/` */
    int nposonly;      /**< how many */
    Arg *args;         /**< positional-or-keyword parameters */
    int nargs;         /**< how many */
    Expr **defaults;   /**< defaults of the last ndefaults of posonly+args */
    int ndefaults;     /**< how many */
    Arg *vararg;       /**< `*args`, or NULL */
    Arg *kwonly;       /**< keyword-only parameters */
    int nkwonly;       /**< how many */
    Expr **kw_defaults; /**< one per kwonly; NULL where required */
    Arg *kwarg;        /**< `**kwargs`, or NULL */
} Arguments;

/** Kinds of expression. */
typedef enum ExprKind {
    EXPR_CONST,       /**< literal: u.constant */
    EXPR_NAME,        /**< identifier: u.name */
    EXPR_BOOLOP,      /**< `and` / `or` chain: u.boolop */
    EXPR_BINOP,       /**< u.binop */
    EXPR_UNARYOP,     /**< u.unaryop */
    EXPR_COMPARE,     /**< chained comparison: u.compare */
    EXPR_IFEXP,       /**< `a if c else b`: u.ifexp */
    EXPR_NAMEDEXPR,   /**< `name := value`: u.named */
    EXPR_LAMBDA,      /**< u.lambda */
    EXPR_CALL,        /**< u.call */
    EXPR_ATTRIBUTE,   /**< `value.attr`: u.attribute */
    EXPR_SUBSCRIPT,   /**< `value[slice]`: u.subscript */
    EXPR_SLICE,       /**< `lower:upper:step` inside a subscript: u.slice */
    EXPR_STARRED,     /**< `*value`: u.starred */
    EXPR_TUPLE,       /**< u.seq */
    EXPR_LIST,        /**< u.seq */
    EXPR_SET,         /**< u.seq */
    EXPR_DICT,        /**< u.dict */
    EXPR_LISTCOMP,    /**< u.comp */
    EXPR_SETCOMP,     /**< u.comp */
    EXPR_DICTCOMP,    /**< u.comp (key and value) */
    EXPR_GENEXP,      /**< u.comp */
    EXPR_YIELD,       /**< u.yield (value may be NULL) */
    EXPR_YIELDFROM,   /**< u.yield */
    EXPR_AWAIT,       /**< parsed for a clear error only */
    EXPR_JOINEDSTR,   /**< f-string: u.joined (parts are CONST str and FORMATTED) */
    EXPR_FORMATTED    /**< `{value!conv:spec}` inside an f-string: u.formatted */
} ExprKind;

/** An expression node. */
struct Expr {
    ExprKind kind; /**< which member of u is valid */
    Loc loc;       /**< position */
    union {
        ConstLit constant; /**< EXPR_CONST */
        struct {
            const char *id; /**< identifier */
            ExprCtx ctx;    /**< load, store or del */
        } name; /**< EXPR_NAME */
        struct {
            bool is_and;     /**< `and` (else `or`) */
            ExprList values; /**< two or more operands */
        } boolop; /**< EXPR_BOOLOP */
        struct {
            Expr *left;  /**< left operand */
            AstBinOp op; /**< operator */
            Expr *right; /**< right operand */
        } binop; /**< EXPR_BINOP */
        struct {
            AstUnaryOp op;   /**< operator */
            Expr *operand;   /**< operand */
        } unaryop; /**< EXPR_UNARYOP */
        struct {
            Expr *left;           /**< first operand */
            AstCmpOp *ops;        /**< n operators */
            ExprList comparators; /**< n further operands */
        } compare; /**< EXPR_COMPARE */
        struct {
            Expr *test; /**< condition */
            Expr *body; /**< value if true */
            Expr *orelse; /**< value if false */
        } ifexp; /**< EXPR_IFEXP */
        struct {
            Expr *target; /**< EXPR_NAME in store context */
            Expr *value;  /**< value */
        } named; /**< EXPR_NAMEDEXPR */
        struct {
            Arguments *args; /**< parameters */
            Expr *body;      /**< the expression */
        } lambda; /**< EXPR_LAMBDA */
        struct {
            Expr *func;        /**< callee */
            ExprList args;     /**< positional arguments (may contain EXPR_STARRED) */
            Keyword *keywords; /**< keyword arguments and ** */
            int nkeywords;     /**< how many */
        } call; /**< EXPR_CALL */
        struct {
            Expr *value;      /**< object */
            const char *attr; /**< attribute name */
            ExprCtx ctx;      /**< load, store or del */
        } attribute; /**< EXPR_ATTRIBUTE */
        struct {
            Expr *value; /**< object */
            Expr *slice; /**< index: any expression, EXPR_SLICE, or EXPR_TUPLE of them */
            ExprCtx ctx; /**< load, store or del */
        } subscript; /**< EXPR_SUBSCRIPT */
        struct {
            Expr *lower; /**< or NULL */
            Expr *upper; /**< or NULL */
            Expr *step;  /**< or NULL */
        } slice; /**< EXPR_SLICE */
        struct {
            Expr *value; /**< the starred expression */
            ExprCtx ctx; /**< load or store */
        } starred; /**< EXPR_STARRED */
        struct {
            ExprList elts; /**< elements */
            ExprCtx ctx;   /**< load, store or del (tuple and list) */
        } seq; /**< EXPR_TUPLE, EXPR_LIST, EXPR_SET */
        struct {
            Expr **keys;   /**< keys; NULL entry means `**values[i]` */
            Expr **values; /**< values */
            int len;       /**< how many entries */
        } dict; /**< EXPR_DICT */
        struct {
            Expr *elt;                /**< element (key for EXPR_DICTCOMP) */
            Expr *value;              /**< value, EXPR_DICTCOMP only */
            Comprehension *generators; /**< the for/if clauses, outermost first */
            int ngenerators;          /**< how many */
        } comp; /**< comprehensions and generator expressions */
        struct {
            Expr *value; /**< or NULL for a bare `yield` */
        } yield; /**< EXPR_YIELD, EXPR_YIELDFROM, EXPR_AWAIT */
        struct {
            ExprList values; /**< pieces: EXPR_CONST str and EXPR_FORMATTED */
        } joined; /**< EXPR_JOINEDSTR */
        struct {
            Expr *value;       /**< the expression */
            int conversion;    /**< 'r', 's', 'a', or 0 */
            Expr *format_spec; /**< EXPR_JOINEDSTR, or NULL */
        } formatted; /**< EXPR_FORMATTED */
    } u; /**< the kind's fields */
};

/** One `except` clause. */
typedef struct ExceptHandler {
    Expr *type;       /**< exception type expression, or NULL for a bare except */
    const char *name; /**< `as` name, or NULL */
    StmtList body;    /**< handler body */
    Loc loc;          /**< position of the `except` keyword */
} ExceptHandler;

/** One name in an import: `name as asname`. */
typedef struct Alias {
    const char *name;   /**< dotted name, or "*" */
    const char *asname; /**< or NULL */
    Loc loc;            /**< position */
} Alias;

/** One item of a `with` statement. */
typedef struct WithItem {
    Expr *context_expr;  /**< the context manager */
    Expr *optional_vars; /**< `as` target, or NULL */
} WithItem;

/** Kinds of statement. */
typedef enum StmtKind {
    STMT_EXPR,        /**< u.expr */
    STMT_ASSIGN,      /**< u.assign */
    STMT_AUGASSIGN,   /**< u.augassign */
    STMT_ANNASSIGN,   /**< u.annassign */
    STMT_IF,          /**< u.if_ */
    STMT_WHILE,       /**< u.while_ */
    STMT_FOR,         /**< u.for_ */
    STMT_BREAK,       /**< no fields */
    STMT_CONTINUE,    /**< no fields */
    STMT_PASS,        /**< no fields */
    STMT_RETURN,      /**< u.return_ */
    STMT_FUNCTIONDEF, /**< u.funcdef */
    STMT_CLASSDEF,    /**< u.classdef */
    STMT_GLOBAL,      /**< u.names */
    STMT_NONLOCAL,    /**< u.names */
    STMT_TRY,         /**< u.try_ */
    STMT_RAISE,       /**< u.raise */
    STMT_ASSERT,      /**< u.assert_ */
    STMT_DELETE,      /**< u.delete */
    STMT_IMPORT,      /**< u.import */
    STMT_IMPORTFROM,  /**< u.importfrom */
    STMT_WITH         /**< u.with */
} StmtKind;

/** A statement node. */
struct Stmt {
    StmtKind kind; /**< which member of u is valid */
    Loc loc;       /**< position */
    union {
        struct {
            Expr *value; /**< the expression */
        } expr; /**< STMT_EXPR */
        struct {
            ExprList targets; /**< one or more targets (chained assignment) */
            Expr *value;      /**< value */
        } assign; /**< STMT_ASSIGN */
        struct {
            Expr *target; /**< name, attribute or subscript */
            AstBinOp op;  /**< operator */
            Expr *value;  /**< value */
        } augassign; /**< STMT_AUGASSIGN */
        struct {
            Expr *target;     /**< target */
            Expr *annotation; /**< annotation (not evaluated) */
            Expr *value;      /**< value or NULL */
            bool simple;      /**< target is a plain name */
        } annassign; /**< STMT_ANNASSIGN */
        struct {
            Expr *test;      /**< condition */
            StmtList body;   /**< then-block */
            StmtList orelse; /**< elif/else block (an elif is a nested STMT_IF) */
        } if_; /**< STMT_IF */
        struct {
            Expr *test;      /**< condition */
            StmtList body;   /**< loop body */
            StmtList orelse; /**< loop else */
        } while_; /**< STMT_WHILE */
        struct {
            Expr *target;    /**< loop variable(s) */
            Expr *iter;      /**< iterable */
            StmtList body;   /**< loop body */
            StmtList orelse; /**< loop else */
        } for_; /**< STMT_FOR */
        struct {
            Expr *value; /**< or NULL */
        } return_; /**< STMT_RETURN */
        struct {
            const char *name;    /**< function name */
            Arguments *args;     /**< parameters */
            StmtList body;       /**< body */
            ExprList decorators; /**< decorators, outermost first */
            Expr *returns;       /**< return annotation or NULL (not evaluated) */
        } funcdef; /**< STMT_FUNCTIONDEF */
        struct {
            const char *name;    /**< class name */
            ExprList bases;      /**< base classes */
            Keyword *keywords;   /**< class keywords (metaclass=...) */
            int nkeywords;       /**< how many */
            StmtList body;       /**< body */
            ExprList decorators; /**< decorators */
        } classdef; /**< STMT_CLASSDEF */
        struct {
            const char **names; /**< declared names */
            Loc *locs;          /**< position of each name */
            int len;            /**< how many */
        } names; /**< STMT_GLOBAL, STMT_NONLOCAL */
        struct {
            StmtList body;            /**< try block */
            ExceptHandler *handlers;  /**< except clauses */
            int nhandlers;            /**< how many */
            StmtList orelse;          /**< else block */
            StmtList finalbody;       /**< finally block */
        } try_; /**< STMT_TRY */
        struct {
            Expr *exc;   /**< or NULL (bare raise) */
            Expr *cause; /**< `from` expression or NULL */
        } raise; /**< STMT_RAISE */
        struct {
            Expr *test; /**< condition */
            Expr *msg;  /**< or NULL */
        } assert_; /**< STMT_ASSERT */
        struct {
            ExprList targets; /**< names, attributes, subscripts, tuples/lists of them */
        } delete; /**< STMT_DELETE */
        struct {
            Alias *names; /**< modules */
            int len;      /**< how many */
        } import; /**< STMT_IMPORT */
        struct {
            const char *module; /**< module name (NULL for `from . import x`) */
            Alias *names;       /**< imported names */
            int len;            /**< how many */
            int level;          /**< number of leading dots */
        } importfrom; /**< STMT_IMPORTFROM */
        struct {
            WithItem *items; /**< the context managers */
            int nitems;      /**< how many */
            StmtList body;   /**< body */
        } with; /**< STMT_WITH */
    } u; /**< the kind's fields */
};

/** What a parse produces: a module, an interactive statement, or an expression. */
typedef struct AstModule {
    StmtList body; /**< statements (file and interactive modes) */
    Expr *expr;    /**< the expression (eval mode), else NULL */
} AstModule;

#endif
