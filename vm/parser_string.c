// SPDX-License-Identifier: MIT
/**
 * @file parser_string.c
 * @brief String literals: escapes, adjacent-literal concatenation, f-strings.
 *
 * As in CPython 3.11, the lexer hands over a string literal as one token and
 * the parser takes it apart here: it strips the prefix and quotes, decodes
 * escapes, joins adjacent literals, and splits f-strings into literal parts
 * and replacement fields whose expressions are parsed by a nested parser on
 * the text "(expr)" (parser_fstring_expr()). Error messages and positions
 * follow CPython's `Parser/string_parser.c`, including its habit of reporting
 * most errors at the token after the strings.
 */
#include "parser_impl.h"

#include <ctype.h>

/** A growing byte buffer in the arena. */
typedef struct Buf {
    char *data; /**< bytes (NUL-terminated when non-empty) */
    size_t len; /**< used */
    size_t cap; /**< allocated */
} Buf;

static void buf_put(Parser *p, Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap != 0 ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *d = arena_alloc(p->arena, cap);
        if (b->len > 0) {
            memcpy(d, b->data, b->len);
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_putc(Parser *p, Buf *b, char c)
{
    buf_put(p, b, &c, 1);
}

/* A code point as UTF-8 (surrogates as three bytes, like Python's surrogatepass). */
static void buf_put_cp(Parser *p, Buf *b, uint32_t c)
{
    char u[4];
    if (c < 0x80) {
        u[0] = (char)c;
        buf_put(p, b, u, 1);
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        buf_put(p, b, u, 2);
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        buf_put(p, b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        buf_put(p, b, u, 4);
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/* ----------------------------------------------------------- escapes */

/* The "unicodeescape" codec on an ASCII buffer; errors as CPython's, raised
 * at the last token read. */
static bool unicode_escape(Parser *p, const char *s, size_t len, Buf *out)
{
    const char *start = s, *end = s + len;
    while (s < end) {
        if (*s != '\\') {
            buf_putc(p, out, *s++);
            continue;
        }
        size_t startpos = (size_t)(s - start);
        s++;
        const char *message;
        if (s >= end) {
            message = "\\ at end of string";
            goto error;
        }
        int c = (unsigned char)*s++;
        int count;
        switch (c) {
        case '\n': continue;
        case '\\': buf_putc(p, out, '\\'); continue;
        case '\'': buf_putc(p, out, '\''); continue;
        case '"': buf_putc(p, out, '"'); continue;
        case 'b': buf_putc(p, out, '\b'); continue;
        case 'f': buf_putc(p, out, '\f'); continue;
        case 't': buf_putc(p, out, '\t'); continue;
        case 'n': buf_putc(p, out, '\n'); continue;
        case 'r': buf_putc(p, out, '\r'); continue;
        case 'v': buf_putc(p, out, '\v'); continue;
        case 'a': buf_putc(p, out, '\a'); continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t x = (uint32_t)(c - '0');
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
                x = x * 8 + (uint32_t)(*s++ - '0');
            }
            buf_put_cp(p, out, x);
            continue;
        }
        case 'x': count = 2; message = "truncated \\xXX escape"; goto hexescape;
        case 'u': count = 4; message = "truncated \\uXXXX escape"; goto hexescape;
        case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; goto hexescape;
        case 'N':
            message = "malformed \\N character escape";
            if (s < end && *s == '{') {
                const char *name = ++s;
                while (s < end && *s != '}') {
                    s++;
                }
                if (s < end && s > name) {
                    s++;
                    message = "\\N{...} escapes are not supported by gilvm";
                }
            }
            goto error;
        default:
            /* an unknown escape stays as it is (CPython only warns) */
            buf_putc(p, out, '\\');
            buf_putc(p, out, (char)c);
            continue;
        }
    hexescape: {
        uint32_t ch = 0;
        for (; count > 0; count--, s++) {
            if (s >= end || hexval((unsigned char)*s) < 0) {
                goto error;
            }
            ch = (ch << 4) | (uint32_t)hexval((unsigned char)*s);
        }
        if (ch > 0x10FFFF) {
            message = "illegal Unicode character";
            goto error;
        }
        buf_put_cp(p, out, ch);
        continue;
    }
    error: {
        size_t endpos = (size_t)(s - start);
        if (endpos - startpos == 1) {
            parser_raise_last(p, SYNTAX_ERROR,
                              "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %zu: %s",
                              (unsigned char)start[startpos], startpos, message);
        } else {
            parser_raise_last(p, SYNTAX_ERROR,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                              startpos, endpos - 1, message);
        }
        return false;
    }
    }
    return true;
}

/* CPython's decode_unicode_with_escapes: non-ASCII characters become \U
 * escapes first (so error positions count them as 10 bytes), then the
 * escapes are decoded. */
static bool decode_unicode(Parser *p, const char *s, size_t len, Buf *out)
{
    Buf tmp = {0};
    const char *end = s + len;
    while (s < end) {
        if (*s == '\\') {
            buf_putc(p, &tmp, *s++);
            if (s >= end || (*s & 0x80)) {
                buf_put(p, &tmp, "u005c", 5);
                if (s >= end) {
                    break;
                }
            }
        }
        if (*s & 0x80) {
            int k;
            uint32_t c = lexer_utf8_decode(s, &k);
            char esc[11];
            snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
            buf_put(p, &tmp, esc, 10);
            s += k;
        } else {
            buf_putc(p, &tmp, *s++);
        }
    }
    return unicode_escape(p, tmp.data != NULL ? tmp.data : "", tmp.len, out);
}

/* CPython's _PyBytes_DecodeEscape. */
static bool decode_bytes(Parser *p, const char *s, size_t len, Buf *out)
{
    const char *start = s, *end = s + len;
    while (s < end) {
        if (*s != '\\') {
            buf_putc(p, out, *s++);
            continue;
        }
        s++;
        if (s >= end) {
            parser_raise_last(p, SYNTAX_ERROR, "(value error) Trailing \\ in string");
            return false;
        }
        int c = (unsigned char)*s++;
        switch (c) {
        case '\n': break;
        case '\\': buf_putc(p, out, '\\'); break;
        case '\'': buf_putc(p, out, '\''); break;
        case '"': buf_putc(p, out, '"'); break;
        case 'b': buf_putc(p, out, '\b'); break;
        case 'f': buf_putc(p, out, '\f'); break;
        case 't': buf_putc(p, out, '\t'); break;
        case 'n': buf_putc(p, out, '\n'); break;
        case 'r': buf_putc(p, out, '\r'); break;
        case 'v': buf_putc(p, out, '\v'); break;
        case 'a': buf_putc(p, out, '\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int x = c - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++) {
                x = x * 8 + (*s++ - '0');
            }
            buf_putc(p, out, (char)x);
            break;
        }
        case 'x':
            if (s + 1 < end && hexval((unsigned char)s[0]) >= 0 && hexval((unsigned char)s[1]) >= 0) {
                buf_putc(p, out, (char)(hexval((unsigned char)s[0]) * 16 + hexval((unsigned char)s[1])));
                s += 2;
                break;
            }
            parser_raise_last(p, SYNTAX_ERROR, "(value error) invalid \\x escape at position %zu",
                              (size_t)(s - 2 - start));
            return false;
        default:
            buf_putc(p, out, '\\');
            buf_putc(p, out, (char)c);
            break;
        }
    }
    return true;
}

/* ----------------------------------------------------------- f-strings */

/** CPython's FstringParser: the literal text not yet turned into a node, and
 *  the parts so far. */
typedef struct FState {
    bool fmode;    /**< an f-string was seen */
    Buf last;      /**< pending literal text */
    PtrVec parts;  /**< Constant and FormattedValue nodes */
} FState;

static void fs_concat(Parser *p, FState *st, const Buf *s)
{
    if (s->len > 0) {
        buf_put(p, &st->last, s->data, s->len);
    }
}

static Expr *str_node(Parser *p, Buf *s, Token *first, Token *last)
{
    Loc l = {first->line, first->col, last->end_line, last->end_col};
    Expr *e = parser_new_expr(p, EXPR_CONST, l);
    e->u.constant.kind = CONST_STR;
    e->u.constant.text = s->data != NULL ? s->data : "";
    e->u.constant.len = s->len;
    memset(s, 0, sizeof *s);
    return e;
}

static Expr *fs_finish(Parser *p, FState *st, Token *first, Token *last)
{
    if (!st->fmode) {
        return str_node(p, &st->last, first, last);
    }
    if (st->last.len > 0) {
        parser_vec_push(p, &st->parts, str_node(p, &st->last, first, last));
    }
    Loc l = {first->line, first->col, last->end_line, last->end_col};
    Expr *e = parser_new_expr(p, EXPR_JOINEDSTR, l);
    e->u.joined.values = parser_vec_exprs(&st->parts);
    return e;
}

/* Where the nested parser's nodes go: CPython's fstring_find_expr_location. */
static void expr_location(const Token *t, const char *brace, int *lines, int *cols)
{
    const char *tstart = t->start, *tend = t->start + t->len;
    bool newline_after_brace = true;
    *lines = *cols = 0;
    for (const char *s = brace + 1; s < tend && *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > tstart && *s != '\n') {
            s--;
        }
        *cols += (int)(brace - s);
        if (*s == '\n') {
            *cols -= 1;
        }
    }
    for (const char *s = tstart; s < brace; s++) {
        if (*s == '\n') {
            (*lines)++;
        }
    }
}

/* fstring_compile_expr: parse the text between '{' and the end of the expression. */
static Expr *compile_expr(Parser *p, const char *expr_start, const char *expr_end, Token *t)
{
    const char *s = expr_start;
    while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) {
        s++;
    }
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
            return parser_raise_last(p, SYNTAX_ERROR, "f-string: expression required before '%c'", *expr_end);
        }
        return parser_raise_last(p, SYNTAX_ERROR, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(expr_end - expr_start);
    char *text = arena_alloc(p->arena, len + 3);
    text[0] = '(';
    memcpy(text + 1, expr_start, len);
    text[len + 1] = ')';
    int lines, cols;
    expr_location(t, expr_start - 1, &lines, &cols);
    /* the token's own column only counts on its first line */
    return parser_fstring_expr(p, text, len + 2, t->line + lines, lines == 0 ? t->col + cols : cols);
}

static bool fstring_concat(Parser *p, FState *st, const char **str, const char *end, bool raw, int lvl,
                           Token *first, Token *t, Token *last);

/* The literal part up to an undoubled brace. Returns -1 on error, 1 when a
 * doubled brace ended it (scanning goes on), else 0. */
static int find_literal(Parser *p, const char **str, const char *end, bool raw, Buf *lit, int lvl)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* skip the braces of \N{name} */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    parser_raise_last(p, SYNTAX_ERROR, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (start != s) {
        if (raw) {
            buf_put(p, lit, start, (size_t)(s - start));
        } else if (!decode_unicode(p, start, (size_t)(s - start), lit)) {
            return -1;
        }
    }
    return result;
}

/* One replacement field, starting at '{'. */
static bool find_expr(Parser *p, const char **str, const char *end, bool raw, int lvl, Buf *expr_text,
                      Expr **expression, Token *first, Token *t, Token *last)
{
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[LEXER_MAX_LEVEL];
    if (lvl >= 2) {
        parser_raise_last(p, SYNTAX_ERROR, "f-string: expressions nested too deeply");
        return false;
    }
    (*str)++;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            parser_raise_last(p, SYNTAX_ERROR, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEXER_MAX_LEVEL) {
                parser_raise_last(p, SYNTAX_ERROR, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            parser_raise_last(p, SYNTAX_ERROR, "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    (*str)++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                parser_raise_last(p, SYNTAX_ERROR, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                parser_raise_last(p, SYNTAX_ERROR,
                                  "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch,
                                  open);
                return false;
            }
        }
    }
    const char *expr_end = *str;
    if (quote) {
        parser_raise_last(p, SYNTAX_ERROR, "f-string: unterminated string");
        return false;
    }
    if (depth > 0) {
        parser_raise_last(p, SYNTAX_ERROR, "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (*str >= end) {
        goto unexpected_end;
    }
    Expr *value = compile_expr(p, expr_start, expr_end, t);
    if (value == NULL) {
        return false;
    }
    bool has_text = false;
    if (**str == '=') {
        (*str)++;
        while (*str < end && isspace((unsigned char)**str)) {
            (*str)++;
        }
        if (*str >= end) {
            goto unexpected_end;
        }
        buf_put(p, expr_text, expr_start, (size_t)(*str - expr_start));
        has_text = true;
    }
    int conversion = 0;
    if (**str == '!') {
        (*str)++;
        if (*str >= end) {
            goto unexpected_end;
        }
        conversion = (unsigned char)**str;
        (*str)++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            parser_raise_last(p, SYNTAX_ERROR, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    Expr *spec = NULL;
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end) {
            goto unexpected_end;
        }
        FState sub;
        memset(&sub, 0, sizeof sub);
        if (!fstring_concat(p, &sub, str, end, raw, lvl + 1, first, t, last)) {
            return false;
        }
        spec = fs_finish(p, &sub, t, t);
    }
    if (*str >= end || **str != '}') {
        goto unexpected_end;
    }
    (*str)++;
    if (has_text && spec == NULL && conversion == 0) {
        conversion = 'r';
    }
    Loc l = {first->line, first->col, last->end_line, last->end_col};
    Expr *e = parser_new_expr(p, EXPR_FORMATTED, l);
    e->u.formatted.value = value;
    e->u.formatted.conversion = conversion;
    e->u.formatted.format_spec = spec;
    *expression = e;
    return true;

unexpected_end:
    parser_raise_last(p, SYNTAX_ERROR, "f-string: expecting '}'");
    return false;
}

/* _PyPegen_FstringParser_ConcatFstring */
static bool fstring_concat(Parser *p, FState *st, const char **str, const char *end, bool raw, int lvl,
                           Token *first, Token *t, Token *last)
{
    st->fmode = true;
    for (;;) {
        Buf lit = {0}, text = {0};
        Expr *expression = NULL;
        int r = find_literal(p, str, end, raw, &lit, lvl);
        if (r < 0) {
            return false;
        }
        fs_concat(p, st, &lit);
        if (r == 1) {
            continue;
        }
        if (*str >= end || **str == '}') {
            break;
        }
        if (!find_expr(p, str, end, raw, lvl, &text, &expression, first, t, last)) {
            return false;
        }
        fs_concat(p, st, &text);
        if (st->last.len > 0) {
            parser_vec_push(p, &st->parts, str_node(p, &st->last, first, last));
        }
        parser_vec_push(p, &st->parts, expression);
    }
    if (lvl == 0 && *str < end - 1) {
        parser_raise_last(p, SYNTAX_ERROR, "f-string: unexpected end of string");
        return false;
    }
    if (lvl != 0 && (*str >= end || **str != '}')) {
        parser_raise_last(p, SYNTAX_ERROR, "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* ------------------------------------------------------- concatenation */

Expr *parser_string_concat(Parser *p)
{
    int i0 = p->mark;
    while (at(p, TOK_STRING)) {
        advance(p);
    }
    int i1 = p->mark;
    Token *first = p->toks[i0], *last = p->toks[i1 - 1];
    bool bytesmode = false;
    FState st;
    memset(&st, 0, sizeof st);
    Buf bytes = {0};

    for (int i = i0; i < i1; i++) {
        Token *t = p->toks[i];
        const char *s = t->start;
        bool this_bytes = false, raw = false, fmode = false;
        for (;; s++) {
            if (*s == 'b' || *s == 'B') {
                this_bytes = true;
            } else if (*s == 'r' || *s == 'R') {
                raw = true;
            } else if (*s == 'f' || *s == 'F') {
                fmode = true;
            } else if (*s != 'u' && *s != 'U') {
                break;
            }
        }
        char quote = *s++;
        size_t len = (size_t)(t->start + t->len - s) - 1;
        if (len >= 4 && s[0] == quote && s[1] == quote) {
            s += 2;
            len -= 4;
        }
        Buf decoded = {0};
        if (!fmode) {
            if (this_bytes) {
                for (const char *c = s; c < t->start + t->len; c++) {
                    if ((unsigned char)*c >= 0x80) {
                        return parser_raise_loc(p, tok_loc(t), "bytes can only contain ASCII literal characters");
                    }
                }
            }
            bool plain = raw || memchr(s, '\\', len) == NULL;
            if (plain) {
                buf_put(p, &decoded, s, len);
            } else if (this_bytes ? !decode_bytes(p, s, len, &decoded) : !decode_unicode(p, s, len, &decoded)) {
                return NULL;
            }
        }
        if (i != i0 && bytesmode != this_bytes) {
            return parser_raise_last(p, SYNTAX_ERROR, "cannot mix bytes and nonbytes literals");
        }
        bytesmode = this_bytes;
        if (fmode) {
            const char *fs = s;
            if (!fstring_concat(p, &st, &fs, s + len, raw, 0, first, t, last)) {
                return NULL;
            }
        } else if (bytesmode) {
            if (decoded.len > 0) {
                buf_put(p, &bytes, decoded.data, decoded.len);
            }
        } else {
            fs_concat(p, &st, &decoded);
        }
    }
    if (bytesmode) {
        Expr *e = str_node(p, &bytes, first, last);
        e->u.constant.kind = CONST_BYTES;
        return e;
    }
    return fs_finish(p, &st, first, last);
}
