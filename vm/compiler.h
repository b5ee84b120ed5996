// SPDX-License-Identifier: MIT
/**
 * @file compiler.h
 * @brief Source to code objects: parse, analyse scopes, generate bytecode.
 *
 * Who may include it: vm/ (CLI, REPL, import, builtins), tests/.
 */
#ifndef GILVM_COMPILER_H
#define GILVM_COMPILER_H

#include "object.h"
#include "parser.h"

/** Code flag set by the compiler: consts[0] is the docstring. */
#define CO_HAS_DOCSTRING 0x4000

/**
 * Compile @p len bytes of source.
 * @param src the source text (UTF-8; need not be NUL-terminated)
 * @param len its length in bytes
 * @param filename the name tracebacks show (a str)
 * @param mode PARSE_FILE for a module, PARSE_SINGLE for one REPL statement
 *        (expression values are echoed), PARSE_EVAL for one expression
 * @return a new code object, or VNULL with SyntaxError (or IndentationError,
 *         TabError) raised
 */
Value compiler_compile(const char *src, size_t len, Value filename, ParseMode mode);

/**
 * Raise the SyntaxError described by @p err, with the offending line of
 * @p src as its `text`. Returns VNULL.
 */
Value compiler_raise_syntax_error(const SyntaxErr *err, Value filename, const char *src,
                                  size_t len);

#endif
