// SPDX-License-Identifier: MIT
/**
 * @file parser.c
 * @brief The parser's driver (parser_parse(): the two passes, CPython's
 *        choice of the reported error), the token array, and the error
 *        machinery shared by the other vm/parser*.c files.
 *
 * See parser_impl.h for the two-pass scheme that reproduces CPython's choice
 * of error message.
 */
#include "parser_impl.h"

#include <limits.h>

/* ------------------------------------------------------------- tokens */

static void tokenizer_error(Parser *p);

/** Tokens are allocated in chunks so that pointers to them stay valid. */
typedef struct TokenChunk {
    struct TokenChunk *next; /**< the chunk filled before */
    Token toks[256];         /**< storage */
} TokenChunk;

static void *xrealloc(void *ptr, size_t size)
{
    void *r = realloc(ptr, size);
    if (r == NULL) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    return r;
}

void parser_fill(Parser *p)
{
    if (p->ntoks == p->cap) {
        p->cap = p->cap != 0 ? p->cap * 2 : 256;
        p->toks = xrealloc(p->toks, (size_t)p->cap * sizeof *p->toks);
    }
    if (p->chunks == NULL || p->chunk_used == (int)ARRAY_LEN(p->chunks->toks)) {
        TokenChunk *c = xrealloc(NULL, sizeof *c);
        c->next = p->chunks;
        p->chunks = c;
        p->chunk_used = 0;
    }
    Token *t = &p->chunks->toks[p->chunk_used++];
    p->toks[p->ntoks] = t;
    TokType type = lexer_next(&p->lx, t);
    if (p->fstring && p->lx.lineno == p->fs_line) {
        t->col += p->fs_col;
        t->end_col += p->fs_col;
    }
    p->ntoks++;
    if (type == TOK_ERRORTOKEN) {
        tokenizer_error(p);
    }
}

void parser_free_tokens(Parser *p)
{
    for (int r = 0; r < MEMO_COUNT; r++) {
        free(p->memo[r]);
        p->memo[r] = NULL;
    }
    p->memo_cap = 0;
    free(p->memo_log);
    p->memo_log = NULL;
    p->memo_log_len = p->memo_log_cap = 0;
    while (p->chunks != NULL) {
        TokenChunk *next = p->chunks->next;
        free(p->chunks);
        p->chunks = next;
    }
    free(p->toks);
    p->toks = NULL;
}

static bool is_whitespace_token(TokType t)
{
    return t == TOK_NEWLINE || t == TOK_INDENT || t == TOK_DEDENT || t == TOK_ENDMARKER;
}

Token *parser_last_token(Parser *p)
{
    for (int m = p->mark - 1; m >= 0; m--) {
        if (!is_whitespace_token(p->toks[m]->type)) {
            return p->toks[m];
        }
    }
    return p->toks[0];
}

Loc parser_loc_from(Parser *p, const Token *start)
{
    Token *last = parser_last_token(p);
    Loc l = {start->line, start->col, last->end_line, last->end_col};
    return l;
}

/* ------------------------------------------------------------- errors */

/* The text of line `line` of the parser's source, '\n' included. */
static const char *line_text(Parser *p, int line, int *len)
{
    const char *s = p->lx.buf, *end = p->lx.end;
    int first = p->fstring ? p->fs_line : 1;
    for (int l = first; l < line && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl != NULL ? nl + 1 : end;
    }
    if (line < first || s >= end) {
        *len = 0;
        return "";
    }
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    *len = nl != NULL ? (int)(nl + 1 - s) : (int)(end - s);
    return s;
}

/* CPython's byte_offset_to_character_offset: the characters in the first
 * `col` bytes of the line (a 1-based byte offset becomes a 1-based character
 * offset), clamped just past the end of the line. */
static int to_chars(const char *text, int len, int col)
{
    if (col <= 0) {
        return col;
    }
    if (col > len + 1) {
        col = len + 1;
    }
    int n = lexer_utf8_chars(text, col < len ? col : len);
    return col > len ? n + 1 : n;
}

static void *raise_v(Parser *p, SyntaxErrKind kind, int line, int col, int end_line, int end_col,
                     const char *fmt, va_list ap)
{
    if (p->error == PERR_RAISED) {
        return NULL;
    }
    p->error = PERR_RAISED;
    SyntaxErr *e = p->err;
    memset(e, 0, sizeof *e);
    size_t off = 0;
    if (p->fstring) {
        memcpy(e->msg, "f-string: ", 10);
        off = 10;
        col -= p->fs_col;
        end_col -= p->fs_col;
    }
    vsnprintf(e->msg + off, sizeof e->msg - off, fmt, ap);
    int len;
    const char *text = line_text(p, line, &len);
    e->kind = kind;
    e->line = line;
    /* CPython turns the byte offsets into character offsets only when its
     * tokenizer knows the encoding: for source given as text (REPL, eval), not
     * for a file (PARSE_FILE) nor in an f-string expression. */
    bool bytes = p->fstring || p->mode == PARSE_FILE;
    e->col = bytes ? col : to_chars(text, len, col);
    e->end_line = end_line;
    e->end_col = bytes || end_col <= 0 ? end_col : to_chars(text, len, end_col);
    if (p->fstring) {
        int n = len > 0 && text[len - 1] == '\n' ? len - 1 : len;
        if (n >= (int)sizeof e->text) {
            n = (int)sizeof e->text - 1;
        }
        memcpy(e->text, text, (size_t)n);
        e->text[n] = '\0';
    }
    return NULL;
}

void *parser_raise(Parser *p, SyntaxErrKind kind, int line, int col, int end_line, int end_col,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_loc(Parser *p, Loc a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SYNTAX_ERROR, a.line, a.col + 1, a.end_line, a.end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SYNTAX_ERROR, a.line, a.col + 1, b.end_line, b.end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Position of the last token read, as CPython's _PyPegen_raise_error. */
static void last_token_pos(Parser *p, int *line, int *col, int *end_line, int *end_col)
{
    if (p->ntoks == 0) {
        *line = *col = *end_line = 0;
        *end_col = -1;
        return;
    }
    Token *t = p->toks[p->ntoks - 1];
    if (t->col == -1) {
        bool file_eof = p->mode == PARSE_FILE && !p->fstring && p->lx.eof_at_bol;
        *col = file_eof || p->lx.cur == p->lx.line_start ? 0 : (int)(p->lx.cur - p->lx.line_start);
    } else {
        *col = t->col + 1;
    }
    *end_col = t->end_col != -1 ? t->end_col + 1 : -1;
    *line = t->line;
    *end_line = t->end_line;
}

void *parser_raise_last(Parser *p, SyntaxErrKind kind, const char *fmt, ...)
{
    int line, col, end_line, end_col;
    last_token_pos(p, &line, &col, &end_line, &end_col);
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, kind, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_raise_starting_from(Parser *p, Loc a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_v(p, SYNTAX_ERROR, a.line, a.col + 1, p->lx.lineno, (int)(p->lx.cur - p->lx.line_start),
            fmt, ap);
    va_end(ap);
    return NULL;
}

void *parser_fail(Parser *p)
{
    if (p->error == PERR_NONE) {
        p->error = PERR_GENERIC;
    }
    return NULL;
}

bool parser_enter(Parser *p)
{
    if (++p->depth > PARSER_MAX_DEPTH) {
        parser_raise_last(p, SYNTAX_ERROR, "Parser stack overflowed - Python source too complex to parse");
        return false;
    }
    return true;
}

static void unclosed_paren(Parser *p)
{
    Lexer *lx = &p->lx;
    int i = lx->level - 1;
    parser_raise(p, SYNTAX_ERROR, lx->parenline[i], lx->parencol[i] + 1, lx->parenline[i], 0,
                 "'%c' was never closed", lx->parenstack[i]);
}

/* Copy the lexer's hard error (with the f-string sub-source as its text). */
static void take_lexer_error(Parser *p)
{
    *p->err = p->lx.err;
    p->error = PERR_RAISED;
    if (p->fstring) {
        int len;
        const char *text = line_text(p, p->lx.err.line, &len);
        int n = len > 0 && text[len - 1] == '\n' ? len - 1 : len;
        if (n >= (int)sizeof p->err->text) {
            n = (int)sizeof p->err->text - 1;
        }
        memcpy(p->err->text, text, (size_t)n);
        p->err->text[n] = '\0';
    }
}

/* A token the lexer could not read: CPython's _Pypegen_tokenizer_error. */
static void tokenizer_error(Parser *p)
{
    Lexer *lx = &p->lx;
    if (p->error == PERR_RAISED) {
        return;
    }
    p->error = PERR_NONE;
    switch (lx->status) {
    case LEX_ERROR:
        take_lexer_error(p);
        break;
    case LEX_EOF:
        if (lx->level > 0) {
            unclosed_paren(p);
        } else {
            parser_raise_last(p, SYNTAX_ERROR, "unexpected EOF while parsing");
        }
        break;
    case LEX_DEDENT:
        parser_raise_last(p, INDENTATION_ERROR, "unindent does not match any outer indentation level");
        break;
    case LEX_TABSPACE:
        parser_raise(p, TAB_ERROR, lx->lineno, 1, lx->lineno, 0,
                     "inconsistent use of tabs and spaces in indentation");
        break;
    case LEX_TOODEEP:
        parser_raise(p, INDENTATION_ERROR, lx->lineno, 1, lx->lineno, 0, "too many levels of indentation");
        break;
    case LEX_LINECONT:
        parser_raise(p, SYNTAX_ERROR, lx->lineno, (int)(lx->cur - lx->line_start - 1) + 1, lx->lineno, 0,
                     "unexpected character after line continuation character");
        break;
    case LEX_OK:
        parser_raise_last(p, SYNTAX_ERROR, "invalid token");
        break;
    }
    p->lexer_error = true;
}

/* ------------------------------------------------------- node helpers */

Expr *parser_new_expr(Parser *p, ExprKind k, Loc loc)
{
    Expr *e = arena_alloc(p->arena, sizeof *e);
    e->kind = k;
    e->loc = loc;
    return e;
}

Stmt *parser_new_stmt(Parser *p, StmtKind k, Loc loc)
{
    Stmt *s = arena_alloc(p->arena, sizeof *s);
    s->kind = k;
    s->loc = loc;
    return s;
}

const char *parser_tok_str(Parser *p, const Token *t)
{
    return arena_strndup(p->arena, t->start, (size_t)t->len);
}

void parser_vec_push(Parser *p, PtrVec *v, void *x)
{
    if (v->len == v->cap) {
        int cap = v->cap != 0 ? v->cap * 2 : 4;
        void **items = arena_alloc(p->arena, (size_t)cap * sizeof *items);
        if (v->len > 0) {
            memcpy(items, v->items, (size_t)v->len * sizeof *items);
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = x;
}

ExprList parser_vec_exprs(PtrVec *v)
{
    ExprList l = {(Expr **)v->items, v->len};
    return l;
}

/* ------------------------------------------------------------- driver */

/* After a parser error, read the rest of the source: a tokenizer error further
 * down, or a bracket left open above the error, is what CPython reports. */
static void tokenize_rest(Parser *p)
{
    if (p->mode == PARSE_SINGLE || p->lexer_error) {
        return;
    }
    int err_line = p->ntoks > 0 ? p->toks[p->ntoks - 1]->line : 0;
    for (;;) {
        Token t;
        TokType type = lexer_next(&p->lx, &t);
        if (type == TOK_ERRORTOKEN) {
            if (p->lx.status == LEX_ERROR) {
                take_lexer_error(p);
                return;
            }
            if (p->lx.level > 0 && err_line > p->lx.parenline[p->lx.level - 1]) {
                p->error = PERR_NONE;
                unclosed_paren(p);
            }
            return;
        }
        if (type == TOK_ENDMARKER) {
            return;
        }
    }
}

/* CPython's _PyPegen_set_syntax_error, after the second pass. */
static void set_syntax_error(Parser *p, int last)
{
    if (p->error == PERR_RAISED) {
        if (!p->lexer_error) {
            tokenize_rest(p);
        }
        return;
    }
    p->error = PERR_NONE;
    if (p->ntoks == 0) {
        parser_raise(p, SYNTAX_ERROR, 0, 0, 0, -1, "error at start before reading any input");
        return;
    }
    Token *lt = p->toks[last];
    if (lt->type == TOK_INDENT || lt->type == TOK_DEDENT) {
        parser_raise_last(p, INDENTATION_ERROR, lt->type == TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        return;
    }
    parser_raise_loc(p, tok_loc(lt), "invalid syntax");
    tokenize_rest(p);
}

/* Whether anything but blanks and comments follows the cursor. */
static bool more_after_single(Parser *p)
{
    const char *s = p->lx.cur, *end = p->lx.end;
    while (s < end) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f') {
            s++;
        } else if (*s == '#') {
            while (s < end && *s != '\n') {
                s++;
            }
        } else {
            return true;
        }
    }
    return false;
}

/* Both passes over an initialised parser; NULL with p->err filled on error. */
static AstModule *run_passes(Parser *p)
{
    AstModule *m = parser_stmt_run(p);
    if (m == NULL) {
        bool incomplete = p->mode == PARSE_SINGLE && p->lx.status == LEX_EOF;
        if (p->error == PERR_GENERIC || (p->error == PERR_NONE)) {
            int last = p->ntoks - 1;
            p->mark = 0;
            p->error = PERR_NONE;
            p->call_invalid = true;
            p->depth = 0;
            AstModule *again = parser_stmt_run(p);
            (void)again;
            set_syntax_error(p, last);
        } else if (!p->lexer_error) {
            tokenize_rest(p);
        }
        if (p->mode == PARSE_SINGLE && strncmp(p->err->msg, "unterminated triple-quoted", 26) == 0) {
            incomplete = true;
        }
        p->err->incomplete = incomplete;
        return NULL;
    }
    if (p->mode == PARSE_SINGLE && more_after_single(p)) {
        parser_raise_last(p, SYNTAX_ERROR, "multiple statements found while compiling a single statement");
        return NULL;
    }
    return m;
}

AstModule *parser_parse(Arena *arena, const char *src, size_t len, ParseMode mode, SyntaxErr *err)
{
    Parser p;
    memset(&p, 0, sizeof p);
    memset(err, 0, sizeof *err);
    p.arena = arena;
    p.mode = mode;
    p.err = err;
    if (!lexer_init(&p.lx, arena, src, len, mode == PARSE_SINGLE, mode != PARSE_EVAL)) {
        *err = p.lx.err;
        return NULL;
    }
    AstModule *m = run_passes(&p);
    if (m != NULL) {
        parser_check_module(&p, m);
        if (p.symtable_err.set) {
            *err = p.symtable_err.err;
            m = NULL;
        } else if (p.compile_err.set) {
            *err = p.compile_err.err;
            m = NULL;
        }
    }
    parser_free_tokens(&p);
    return m;
}

Expr *parser_fstring_expr(Parser *parent, const char *text, size_t len, int line, int col)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = parent->arena;
    p.mode = PARSE_EVAL;
    p.err = parent->err;
    p.fstring = true;
    p.fs_line = line;
    p.fs_col = col;
    p.depth = parent->depth;
    Expr *e = NULL;
    if (lexer_init(&p.lx, parent->arena, text, len, false, true)) {
        p.lx.lineno = line - 1;
        /* fstring: star_expressions */
        e = parser_expr_star_expressions(&p);
        if (e == NULL) {
            int last = p.ntoks - 1;
            if (p.error != PERR_RAISED) {
                p.mark = 0;
                p.error = PERR_NONE;
                p.call_invalid = true;
                p.depth = parent->depth;
                parser_expr_star_expressions(&p);
                set_syntax_error(&p, last);
            } else if (!p.lexer_error) {
                tokenize_rest(&p);
            }
        }
    } else {
        *parent->err = p.lx.err;
    }
    parser_free_tokens(&p);
    if (e == NULL) {
        parent->error = PERR_RAISED;
    }
    return e;
}

void parser_error_at(SyntaxErr *err, SyntaxErrKind kind, Loc loc, const char *fmt, ...)
{
    memset(err, 0, sizeof *err);
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->line = loc.line;
    err->col = loc.col + 1;
    err->end_line = loc.end_line;
    err->end_col = loc.end_col + 1;
}
