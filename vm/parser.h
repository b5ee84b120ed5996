// SPDX-License-Identifier: MIT
/**
 * @file parser.h
 * @brief Source text to AST (vm/ast.h), with CPython's syntax error messages.
 *
 * Who may include it: vm/ (compiler, CLI, REPL), tests/.
 *
 * A hand-written recursive-descent parser over the token stream of
 * vm/lexer.h. On error it fills a ::SyntaxErr with the message, the kind
 * (SyntaxError, IndentationError or TabError) and the position, as CPython
 * 3.11 reports them, so that the error printed for a bad program matches.
 */
#ifndef GILVM_PARSER_H
#define GILVM_PARSER_H

#include "arena.h"
#include "ast.h"

/** What the source is expected to contain. */
typedef enum ParseMode {
    PARSE_FILE,   /**< a module: any number of statements */
    PARSE_SINGLE, /**< one interactive statement (REPL); may be a compound statement */
    PARSE_EVAL    /**< one expression (result in AstModule::expr) */
} ParseMode;

/** Exception class a ::SyntaxErr maps to. */
typedef enum SyntaxErrKind {
    SYNTAX_ERROR,      /**< SyntaxError */
    INDENTATION_ERROR, /**< IndentationError */
    TAB_ERROR          /**< TabError */
} SyntaxErrKind;

/** A syntax error, positioned as CPython's SyntaxError attributes. */
typedef struct SyntaxErr {
    SyntaxErrKind kind; /**< exception class */
    char msg[256];      /**< message, e.g. "expected ':'" */
    int line;           /**< SyntaxError.lineno (1-based) */
    int col;            /**< SyntaxError.offset: 1-based column, 0 or negative when none */
    int end_line;       /**< SyntaxError.end_lineno (0 when none) */
    int end_col;        /**< SyntaxError.end_offset (1-based, exclusive; 0 or negative when none) */
    bool incomplete;    /**< the input ended inside an open statement/bracket/string (REPL: read more) */
    char text[128];     /**< SyntaxError.text when it is not line @ref line of the source (an
                             f-string expression, shown as "(expr)"); empty otherwise */
} SyntaxErr;

/**
 * Parse @p len bytes of UTF-8 source.
 * @param arena where every node is allocated
 * @param src the source (need not be NUL-terminated)
 * @param len its length
 * @param mode what to expect
 * @param err filled on failure
 * @return the tree, or NULL with @p err filled
 */
AstModule *parser_parse(Arena *arena, const char *src, size_t len, ParseMode mode, SyntaxErr *err);

/** Fill @p err (a printf-style message) at a node's position; used by the compiler too. */
void parser_error_at(SyntaxErr *err, SyntaxErrKind kind, Loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
