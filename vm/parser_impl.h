// SPDX-License-Identifier: MIT
/**
 * @file parser_impl.h
 * @brief Internals shared by the parser's files: parser.c (driver, errors),
 *        parser_stmt.c, parser_expr.c, parser_atom.c, parser_args.c,
 *        parser_string.c and parser_check.c.
 *
 * Who may include it: vm/parser*.c, and tests/unit/test_parser.c.
 *
 * The parser is a hand-written recursive descent over the token array that
 * the lexer fills on demand. It imitates CPython 3.11's PEG parser in the one
 * way that shows: *which* error it reports, and where. CPython parses twice.
 * The first pass knows only the grammar; if it fails, the failure position is
 * remembered (the furthest token read) and a second pass runs with extra
 * "invalid_*" rules that recognise common mistakes and raise a specific
 * message ("expected ':'", "cannot assign to literal", ...). Only if none
 * fires does the generic "invalid syntax" at the remembered token come out.
 *
 * We do the same: Parser::call_invalid is false on the first pass and true on
 * the second, and every imitation of an invalid_* rule is guarded by it, so
 * that it can never reject a valid program. A failure is either *generic*
 * (::PERR_GENERIC: nothing reported yet) or *raised* (::PERR_RAISED: the
 * SyntaxErr is filled and nothing may overwrite it).
 */
#ifndef GILVM_PARSER_IMPL_H
#define GILVM_PARSER_IMPL_H

#include "ast.h"
#include "lexer.h"
#include "parser.h"

/** Deepest nesting of expressions and blocks before the parser gives up. */
#define PARSER_MAX_DEPTH 1000

/** Operator numbers of vm/object.h's BinOp (checked by a static_assert in a unit test). */
enum {
    AST_ADD,      /**< + */
    AST_SUB,      /**< - */
    AST_MUL,      /**< * */
    AST_TRUEDIV,  /**< / */
    AST_FLOORDIV, /**< // */
    AST_MOD,      /**< % */
    AST_POW,      /**< ** */
    AST_LSHIFT,   /**< << */
    AST_RSHIFT,   /**< >> */
    AST_AND,      /**< & */
    AST_OR,       /**< | */
    AST_XOR,      /**< ^ */
    AST_MATMUL    /**< @ */
};

/** State of the error. */
typedef enum ParseErrState {
    PERR_NONE,    /**< no failure */
    PERR_GENERIC, /**< the grammar did not match; nothing reported yet */
    PERR_RAISED   /**< a SyntaxErr has been filled */
} ParseErrState;

/** Kinds of target, for the "cannot assign to"/"cannot delete" messages. */
typedef enum TargetsType {
    STAR_TARGETS, /**< assignment and with targets */
    DEL_TARGETS,  /**< del targets */
    FOR_TARGETS   /**< for-loop and comprehension targets */
} TargetsType;

/** Rules whose results are memoized on the second pass (see parser_expr.c). */
typedef enum MemoRule {
    MEMO_EXPRESSION, /**< expression */
    MEMO_DISJUNCTION, /**< disjunction */
    MEMO_BITWISE_OR, /**< bitwise_or */
    MEMO_PRIMARY,    /**< primary */
    MEMO_COUNT       /**< how many */
} MemoRule;

/** A memoized result at one token position. */
typedef struct Memo {
    int end;  /**< 0: not computed; -1: failed; else the end mark + 1 */
    Expr *e;  /**< the result */
} Memo;

/** A semantic error found after a successful parse (CPython finds these in its
 *  symbol table or compiler); reported only if the whole source parsed. */
typedef struct Deferred {
    bool set;      /**< an error is recorded */
    SyntaxErr err; /**< the error */
} Deferred;

/** The parser. */
typedef struct Parser {
    Arena *arena;     /**< where nodes go */
    Lexer lx;         /**< the token source */
    Token **toks;     /**< tokens read so far (malloc'd array; the tokens never move) */
    int ntoks;        /**< how many (CPython's p->fill) */
    int cap;          /**< capacity of toks */
    struct TokenChunk *chunks; /**< storage of the tokens (malloc'd) */
    int chunk_used;   /**< tokens used in the first chunk */
    int mark;         /**< index of the next token */
    ParseMode mode;   /**< what is being parsed */
    SyntaxErr *err;   /**< where the error goes */
    ParseErrState error; /**< see ::ParseErrState */
    bool lexer_error; /**< the raised error came from the lexer */
    bool call_invalid; /**< second pass: imitate CPython's invalid_* rules */
    int no_invalid;   /**< >0 while parsing an "expression_without_invalid" */
    int depth;        /**< current nesting */
    bool fstring;     /**< parsing the expression of an f-string replacement field */
    int fs_line;      /**< f-string mode: line whose columns are shifted */
    int fs_col;       /**< f-string mode: the shift */
    Deferred symtable_err; /**< first error of the symbol-table kind */
    Deferred compile_err;  /**< first error of the compiler kind */
    int fn_depth;          /**< parser_check.c: inside a function body */
    Memo *memo[MEMO_COUNT]; /**< second-pass memo tables, indexed by token (malloc'd) */
    int memo_cap;          /**< their length */
    int *memo_log;         /**< while logging: (rule, position) of each memo written (malloc'd) */
    int memo_log_len;      /**< ints used in memo_log */
    int memo_log_cap;      /**< its capacity in ints */
    int memo_logging;      /**< >0: memo_put records into memo_log (nesting depth) */
} Parser;

/* ------------------------------------------------------------ tokens */

/** Read one more token into the array; raises the lexer's error if it fails. */
void parser_fill(Parser *p);
/** Free the token storage of a parser. */
void parser_free_tokens(Parser *p);

/** The token @p k places after the current one (reading it if needed). */
static inline Token *peek(Parser *p, int k)
{
    while (p->mark + k >= p->ntoks) {
        if (p->ntoks > 0) {
            TokType last = p->toks[p->ntoks - 1]->type;
            if (last == TOK_ENDMARKER || last == TOK_ERRORTOKEN) {
                return p->toks[p->ntoks - 1];
            }
        }
        parser_fill(p);
    }
    return p->toks[p->mark + k];
}

/** The current token. */
static inline Token *cur(Parser *p)
{
    return peek(p, 0);
}

/** Whether the current token has type @p t. */
static inline bool at(Parser *p, TokType t)
{
    return cur(p)->type == t;
}

/** Consume the current token and return it. */
static inline Token *advance(Parser *p)
{
    Token *t = cur(p);
    if (t->type != TOK_ENDMARKER && t->type != TOK_ERRORTOKEN) {
        p->mark++;
    }
    return t;
}

/** Consume the current token if it has type @p t. */
static inline Token *accept(Parser *p, TokType t)
{
    return at(p, t) ? advance(p) : NULL;
}

/** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
Token *parser_last_token(Parser *p);

/** A token's position as a ::Loc. */
static inline Loc tok_loc(const Token *t)
{
    Loc l = {t->line, t->col, t->end_line, t->end_col};
    return l;
}

/** From the start of @p start to the end of the last consumed token. */
Loc parser_loc_from(Parser *p, const Token *start);

/** From @p a's start to @p b's end. */
static inline Loc loc_span(Loc a, Loc b)
{
    Loc l = {a.line, a.col, b.end_line, b.end_col};
    return l;
}

/* ------------------------------------------------------------ errors */

/** Generic failure (no message yet); always returns NULL. */
void *parser_fail(Parser *p);

/** Whether parsing must stop. */
static inline bool failed(Parser *p)
{
    return p->error != PERR_NONE;
}

/** Forget a generic failure (for speculative parsing); a raised error stays. */
static inline void parser_clear_generic(Parser *p)
{
    if (p->error == PERR_GENERIC) {
        p->error = PERR_NONE;
    }
}

/**
 * Raise at explicit 1-based byte offsets, as CPython's
 * `_PyPegen_raise_error_known_location` (converts to character offsets).
 */
void *parser_raise(Parser *p, SyntaxErrKind kind, int line, int col, int end_line, int end_col,
                   const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/** Raise at a node or token: RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
void *parser_raise_loc(Parser *p, Loc a, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/** Raise from the start of @p a to the end of @p b: RAISE_SYNTAX_ERROR_KNOWN_RANGE. */
void *parser_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/** Raise at the last token read: RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR. */
void *parser_raise_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/** Raise from @p a's start to the lexer's cursor: RAISE_SYNTAX_ERROR_STARTING_FROM. */
void *parser_raise_starting_from(Parser *p, Loc a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/** Enter one nesting level; false (error raised) if too deep. */
bool parser_enter(Parser *p);
/** Leave a nesting level. */
static inline void leave(Parser *p)
{
    p->depth--;
}

/** Whether the second pass's checks apply here (not inside an "expression_without_invalid"). */
static inline bool checks_on(Parser *p)
{
    return p->call_invalid && p->no_invalid == 0;
}

/** Whether a comprehension clause starts here (`for`, or `async for`). */
static inline bool at_for(Parser *p)
{
    return at(p, TOK_FOR) || (at(p, TOK_ASYNC) && peek(p, 1)->type == TOK_FOR);
}

/* ------------------------------------------------------- node helpers */

/** A new expression node of kind @p k at @p loc. */
Expr *parser_new_expr(Parser *p, ExprKind k, Loc loc);
/** A new statement node of kind @p k at @p loc. */
Stmt *parser_new_stmt(Parser *p, StmtKind k, Loc loc);
/** A NUL-terminated copy of a token's text. */
const char *parser_tok_str(Parser *p, const Token *t);

/** A growable array of pointers, built in the arena. */
typedef struct PtrVec {
    void **items; /**< elements */
    int len;      /**< how many */
    int cap;      /**< capacity */
} PtrVec;

/** Append @p x to @p v. */
void parser_vec_push(Parser *p, PtrVec *v, void *x);
/** The vector as an ::ExprList. */
ExprList parser_vec_exprs(PtrVec *v);

/** A Name node (load context) for a NAME token. */
static inline Expr *name_node(Parser *p, Token *t)
{
    Expr *e = parser_new_expr(p, EXPR_NAME, tok_loc(t));
    e->u.name.id = parser_tok_str(p, t);
    e->u.name.ctx = CTX_LOAD;
    return e;
}

/** A tuple, list or set node (load context) of the elements in @p v. */
static inline Expr *seq_node(Parser *p, ExprKind k, PtrVec *v, Loc loc)
{
    Expr *e = parser_new_expr(p, k, loc);
    e->u.seq.elts = parser_vec_exprs(v);
    e->u.seq.ctx = CTX_LOAD;
    return e;
}

/* ------------------------------------------------- parser_stmt.c */

/** The start rule of p->mode: file, interactive or eval input. */
AstModule *parser_stmt_run(Parser *p);

/* ------------------------------------------------- parser_expr.c */

/** `expression`: a conditional expression, lambda or disjunction. */
Expr *parser_expr_expression(Parser *p);
/** Start recording the memo entries written; returns the mark to pass to parser_memo_log_stop(). */
int parser_memo_log_start(Parser *p);
/** Stop the recording begun at @p from; with @p forget, erase the entries written since. */
void parser_memo_log_stop(Parser *p, int from, bool forget);
/** `star_expression`: '*' bitwise_or | expression. */
Expr *parser_expr_star_expression(Parser *p);
/** `star_expressions`: a tuple when there are commas. */
Expr *parser_expr_star_expressions(Parser *p);
/** `star_targets` (for-loop targets): starred and primary expressions, no operators. */
Expr *parser_expr_targets_for(Parser *p);
/** `named_expression`. */
Expr *parser_expr_named(Parser *p);
/** `star_named_expression`: '*' bitwise_or | named_expression. */
Expr *parser_expr_star_named(Parser *p);
/** The checks of `named_expression` after an expression @p e that started at token @p m0. */
Expr *parser_expr_named_after(Parser *p, Expr *e, int m0);
/** `expressions` (eval input): a tuple when there are commas. */
Expr *parser_expr_expressions(Parser *p);
/** `yield_expr` (current token is 'yield'). */
Expr *parser_expr_yield(Parser *p);
/** `bitwise_or`. */
Expr *parser_expr_bitwise_or(Parser *p);
/** `disjunction`. */
Expr *parser_expr_disjunction(Parser *p);
/** PEG failure of a rule's continuation: back to @p mark, the result is @p left (NULL if an error was raised). */
Expr *parser_expr_backtrack(Parser *p, int mark, Expr *left);
/** Set the context of a target to @p ctx; NULL-free check done by the caller. */
void parser_expr_set_ctx(Expr *e, ExprCtx ctx);
/** The first sub-expression that cannot be a target of kind @p type, or NULL. */
Expr *parser_expr_invalid_target(Expr *e, TargetsType type);
/** CPython's name for an expression in messages ("function call", "literal", ...). */
const char *parser_expr_name(const Expr *e);
/** Raise "cannot assign to X"/"cannot delete X" if @p e holds an invalid target. */
void *parser_expr_raise_invalid_target(Parser *p, TargetsType type, Expr *e);
/**
 * invalid_named_expression's `x = value` alternatives on the second pass:
 * raise "invalid syntax. Maybe you meant '==' or ':=' ..." or "cannot assign
 * to X here. Maybe you meant '==' ..." for @p e (which starts at token
 * @p start) followed by '=' at token @p eq, when a value follows that is not
 * itself followed by '=' or ':='. The cursor is left where it was.
 */
void parser_expr_check_named_eq(Parser *p, Expr *e, int start, int eq);
/** Whether the current token can start an expression. */
bool parser_expr_can_start(Parser *p);

/* ------------------------------------------------- parser_atom.c */

/** `atom`: a name, a literal, or a bracketed form. */
Expr *parser_atom_parse(Parser *p);
/** `for_if_clauses` (current token is 'for'); @p n receives their number. */
Comprehension *parser_atom_for_if_clauses(Parser *p, int *n);
/**
 * `star_named_expression (',' star_named_expression)* [',']` into @p elts;
 * @p comma receives the last comma and @p trailing whether it ended the list.
 * @return the first element, or NULL
 */
Expr *parser_atom_star_named_list(Parser *p, PtrVec *elts, Token **comma, bool *trailing);

/* ------------------------------------------------- parser_args.c */

/** Call arguments after '(' up to (not including) ')': fills the call node
 *  (class bases when @p in_class: no bare generator expression there). */
bool parser_args_call(Parser *p, Expr *call, bool in_class);
/** Parameters of def (lambda=false, up to ')') or lambda (up to ':'). */
Arguments *parser_args_params(Parser *p, bool lambda);

/* ------------------------------------------------- parser_string.c */

/** One or more adjacent string tokens (current token is a STRING). */
Expr *parser_string_concat(Parser *p);

/**
 * Parse the expression of an f-string replacement field, given as the text
 * "(expr)", with CPython's f-string rules for positions and messages.
 * @param parent the parser of the string
 * @param text the text
 * @param len its length
 * @param line the line where the text starts
 * @param col the column shift of nodes on that line
 * @return the expression, or NULL with the parent's error raised
 */
Expr *parser_fstring_expr(Parser *parent, const char *text, size_t len, int line, int col);

/* ------------------------------------------------- parser_check.c */

/** After a successful parse: the symbol-table and compiler errors CPython
 *  would report (duplicate arguments, starred targets, repeated keywords). */
void parser_check_module(Parser *p, AstModule *m);

#endif
