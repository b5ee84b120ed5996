// SPDX-License-Identifier: MIT
/**
 * @file lexer.h
 * @brief Source bytes to tokens, with CPython 3.11's tokenizer rules and errors.
 *
 * Who may include it: vm/parser*.c, tests/.
 *
 * The lexer works like CPython's `Parser/tokenizer.c`: it reads the source one
 * line at a time, turns leading whitespace into INDENT and DEDENT tokens with
 * a stack of indentation columns, hides newlines inside brackets and after a
 * `\`, and hands the parser one token per call. Tokens are produced on demand
 * so that, as in CPython, a tokenizer error further down the file is only seen
 * when the parser gets there.
 *
 * Errors come in two flavours, again as in CPython, because the parser reports
 * them differently:
 *
 * - a *hard* error (bad character, bad number, unterminated string, unmatched
 *   bracket) is formatted at once into Lexer::err and the status is
 *   ::LEX_ERROR;
 * - a *soft* error (EOF, bad dedent, tab/space mix, too deep, stray `\`) only
 *   sets the status; the parser turns it into a SyntaxErr with its own rules
 *   for the position (see parser.c).
 *
 * The source need not be NUL-terminated: lexer_init() copies it into the arena,
 * turning `\r\n` and `\r` into `\n`, dropping a UTF-8 BOM and, for files,
 * adding a final newline. Every pointer in a ::Token points into that copy.
 */
#ifndef GILVM_LEXER_H
#define GILVM_LEXER_H

#include "arena.h"
#include "common.h"
#include "parser.h"

/** Kinds of token. Keywords have their own kinds; NAME is any other identifier. */
typedef enum TokType {
    TOK_ENDMARKER, /**< end of input */
    TOK_NAME,      /**< identifier */
    TOK_NUMBER,    /**< int, float or imaginary literal */
    TOK_STRING,    /**< string literal, prefix and quotes included */
    TOK_NEWLINE,   /**< end of a logical line */
    TOK_INDENT,    /**< indentation increased */
    TOK_DEDENT,    /**< indentation decreased (one per level) */
    TOK_LPAR,      /**< ( */
    TOK_RPAR,      /**< ) */
    TOK_LSQB,      /**< [ */
    TOK_RSQB,      /**< ] */
    TOK_LBRACE,    /**< { */
    TOK_RBRACE,    /**< } */
    TOK_COLON,     /**< : */
    TOK_COMMA,     /**< , */
    TOK_SEMI,      /**< ; */
    TOK_PLUS,      /**< + */
    TOK_MINUS,     /**< - */
    TOK_STAR,      /**< * */
    TOK_SLASH,     /**< / */
    TOK_VBAR,      /**< | */
    TOK_AMPER,     /**< & */
    TOK_LESS,      /**< < */
    TOK_GREATER,   /**< > */
    TOK_EQUAL,     /**< `=` */
    TOK_DOT,       /**< `.` */
    TOK_PERCENT,   /**< % */
    TOK_EQEQUAL,   /**< `==` */
    TOK_NOTEQUAL,  /**< `!=` */
    TOK_LTGT,      /**< <> (lexed as CPython does, never accepted) */
    TOK_LESSEQUAL, /**< <= */
    TOK_GREATEREQUAL, /**< >= */
    TOK_TILDE,     /**< ~ */
    TOK_CIRCUMFLEX, /**< ^ */
    TOK_LEFTSHIFT, /**< << */
    TOK_RIGHTSHIFT, /**< >> */
    TOK_DOUBLESTAR, /**< ** */
    TOK_PLUSEQUAL, /**< += */
    TOK_MINEQUAL,  /**< -= */
    TOK_STAREQUAL, /**< *= */
    TOK_SLASHEQUAL, /**< /= */
    TOK_PERCENTEQUAL, /**< %= */
    TOK_AMPEREQUAL, /**< &= */
    TOK_VBAREQUAL, /**< |= */
    TOK_CIRCUMFLEXEQUAL, /**< ^= */
    TOK_LEFTSHIFTEQUAL, /**< <<= */
    TOK_RIGHTSHIFTEQUAL, /**< >>= */
    TOK_DOUBLESTAREQUAL, /**< **= */
    TOK_DOUBLESLASH, /**< // */
    TOK_DOUBLESLASHEQUAL, /**< //= */
    TOK_AT,        /**< @ */
    TOK_ATEQUAL,   /**< @= */
    TOK_RARROW,    /**< -> */
    TOK_ELLIPSIS,  /**< ... */
    TOK_COLONEQUAL, /**< := */
    TOK_OP,        /**< any other character ($, ?, `, !): never accepted */
    TOK_ERRORTOKEN, /**< the lexer failed: see Lexer::status */
    /* keywords */
    TOK_FALSE,     /**< False */
    TOK_NONE,      /**< None */
    TOK_TRUE,      /**< True */
    TOK_AND,       /**< and */
    TOK_AS,        /**< as */
    TOK_ASSERT,    /**< assert */
    TOK_ASYNC,     /**< async */
    TOK_AWAIT,     /**< await */
    TOK_BREAK,     /**< break */
    TOK_CLASS,     /**< class */
    TOK_CONTINUE,  /**< continue */
    TOK_DEF,       /**< def */
    TOK_DEL,       /**< del */
    TOK_ELIF,      /**< elif */
    TOK_ELSE,      /**< else */
    TOK_EXCEPT,    /**< except */
    TOK_FINALLY,   /**< finally */
    TOK_FOR,       /**< for */
    TOK_FROM,      /**< from */
    TOK_GLOBAL,    /**< global */
    TOK_IF,        /**< if */
    TOK_IMPORT,    /**< import */
    TOK_IN,        /**< in */
    TOK_IS,        /**< is */
    TOK_LAMBDA,    /**< lambda */
    TOK_NONLOCAL,  /**< nonlocal */
    TOK_NOT,       /**< not */
    TOK_OR,        /**< or */
    TOK_PASS,      /**< pass */
    TOK_RAISE,     /**< raise */
    TOK_RETURN,    /**< return */
    TOK_TRY,       /**< try */
    TOK_WHILE,     /**< while */
    TOK_WITH,      /**< with */
    TOK_YIELD,     /**< yield */
    TOK_COUNT      /**< number of token kinds */
} TokType;

/** A token. Columns are 0-based byte offsets; -1 where the token has no text. */
typedef struct Token {
    TokType type;      /**< kind */
    const char *start; /**< first byte, or NULL (INDENT, DEDENT, ENDMARKER) */
    int len;           /**< length in bytes */
    int line;          /**< first line (a string's opening line) */
    int col;           /**< first column, or -1 */
    int end_line;      /**< last line */
    int end_col;       /**< column just past the end, or -1 */
    int level;         /**< bracket depth once the token is read */
    int cur_col;       /**< lexer cursor column right after the token, on @ref cur_line */
    int cur_line;      /**< line of the lexer cursor right after the token */
} Token;

/** What the lexer is doing: all right, or which error it met. */
typedef enum LexStatus {
    LEX_OK,       /**< more tokens may follow */
    LEX_EOF,      /**< input exhausted (soft: also a `\` right before EOF) */
    LEX_ERROR,    /**< hard error, already formatted in Lexer::err */
    LEX_DEDENT,   /**< soft: dedent to a column that is on no enclosing level */
    LEX_TABSPACE, /**< soft: inconsistent use of tabs and spaces */
    LEX_TOODEEP,  /**< soft: more than LEXER_MAX_INDENT levels */
    LEX_LINECONT  /**< soft: a character after a line-continuation `\` */
} LexStatus;

/** Deepest indentation (CPython's MAXINDENT). */
#define LEXER_MAX_INDENT 100
/** Deepest bracket nesting (CPython's MAXLEVEL). */
#define LEXER_MAX_LEVEL 200

/** The lexer's state. Fields are read by the parser; only lexer.c writes them. */
typedef struct Lexer {
    const char *buf;        /**< the translated source, NUL-terminated */
    const char *end;        /**< one past its last byte */
    const char *cur;        /**< next byte to read */
    const char *inp;        /**< end of the current line (after its '\n') */
    const char *line_start; /**< start of the current line */
    int lineno;             /**< current line, 1-based (0 before the first) */
    LexStatus status;       /**< see ::LexStatus */
    SyntaxErr err;          /**< the hard error, when status is LEX_ERROR */
    bool interactive;       /**< REPL rules for blank lines */
    bool atbol;             /**< at the beginning of a line */
    bool cont_line;         /**< the current logical line has a `\` continuation */
    int pendin;             /**< pending INDENT (>0) or DEDENT (<0) tokens */
    int indent;             /**< index of the current level in indstack */
    int indstack[LEXER_MAX_INDENT];    /**< indentation columns (tabs to 8) */
    int altindstack[LEXER_MAX_INDENT]; /**< the same with tabs counted as 1 */
    int level;                         /**< bracket depth */
    char parenstack[LEXER_MAX_LEVEL];  /**< open brackets */
    int parenline[LEXER_MAX_LEVEL];    /**< line of each open bracket */
    int parencol[LEXER_MAX_LEVEL];     /**< byte column of each open bracket */
    const char *tok_start;             /**< start of the token being read */
    int first_lineno;                  /**< line where the current string began */
    const char *multi_line_start;      /**< start of that line */
    bool eof_at_bol;                   /**< the input ran out between tokens (CPython's file
                                            reader then resets its buffer: column 0) */
} Lexer;

/**
 * Prepare to tokenize @p len bytes of @p src.
 * @param lx the lexer
 * @param arena where the translated copy of the source goes
 * @param src the source (need not be NUL-terminated)
 * @param len its length
 * @param interactive REPL rules: a totally empty line ends a block
 * @param add_newline append a final newline when the source lacks one
 * @return false (with Lexer::err filled) if the source is not valid UTF-8 or holds a NUL byte
 */
bool lexer_init(Lexer *lx, Arena *arena, const char *src, size_t len, bool interactive,
                bool add_newline);

/**
 * Read the next token.
 * @return its type; TOK_ERRORTOKEN when Lexer::status is not LEX_OK/LEX_EOF
 */
TokType lexer_next(Lexer *lx, Token *tok);

/** A printable name for a token type ("NAME", "'('", "'if'"). */
const char *lexer_token_name(TokType t);

/** Number of UTF-8 characters in the first @p nbytes bytes of @p s. */
int lexer_utf8_chars(const char *s, int nbytes);

/**
 * Decode one UTF-8 character of @p s (valid UTF-8 is assumed).
 * @param s where it starts
 * @param len set to its length in bytes
 * @return the code point
 */
uint32_t lexer_utf8_decode(const char *s, int *len);

/** Whether @p c (>= 128) may start an identifier (Unicode XID_Start, as CPython). */
bool lexer_is_xid_start(uint32_t c);
/** Whether @p c (>= 128) may continue an identifier (Unicode XID_Continue). */
bool lexer_is_xid_continue(uint32_t c);
/** Whether @p c is printable in the sense of Python's str.isprintable(). */
bool lexer_is_printable(uint32_t c);

#endif
