// SPDX-License-Identifier: MIT
/**
 * @file lexer.c
 * @brief The tokenizer (see lexer.h).
 *
 * The structure follows CPython 3.11's tokenizer closely, because the exact
 * error messages and positions a student sees depend on it: which character
 * the cursor is on when an error is raised decides the caret. In particular
 * the cursor moves one byte at a time through nextc()/backup(), lines are
 * loaded lazily (so `lineno` and `line_start` describe the line being read),
 * and numbers are checked for a letter glued to their end.
 */
#include "lexer.h"

#include <ctype.h>

/** What nextc() returns at the end of the input. */
#define END_OF_INPUT (-1)
/** Columns per tab for the primary indentation count. */
#define TABSIZE 8

/* ---------------------------------------------------------------- UTF-8 */

uint32_t lexer_utf8_decode(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if (u[0] < 0xE0) {
        *len = 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if (u[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

int lexer_utf8_chars(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

/* Length of the valid UTF-8 sequence at s (at most `avail` bytes), or 0 with
 * *why set to the reason CPython's decoder would give. */
static int utf8_valid_seq(const unsigned char *s, size_t avail, const char **why)
{
    unsigned char c = s[0];
    int n;
    uint32_t lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c < 0x80) {
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) {
            lo = 0xA0;
        } else if (c == 0xED) {
            hi = 0x9F;
        }
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) {
            lo = 0x90;
        } else if (c == 0xF4) {
            hi = 0x8F;
        }
    } else {
        *why = "invalid start byte";
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((size_t)i >= avail) {
            *why = "unexpected end of data";
            return 0;
        }
        unsigned char lo_i = i == 1 ? (unsigned char)lo : 0x80;
        unsigned char hi_i = i == 1 ? (unsigned char)hi : 0xBF;
        if (s[i] < lo_i || s[i] > hi_i) {
            *why = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

/* ------------------------------------------------------------ the input */

static void set_error(Lexer *lx, int line, int col, int end_line, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void set_error(Lexer *lx, int line, int col, int end_line, int end_col, const char *fmt, ...)
{
    SyntaxErr *e = &lx->err;
    memset(e, 0, sizeof *e);
    e->kind = SYNTAX_ERROR;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    lx->status = LEX_ERROR;
}

bool lexer_init(Lexer *lx, Arena *arena, const char *src, size_t len, bool interactive,
                bool add_newline)
{
    memset(lx, 0, sizeof *lx);
    lx->interactive = interactive;
    lx->atbol = true;
    lx->status = LEX_OK;

    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *out = arena_alloc(arena, len + 2);
    size_t n = 0;
    int line = 1;
    size_t line_begin = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
            c = '\n';
        }
        if (c == 0) {
            set_error(lx, line, 0, line, 0, "source code cannot contain null bytes");
            return false;
        }
        if (c >= 0x80) {
            const char *why = NULL;
            int k = utf8_valid_seq((const unsigned char *)src + i, len - i, &why);
            if (k == 0) {
                set_error(lx, line, 0, line, 0,
                          "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                          c, n - line_begin, why);
                return false;
            }
            memcpy(out + n, src + i, (size_t)k);
            n += (size_t)k;
            i += (size_t)k - 1;
            continue;
        }
        out[n++] = (char)c;
        if (c == '\n') {
            line++;
            line_begin = n;
        }
    }
    if (add_newline && n > 0 && out[n - 1] != '\n') {
        out[n++] = '\n';
    }
    out[n] = '\0';
    lx->buf = out;
    lx->end = out + n;
    lx->cur = lx->inp = lx->line_start = out;
    lx->multi_line_start = out;
    return true;
}

/* Next byte of the input, loading the next line when the current one is used up. */
static int nextc(Lexer *lx)
{
    for (;;) {
        if (lx->cur != lx->inp) {
            return (unsigned char)*lx->cur++;
        }
        if (lx->status != LEX_OK) {
            return END_OF_INPUT;
        }
        if (lx->inp >= lx->end) {
            lx->status = LEX_EOF;
            if (lx->tok_start == NULL) {
                lx->eof_at_bol = true;
            }
            return END_OF_INPUT;
        }
        const char *nl = memchr(lx->inp, '\n', (size_t)(lx->end - lx->inp));
        lx->lineno++;
        lx->line_start = lx->cur;
        lx->inp = nl != NULL ? nl + 1 : lx->end;
    }
}

static void backup(Lexer *lx, int c)
{
    if (c != END_OF_INPUT) {
        lx->cur--;
        assert(lx->cur >= lx->line_start && (unsigned char)*lx->cur == c);
    }
}

/* A hard error at the cursor, as CPython's syntaxerror(): the column counts
 * the characters of the line up to and including the last one read. */
static TokType error_at_cursor(Lexer *lx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static TokType error_at_cursor(Lexer *lx, const char *fmt, ...)
{
    char msg[sizeof lx->err.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int col = lexer_utf8_chars(lx->line_start, (int)(lx->cur - lx->line_start));
    set_error(lx, lx->lineno, col, lx->lineno, col, "%s", msg);
    return TOK_ERRORTOKEN;
}

static TokType soft_error(Lexer *lx, LexStatus st)
{
    lx->status = st;
    lx->cur = lx->inp;
    return TOK_ERRORTOKEN;
}

static bool is_ident_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_ident_char(int c)
{
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c)
{
    return c != END_OF_INPUT && isxdigit(c);
}

/* After a `\`: the next character must be the newline, and something must follow. */
static int continuation_line(Lexer *lx)
{
    int c = nextc(lx);
    if (c != '\n') {
        lx->status = LEX_LINECONT;
        return -2;
    }
    c = nextc(lx);
    if (c == END_OF_INPUT) {
        lx->status = LEX_EOF;
        lx->cur = lx->inp;
        return -2;
    }
    backup(lx, c);
    return c;
}

/* Check the identifier just read (it has non-ASCII bytes). */
static bool verify_identifier(Lexer *lx)
{
    const char *s = lx->tok_start;
    int i = 0, n = (int)(lx->cur - s);
    int index = 0;
    while (i < n) {
        int k;
        uint32_t ch = lexer_utf8_decode(s + i, &k);
        bool ok;
        if (index == 0) {
            ok = ch == '_' || (ch < 128 ? isalpha((int)ch) != 0 : lexer_is_xid_start(ch));
        } else {
            ok = ch < 128 ? (isalnum((int)ch) || ch == '_') : lexer_is_xid_continue(ch);
        }
        if (!ok) {
            if (i + k < n) {
                lx->cur = s + i + k;
            }
            char enc[5] = {0};
            memcpy(enc, s + i, (size_t)k);
            if (lexer_is_printable(ch)) {
                error_at_cursor(lx, "invalid character '%s' (U+%04X)", enc, (unsigned)ch);
            } else {
                error_at_cursor(lx, "invalid non-printable character U+%04X", (unsigned)ch);
            }
            return false;
        }
        i += k;
        index++;
    }
    return true;
}

/* Digits and single underscores after the first digit; 0 after an error. */
static int decimal_tail(Lexer *lx)
{
    int c;
    for (;;) {
        do {
            c = nextc(lx);
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = nextc(lx);
        if (!is_digit(c)) {
            backup(lx, c);
            error_at_cursor(lx, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Whether the next characters spell `test` and then something that cannot
 * continue an identifier; the cursor does not move. */
static bool lookahead(Lexer *lx, const char *test)
{
    const char *s = test;
    bool res = false;
    for (;;) {
        int c = nextc(lx);
        if (*s == 0) {
            res = !is_ident_char(c);
        } else if (c == *s) {
            s++;
            continue;
        }
        backup(lx, c);
        while (s != test) {
            backup(lx, *--s);
        }
        return res;
    }
}

/* A number must not run into a letter, except into the keywords that may
 * follow a number in valid code (`1if x else y`), which CPython only warns about. */
static bool verify_end_of_number(Lexer *lx, int c, const char *kind)
{
    bool r = false;
    if (c == 'a') {
        r = lookahead(lx, "nd");
    } else if (c == 'e') {
        r = lookahead(lx, "lse");
    } else if (c == 'f') {
        r = lookahead(lx, "or");
    } else if (c == 'i') {
        int c2 = nextc(lx);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(lx, c2);
    } else if (c == 'o') {
        r = lookahead(lx, "r");
    } else if (c == 'n') {
        r = lookahead(lx, "ot");
    }
    if (r) {
        return true;
    }
    if (c != END_OF_INPUT && c < 128 && is_ident_char(c)) {
        backup(lx, c);
        error_at_cursor(lx, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Hex, octal or binary digits after the prefix. */
static TokType radix_digits(Lexer *lx, int base, const char *kind, int *pc)
{
    int c = nextc(lx);
    for (;;) {
        if (c == '_') {
            c = nextc(lx);
        }
        bool ok = base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        if (!ok) {
            if (base != 16 && is_digit(c)) {
                return error_at_cursor(lx, "invalid digit '%c' in %s literal", c, kind);
            }
            backup(lx, c);
            return error_at_cursor(lx, "invalid %s literal", kind);
        }
        do {
            c = nextc(lx);
            ok = base == 16 ? is_xdigit(c) : base == 8 ? (c >= '0' && c <= '7') : (c == '0' || c == '1');
        } while (ok);
        if (c != '_') {
            break;
        }
    }
    if (base != 16 && is_digit(c)) {
        return error_at_cursor(lx, "invalid digit '%c' in %s literal", c, kind);
    }
    if (!verify_end_of_number(lx, c, kind)) {
        return TOK_ERRORTOKEN;
    }
    *pc = c;
    return TOK_NUMBER;
}

/* The rest of a number whose first character `c` has been read (`c` may be
 * '.' already followed by a digit: then `fraction` is true). */
static TokType number(Lexer *lx, int c, bool fraction)
{
    bool exponent = false, imaginary = false;
    if (fraction) {
        goto fraction;
    }
    if (c == '0') {
        c = nextc(lx);
        if (c == 'x' || c == 'X') {
            if (radix_digits(lx, 16, "hexadecimal", &c) != TOK_NUMBER) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, c);
            return TOK_NUMBER;
        }
        if (c == 'o' || c == 'O') {
            if (radix_digits(lx, 8, "octal", &c) != TOK_NUMBER) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, c);
            return TOK_NUMBER;
        }
        if (c == 'b' || c == 'B') {
            if (radix_digits(lx, 2, "binary", &c) != TOK_NUMBER) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, c);
            return TOK_NUMBER;
        }
        /* Zeros, maybe a float (0.5, 00e1, 09.5) or a forbidden 0123. */
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc(lx);
                if (!is_digit(c)) {
                    backup(lx, c);
                    return error_at_cursor(lx, "invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc(lx);
        }
        const char *zeros_end = lx->cur;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(lx);
            if (c == 0) {
                return TOK_ERRORTOKEN;
            }
        }
        if (c == '.') {
            c = nextc(lx);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            exponent = true;
        } else if (c == 'j' || c == 'J') {
            imaginary = true;
        } else if (nonzero) {
            backup(lx, c);
            int col = (int)(lx->tok_start + 1 - lx->line_start);
            int end = (int)(zeros_end - lx->line_start);
            set_error(lx, lx->lineno, col, lx->lineno, end,
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
            return TOK_ERRORTOKEN;
        } else {
            if (!verify_end_of_number(lx, c, "decimal")) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, c);
            return TOK_NUMBER;
        }
    } else {
        c = decimal_tail(lx);
        if (c == 0) {
            return TOK_ERRORTOKEN;
        }
        if (c == '.') {
            c = nextc(lx);
            goto fraction;
        }
        exponent = c == 'e' || c == 'E';
        imaginary = c == 'j' || c == 'J';
        if (!exponent && !imaginary) {
            if (!verify_end_of_number(lx, c, "decimal")) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, c);
            return TOK_NUMBER;
        }
    }
    goto tail;

fraction:
    if (is_digit(c)) {
        c = decimal_tail(lx);
        if (c == 0) {
            return TOK_ERRORTOKEN;
        }
    }
    exponent = c == 'e' || c == 'E';
    imaginary = c == 'j' || c == 'J';

tail:
    if (exponent) {
        int e = c;
        c = nextc(lx);
        if (c == '+' || c == '-') {
            c = nextc(lx);
            if (!is_digit(c)) {
                backup(lx, c);
                return error_at_cursor(lx, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            /* `1e` followed by something else: the number ends before the 'e'. */
            backup(lx, c);
            if (!verify_end_of_number(lx, e, "decimal")) {
                return TOK_ERRORTOKEN;
            }
            backup(lx, e);
            return TOK_NUMBER;
        }
        c = decimal_tail(lx);
        if (c == 0) {
            return TOK_ERRORTOKEN;
        }
        imaginary = c == 'j' || c == 'J';
    }
    if (imaginary) {
        c = nextc(lx);
        if (!verify_end_of_number(lx, c, "imaginary")) {
            return TOK_ERRORTOKEN;
        }
    } else if (!verify_end_of_number(lx, c, "decimal")) {
        return TOK_ERRORTOKEN;
    }
    backup(lx, c);
    return TOK_NUMBER;
}

/* A string literal whose opening quote `quote` has just been read. */
static TokType string(Lexer *lx, int quote)
{
    int quote_size = 1, end_quote_size = 0;
    lx->first_lineno = lx->lineno;
    lx->multi_line_start = lx->line_start;

    int c = nextc(lx);
    if (c == quote) {
        c = nextc(lx);
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1; /* empty string */
        }
    }
    if (c != quote) {
        backup(lx, c);
    }
    while (end_quote_size != quote_size) {
        c = nextc(lx);
        if (c == END_OF_INPUT || (quote_size == 1 && c == '\n')) {
            /* Report at the opening quote's line, just after its first character. */
            int detected = lx->lineno;
            lx->cur = lx->tok_start + 1;
            lx->line_start = lx->multi_line_start;
            lx->lineno = lx->first_lineno;
            error_at_cursor(lx,
                            quote_size == 3
                                ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                            detected);
            return TOK_ERRORTOKEN;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                nextc(lx);
            }
        }
    }
    return TOK_STRING;
}

static TokType one_char(int c)
{
    switch (c) {
    case '%': return TOK_PERCENT;
    case '&': return TOK_AMPER;
    case '(': return TOK_LPAR;
    case ')': return TOK_RPAR;
    case '*': return TOK_STAR;
    case '+': return TOK_PLUS;
    case ',': return TOK_COMMA;
    case '-': return TOK_MINUS;
    case '.': return TOK_DOT;
    case '/': return TOK_SLASH;
    case ':': return TOK_COLON;
    case ';': return TOK_SEMI;
    case '<': return TOK_LESS;
    case '=': return TOK_EQUAL;
    case '>': return TOK_GREATER;
    case '@': return TOK_AT;
    case '[': return TOK_LSQB;
    case ']': return TOK_RSQB;
    case '^': return TOK_CIRCUMFLEX;
    case '{': return TOK_LBRACE;
    case '|': return TOK_VBAR;
    case '}': return TOK_RBRACE;
    case '~': return TOK_TILDE;
    default: return TOK_OP;
    }
}

static TokType two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': return c2 == '=' ? TOK_NOTEQUAL : TOK_OP;
    case '%': return c2 == '=' ? TOK_PERCENTEQUAL : TOK_OP;
    case '&': return c2 == '=' ? TOK_AMPEREQUAL : TOK_OP;
    case '*': return c2 == '*' ? TOK_DOUBLESTAR : c2 == '=' ? TOK_STAREQUAL : TOK_OP;
    case '+': return c2 == '=' ? TOK_PLUSEQUAL : TOK_OP;
    case '-': return c2 == '=' ? TOK_MINEQUAL : c2 == '>' ? TOK_RARROW : TOK_OP;
    case '/': return c2 == '/' ? TOK_DOUBLESLASH : c2 == '=' ? TOK_SLASHEQUAL : TOK_OP;
    case ':': return c2 == '=' ? TOK_COLONEQUAL : TOK_OP;
    case '<':
        return c2 == '<' ? TOK_LEFTSHIFT : c2 == '=' ? TOK_LESSEQUAL : c2 == '>' ? TOK_LTGT : TOK_OP;
    case '=': return c2 == '=' ? TOK_EQEQUAL : TOK_OP;
    case '>': return c2 == '=' ? TOK_GREATEREQUAL : c2 == '>' ? TOK_RIGHTSHIFT : TOK_OP;
    case '@': return c2 == '=' ? TOK_ATEQUAL : TOK_OP;
    case '^': return c2 == '=' ? TOK_CIRCUMFLEXEQUAL : TOK_OP;
    case '|': return c2 == '=' ? TOK_VBAREQUAL : TOK_OP;
    default: return TOK_OP;
    }
}

static TokType three_chars(TokType two, int c3)
{
    if (c3 != '=') {
        return TOK_OP;
    }
    switch (two) {
    case TOK_DOUBLESTAR: return TOK_DOUBLESTAREQUAL;
    case TOK_DOUBLESLASH: return TOK_DOUBLESLASHEQUAL;
    case TOK_LEFTSHIFT: return TOK_LEFTSHIFTEQUAL;
    case TOK_RIGHTSHIFT: return TOK_RIGHTSHIFTEQUAL;
    default: return TOK_OP;
    }
}

static const struct {
    const char *word;
    const char *quoted;
    TokType type;
} keywords[] = {
    {"False", "'False'", TOK_FALSE},
    {"None", "'None'", TOK_NONE},
    {"True", "'True'", TOK_TRUE},
    {"and", "'and'", TOK_AND},
    {"as", "'as'", TOK_AS},
    {"assert", "'assert'", TOK_ASSERT},
    {"async", "'async'", TOK_ASYNC},
    {"await", "'await'", TOK_AWAIT},
    {"break", "'break'", TOK_BREAK},
    {"class", "'class'", TOK_CLASS},
    {"continue", "'continue'", TOK_CONTINUE},
    {"def", "'def'", TOK_DEF},
    {"del", "'del'", TOK_DEL},
    {"elif", "'elif'", TOK_ELIF},
    {"else", "'else'", TOK_ELSE},
    {"except", "'except'", TOK_EXCEPT},
    {"finally", "'finally'", TOK_FINALLY},
    {"for", "'for'", TOK_FOR},
    {"from", "'from'", TOK_FROM},
    {"global", "'global'", TOK_GLOBAL},
    {"if", "'if'", TOK_IF},
    {"import", "'import'", TOK_IMPORT},
    {"in", "'in'", TOK_IN},
    {"is", "'is'", TOK_IS},
    {"lambda", "'lambda'", TOK_LAMBDA},
    {"nonlocal", "'nonlocal'", TOK_NONLOCAL},
    {"not", "'not'", TOK_NOT},
    {"or", "'or'", TOK_OR},
    {"pass", "'pass'", TOK_PASS},
    {"raise", "'raise'", TOK_RAISE},
    {"return", "'return'", TOK_RETURN},
    {"try", "'try'", TOK_TRY},
    {"while", "'while'", TOK_WHILE},
    {"with", "'with'", TOK_WITH},
    {"yield", "'yield'", TOK_YIELD},
};

static TokType keyword_or_name(const char *s, int len)
{
    if (len < 2 || len > 8) {
        return TOK_NAME;
    }
    for (size_t i = 0; i < ARRAY_LEN(keywords); i++) {
        if ((int)strlen(keywords[i].word) == len && memcmp(keywords[i].word, s, (size_t)len) == 0) {
            return keywords[i].type;
        }
    }
    return TOK_NAME;
}

/* The tokenizer proper: returns the type and sets *ps and *pe to the token's text
 * (left NULL for INDENT, DEDENT, ENDMARKER and most errors). */
static TokType get(Lexer *lx, const char **ps, const char **pe)
{
    int c;
    bool blankline;
    *ps = *pe = NULL;

nextline:
    lx->tok_start = NULL;
    blankline = false;

    if (lx->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        lx->atbol = false;
        for (;;) {
            c = nextc(lx);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                /* The first `\` decides the indentation of what follows. */
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = continuation_line(lx)) == -2) {
                    return TOK_ERRORTOKEN;
                }
            } else {
                break;
            }
        }
        backup(lx, c);
        if (c == '#' || c == '\n') {
            /* Blank and comment-only lines do not count, except a totally
             * empty line at the REPL, which ends the statement. */
            if (col == 0 && c == '\n' && lx->interactive) {
                blankline = false;
            } else if (lx->interactive && lx->lineno == 1) {
                blankline = false;
                col = altcol = 0;
            } else {
                blankline = true;
            }
        }
        if (!blankline && lx->level == 0) {
            if (cont_line_col) {
                col = altcol = cont_line_col;
            }
            if (col == lx->indstack[lx->indent]) {
                if (altcol != lx->altindstack[lx->indent]) {
                    return soft_error(lx, LEX_TABSPACE);
                }
            } else if (col > lx->indstack[lx->indent]) {
                if (lx->indent + 1 >= LEXER_MAX_INDENT) {
                    return soft_error(lx, LEX_TOODEEP);
                }
                if (altcol <= lx->altindstack[lx->indent]) {
                    return soft_error(lx, LEX_TABSPACE);
                }
                lx->pendin++;
                lx->indent++;
                lx->indstack[lx->indent] = col;
                lx->altindstack[lx->indent] = altcol;
            } else {
                while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
                    lx->pendin--;
                    lx->indent--;
                }
                if (col != lx->indstack[lx->indent]) {
                    return soft_error(lx, LEX_DEDENT);
                }
                if (altcol != lx->altindstack[lx->indent]) {
                    return soft_error(lx, LEX_TABSPACE);
                }
            }
        }
    }

    lx->tok_start = lx->cur;
    if (lx->pendin != 0) {
        if (lx->pendin < 0) {
            lx->pendin++;
            return TOK_DEDENT;
        }
        lx->pendin--;
        return TOK_INDENT;
    }

again:
    lx->tok_start = NULL;
    do {
        c = nextc(lx);
    } while (c == ' ' || c == '\t' || c == '\f');
    lx->tok_start = lx->cur - 1;

    if (c == '#') {
        while (c != END_OF_INPUT && c != '\n') {
            c = nextc(lx);
        }
    }

    if (c == END_OF_INPUT) {
        if (lx->level > 0) {
            return TOK_ERRORTOKEN;
        }
        return lx->status == LEX_EOF ? TOK_ENDMARKER : TOK_ERRORTOKEN;
    }

    if (is_ident_start(c)) {
        /* String prefixes: b, r, u, f in the combinations Python allows. */
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false, nonascii = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = true;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = true;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = true;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = true;
            } else {
                break;
            }
            c = nextc(lx);
            if (c == '"' || c == '\'') {
                TokType t = string(lx, c);
                if (t == TOK_STRING) {
                    *ps = lx->tok_start;
                    *pe = lx->cur;
                }
                return t;
            }
        }
        while (c != END_OF_INPUT && is_ident_char(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc(lx);
        }
        backup(lx, c);
        if (nonascii && !verify_identifier(lx)) {
            return TOK_ERRORTOKEN;
        }
        *ps = lx->tok_start;
        *pe = lx->cur;
        return TOK_NAME;
    }

    if (c == '\n') {
        lx->atbol = true;
        if (blankline || lx->level > 0) {
            goto nextline;
        }
        *ps = lx->tok_start;
        *pe = lx->cur - 1; /* the newline itself is left out */
        lx->cont_line = false;
        return TOK_NEWLINE;
    }

    if (c == '.') {
        c = nextc(lx);
        if (is_digit(c)) {
            TokType t = number(lx, c, true);
            if (t == TOK_NUMBER) {
                *ps = lx->tok_start;
                *pe = lx->cur;
            }
            return t;
        } else if (c == '.') {
            c = nextc(lx);
            if (c == '.') {
                *ps = lx->tok_start;
                *pe = lx->cur;
                return TOK_ELLIPSIS;
            }
            backup(lx, c);
            backup(lx, '.');
        } else {
            backup(lx, c);
        }
        *ps = lx->tok_start;
        *pe = lx->cur;
        return TOK_DOT;
    }

    if (is_digit(c)) {
        TokType t = number(lx, c, false);
        if (t == TOK_NUMBER) {
            *ps = lx->tok_start;
            *pe = lx->cur;
        }
        return t;
    }

    if (c == '\'' || c == '"') {
        TokType t = string(lx, c);
        if (t == TOK_STRING) {
            *ps = lx->tok_start;
            *pe = lx->cur;
        }
        return t;
    }

    if (c == '\\') {
        if ((c = continuation_line(lx)) == -2) {
            return TOK_ERRORTOKEN;
        }
        lx->cont_line = true;
        goto again;
    }

    {
        int c2 = nextc(lx);
        TokType t = two_chars(c, c2);
        if (t != TOK_OP) {
            int c3 = nextc(lx);
            TokType t3 = three_chars(t, c3);
            if (t3 != TOK_OP) {
                t = t3;
            } else {
                backup(lx, c3);
            }
            *ps = lx->tok_start;
            *pe = lx->cur;
            return t;
        }
        backup(lx, c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (lx->level >= LEXER_MAX_LEVEL) {
            return error_at_cursor(lx, "too many nested parentheses");
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->lineno;
        lx->parencol[lx->level] = (int)(lx->tok_start - lx->line_start);
        lx->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (lx->level == 0) {
            return error_at_cursor(lx, "unmatched '%c'", c);
        }
        lx->level--;
        int open = lx->parenstack[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
            if (lx->parenline[lx->level] != lx->lineno) {
                return error_at_cursor(lx,
                                       "closing parenthesis '%c' does not match opening "
                                       "parenthesis '%c' on line %d",
                                       c, open, lx->parenline[lx->level]);
            }
            return error_at_cursor(lx, "closing parenthesis '%c' does not match opening parenthesis '%c'",
                                   c, open);
        }
        break;
    }
    default:
        break;
    }

    if (!lexer_is_printable((uint32_t)c)) {
        return error_at_cursor(lx, "invalid non-printable character U+%04X", (unsigned)c);
    }

    *ps = lx->tok_start;
    *pe = lx->cur;
    return one_char(c);
}

TokType lexer_next(Lexer *lx, Token *tok)
{
    const char *s, *e;
    TokType type = lx->status == LEX_OK || lx->status == LEX_EOF ? get(lx, &s, &e) : TOK_ERRORTOKEN;
    if (type == TOK_ERRORTOKEN) {
        s = e = NULL;
    }
    if (type == TOK_NAME) {
        type = keyword_or_name(s, (int)(e - s));
    }
    const char *ls = type == TOK_STRING ? lx->multi_line_start : lx->line_start;
    tok->type = type;
    tok->start = s;
    tok->len = s != NULL ? (int)(e - s) : 0;
    tok->line = type == TOK_STRING ? lx->first_lineno : lx->lineno;
    tok->end_line = lx->lineno;
    tok->col = s != NULL && s >= ls ? (int)(s - ls) : -1;
    tok->end_col = e != NULL && e >= lx->line_start ? (int)(e - lx->line_start) : -1;
    tok->level = lx->level;
    tok->cur_col = (int)(lx->cur - lx->line_start);
    tok->cur_line = lx->lineno;
    return type;
}

const char *lexer_token_name(TokType t)
{
    static const char *const names[TOK_COUNT] = {
        [TOK_ENDMARKER] = "ENDMARKER", [TOK_NAME] = "NAME", [TOK_NUMBER] = "NUMBER",
        [TOK_STRING] = "STRING", [TOK_NEWLINE] = "NEWLINE", [TOK_INDENT] = "INDENT",
        [TOK_DEDENT] = "DEDENT", [TOK_LPAR] = "'('", [TOK_RPAR] = "')'", [TOK_LSQB] = "'['",
        [TOK_RSQB] = "']'", [TOK_LBRACE] = "'{'", [TOK_RBRACE] = "'}'", [TOK_COLON] = "':'",
        [TOK_COMMA] = "','", [TOK_SEMI] = "';'", [TOK_PLUS] = "'+'", [TOK_MINUS] = "'-'",
        [TOK_STAR] = "'*'", [TOK_SLASH] = "'/'", [TOK_VBAR] = "'|'", [TOK_AMPER] = "'&'",
        [TOK_LESS] = "'<'", [TOK_GREATER] = "'>'", [TOK_EQUAL] = "'='", [TOK_DOT] = "'.'",
        [TOK_PERCENT] = "'%'", [TOK_EQEQUAL] = "'=='", [TOK_NOTEQUAL] = "'!='",
        [TOK_LTGT] = "'<>'", [TOK_LESSEQUAL] = "'<='", [TOK_GREATEREQUAL] = "'>='",
        [TOK_TILDE] = "'~'", [TOK_CIRCUMFLEX] = "'^'", [TOK_LEFTSHIFT] = "'<<'",
        [TOK_RIGHTSHIFT] = "'>>'", [TOK_DOUBLESTAR] = "'**'", [TOK_PLUSEQUAL] = "'+='",
        [TOK_MINEQUAL] = "'-='", [TOK_STAREQUAL] = "'*='", [TOK_SLASHEQUAL] = "'/='",
        [TOK_PERCENTEQUAL] = "'%='", [TOK_AMPEREQUAL] = "'&='", [TOK_VBAREQUAL] = "'|='",
        [TOK_CIRCUMFLEXEQUAL] = "'^='", [TOK_LEFTSHIFTEQUAL] = "'<<='",
        [TOK_RIGHTSHIFTEQUAL] = "'>>='", [TOK_DOUBLESTAREQUAL] = "'**='",
        [TOK_DOUBLESLASH] = "'//'", [TOK_DOUBLESLASHEQUAL] = "'//='", [TOK_AT] = "'@'",
        [TOK_ATEQUAL] = "'@='", [TOK_RARROW] = "'->'", [TOK_ELLIPSIS] = "'...'",
        [TOK_COLONEQUAL] = "':='", [TOK_OP] = "OP", [TOK_ERRORTOKEN] = "ERRORTOKEN",
    };
    if (t < 0 || t >= TOK_COUNT) {
        return "?";
    }
    if (t >= TOK_FALSE) {
        for (size_t i = 0; i < ARRAY_LEN(keywords); i++) {
            if (keywords[i].type == t) {
                return keywords[i].quoted;
            }
        }
        return "?";
    }
    return names[t];
}
