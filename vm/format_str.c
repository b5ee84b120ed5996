// SPDX-License-Identifier: MIT
/**
 * @file format_str.c
 * @brief str.format(), str.format_map() and printf-style `str % args`, as CPython 3.11.
 *
 * ## str.format
 *
 * The format string is literal text with replacement fields
 * `{name!conversion:spec}`; `{{` and `}}` stand for single braces. A field
 * name starts with a number (a positional argument), nothing (the next
 * positional argument: automatic numbering; mixing it with numbers is an
 * error) or a name (a keyword argument, or a key of format_map's mapping),
 * followed by any number of `.attr` and `[index]` parts (an index of digits
 * is an int, anything else a str: `{0[-1]}` looks up the str "-1"). The
 * spec may itself hold fields (`{:{w}.{p}f}`), expanded first, at most two
 * levels deep. Each field is then formatted with format_value(), as the
 * builtin format() does.
 *
 * All the syntax is ASCII, so the scanner walks the UTF-8 bytes directly; a
 * non-ASCII byte is never taken for a brace.
 *
 * ## printf-style
 *
 * `fmt % args` follows CPython's PyUnicode_Format state machine exactly,
 * because its corner cases are visible: a tuple gives one argument per
 * conversion; any other value is a single argument, except that a mapping
 * (anything with `__getitem__` that is neither a tuple nor a str, so a list
 * too) also serves `%(key)s` and is never "not all converted"
 * (`'x' % []` is `'x'`). The argument is fetched *before* the conversion
 * character is checked, so `'%y' % ()` is "not enough arguments".
 */
#include "format.h"

#include <limits.h>

#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

/** Longest padding or precision a conversion may ask for (as format.c). */
#define MAX_OUTPUT ((int64_t)1 << 28)

/* ==== str.format ==== */

/** The arguments of one str.format or format_map call, and its numbering state. */
typedef struct Fields {
    const Value *args; /**< positional arguments */
    size_t nargs;      /**< how many */
    bool positional;   /**< false for format_map: numbered fields are an error */
    Value kwargs;      /**< keyword arguments or the mapping, or VNULL */
    int numbering;     /**< 0 not decided yet, 1 automatic, 2 manual */
    int64_t next;      /**< the next automatic number */
} Fields;

/* A run of digits as a number: -1 if empty or not all digits, -2 with ValueError on overflow. */
static int64_t field_integer(const char *s, size_t n)
{
    if (n == 0)
        return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < n;) {
        size_t k;
        int d = format_digit_value(str_decode_utf8(s + i, &k));
        i += k;
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            exc_raise(&exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* The object a field name (s, n) designates: a new reference, or VNULL. */
static Value field_object(const char *s, size_t n, Fields *fa)
{
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[')
        i++;
    int64_t index = field_integer(s, i);
    if (index == -2)
        return VNULL;
    bool empty = i == 0;
    if (empty || index >= 0) {
        if (fa->numbering == 0)
            fa->numbering = empty ? 1 : 2;
        if (fa->numbering == 2 && empty)
            return exc_raise(&exc_ValueError, "cannot switch from manual field specification to "
                                              "automatic field numbering");
        if (fa->numbering == 1 && !empty)
            return exc_raise(&exc_ValueError, "cannot switch from automatic field numbering to "
                                              "manual field specification");
        if (empty)
            index = fa->next++;
    }

    Value obj;
    if (index < 0) {
        Value key = str_new(s, i);
        if (key == VNULL)
            return VNULL;
        if (fa->kwargs == VNULL) {
            exc_raise_arg(&exc_KeyError, key);
            decref(key);
            return VNULL;
        }
        obj = obj_getitem(fa->kwargs, key);
        decref(key);
    } else {
        if (!fa->positional)
            return exc_raise(&exc_ValueError, "Format string contains positional fields");
        if ((uint64_t)index >= fa->nargs)
            return exc_raise(&exc_IndexError,
                             "Replacement index %lld out of range for positional args tuple",
                             (long long)index);
        obj = newref(fa->args[index]);
    }

    while (obj != VNULL && i < n) {
        char c = s[i++];
        size_t start = i, end;
        bool attr = c == '.';
        if (attr) {
            while (i < n && s[i] != '.' && s[i] != '[')
                i++;
            end = i;
        } else if (c == '[') {
            while (i < n && s[i] != ']')
                i++;
            if (i == n) {
                decref(obj);
                return exc_raise(&exc_ValueError, "Missing ']' in format string");
            }
            end = i++;
        } else {
            decref(obj);
            return exc_raise(&exc_ValueError,
                             "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (end == start) {
            decref(obj);
            return exc_raise(&exc_ValueError, "Empty attribute in format string");
        }
        Value next;
        if (attr) {
            Value name = str_new(s + start, end - start);
            name = name == VNULL ? VNULL : str_intern(name);
            next = name == VNULL ? VNULL : obj_getattr(obj, name);
        } else {
            int64_t k = field_integer(s + start, end - start);
            if (k == -2) {
                next = VNULL;
            } else {
                Value key = k >= 0 ? int_from_i64(k) : str_new(s + start, end - start);
                next = key == VNULL ? VNULL : obj_getitem(obj, key);
                xdecref(key);
            }
        }
        decref(obj);
        obj = next;
    }
    return obj;
}

static Value convert(Value v, uint32_t conversion)
{
    switch (conversion) {
    case 'r': return obj_repr(v);
    case 's': return obj_str(v);
    case 'a': return format_ascii(v);
    default: break;
    }
    if (conversion > 32 && conversion < 127)
        return exc_raise(&exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
    return exc_raise(&exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
}

static int build(StrBuf *out, const char *s, size_t n, Fields *fa, int depth);

/* One replacement field: name, conversion (0 if none) and spec, already split. 0 or -1. */
static int render_field(StrBuf *out, const char *name, size_t nname, uint32_t conversion,
                        const char *spec, size_t nspec, bool expand, Fields *fa, int depth)
{
    Value obj = field_object(name, nname, fa);
    if (obj == VNULL)
        return -1;
    if (conversion != 0) {
        Value c = convert(obj, conversion);
        decref(obj);
        if (c == VNULL)
            return -1;
        obj = c;
    }
    Value fspec = VNULL;
    if (expand) {
        StrBuf sb;
        strbuf_init(&sb);
        if (build(&sb, spec, nspec, fa, depth - 1) < 0) {
            strbuf_free(&sb);
            decref(obj);
            return -1;
        }
        fspec = strbuf_finish(&sb);
    } else if (nspec > 0) {
        fspec = str_new(spec, nspec);
    }
    if ((expand || nspec > 0) && fspec == VNULL) {
        decref(obj);
        return -1;
    }
    Value r = format_value(obj, fspec);
    decref(obj);
    xdecref(fspec);
    if (r == VNULL)
        return -1;
    strbuf_append_str(out, r);
    decref(r);
    return 0;
}

/* Expand the format string (s, n) into out. 0 or -1. */
static int build(StrBuf *out, const char *s, size_t n, Fields *fa, int depth)
{
    if (depth <= 0) {
        exc_raise(&exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    size_t pos = 0;
    while (pos < n) {
        size_t start = pos;
        char c = 0;
        bool markup = false;
        while (pos < n) {
            c = s[pos++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        size_t len = pos - start;
        if (markup) {
            bool at_end = pos >= n;
            if (c == '}' && (at_end || s[pos] != '}')) {
                exc_raise(&exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            if (at_end) {
                exc_raise(&exc_ValueError, "Single '{' encountered in format string");
                return -1;
            }
            if (s[pos] == c) {
                pos++; /* an escaped brace: the literal keeps one */
                markup = false;
            } else {
                len--;
            }
        }
        strbuf_append(out, s + start, len);
        if (!markup)
            continue;

        /* The field: name up to '!', ':' or '}' ('[...]' may hold any of them). */
        size_t name = pos;
        c = 0;
        while (pos < n) {
            c = s[pos++];
            if (c == '{') {
                exc_raise(&exc_ValueError, "unexpected '{' in field name");
                return -1;
            }
            if (c == '[') {
                while (pos < n && s[pos] != ']')
                    pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!')
                break;
        }
        size_t nname = pos - 1 - name;
        uint32_t conversion = 0;
        size_t spec = pos, nspec = 0;
        bool expand = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (pos >= n) {
                    exc_raise(&exc_ValueError,
                              "end of string while looking for conversion specifier");
                    return -1;
                }
                size_t k;
                conversion = str_decode_utf8(s + pos, &k);
                pos += k;
                if (pos < n) {
                    char d = s[pos++];
                    if (d == '}') {
                        done = true;
                    } else if (d != ':') {
                        exc_raise(&exc_ValueError, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (!done) {
                spec = pos;
                int count = 1;
                while (pos < n) {
                    c = s[pos++];
                    if (c == '{') {
                        expand = true;
                        count++;
                    } else if (c == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0) {
                    exc_raise(&exc_ValueError, "unmatched '{' in format spec");
                    return -1;
                }
                nspec = pos - 1 - spec;
            }
        } else if (c != '}') {
            exc_raise(&exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (render_field(out, s + name, nname, conversion, s + spec, nspec, expand, fa, depth) < 0)
            return -1;
    }
    return 0;
}

static Value do_format(Value fmt, Fields *fa)
{
    StrBuf b;
    strbuf_init(&b);
    if (build(&b, STR_DATA(fmt), STR_NBYTES(fmt), fa, 2) < 0) {
        strbuf_free(&b);
        return VNULL;
    }
    return strbuf_finish(&b);
}

Value format_str_format(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Fields fa = {.args = args, .nargs = nargs, .positional = true};
    size_t nkw = kwnames == VNULL ? 0 : TUPLE_SIZE(kwnames);
    if (nkw > 0) {
        fa.kwargs = dict_new();
        if (fa.kwargs == VNULL)
            return VNULL;
        for (size_t i = 0; i < nkw; i++) {
            if (dict_set(fa.kwargs, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) {
                decref(fa.kwargs);
                return VNULL;
            }
        }
    }
    Value r = do_format(self, &fa);
    xdecref(fa.kwargs);
    return r;
}

Value format_str_format_map(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Fields fa = {.positional = false, .kwargs = args[0]};
    return do_format(self, &fa);
}

/* ==== printf-style formatting ==== */

/** Flags of one conversion. */
enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/** The state of one `fmt % args`, as CPython's unicode_formatter_t. */
typedef struct Pct {
    const char *s; /**< the format string (UTF-8) */
    size_t n;      /**< its length in bytes */
    size_t pos;    /**< byte position of the next character */
    bool out;      /**< a read ran past the end (CPython's fmtcnt < 0) */
    Value args;    /**< the current arguments: borrowed, or owned after a %(key) */
    bool owned;    /**< args is a reference of ours */
    int64_t arglen; /**< tuple length, or -1 for a single value */
    int64_t argidx; /**< next tuple index; -2 / -1 for a single value not yet / already used */
    Value dict;    /**< the right operand if it is a mapping, else VNULL */
    StrBuf buf;    /**< the result */
} Pct;

/** One conversion being parsed: `%[(key)][flags][width][.precision][hlL]ch`. */
typedef struct PctArg {
    uint32_t ch;   /**< current (finally the conversion) character */
    int flags;     /**< F_* bits */
    int64_t width; /**< -1 if none */
    int64_t prec;  /**< -1 if none */
    bool sign;     /**< numeric conversion: the sign and '0' flag apply */
} PctArg;

/* Read the next character into *ch; false (and ctx->out) at the end. */
static bool pct_next(Pct *ctx, uint32_t *ch)
{
    if (ctx->pos >= ctx->n) {
        ctx->out = true;
        return false;
    }
    size_t k;
    *ch = str_decode_utf8(ctx->s + ctx->pos, &k);
    ctx->pos += k;
    return true;
}

static Value pct_getnextarg(Pct *ctx)
{
    int64_t i = ctx->argidx;
    if (i < ctx->arglen) {
        ctx->argidx++;
        return ctx->arglen < 0 ? ctx->args : TUPLE_ITEMS(ctx->args)[i];
    }
    return exc_raise(&exc_TypeError, "not enough arguments for format string");
}

/* A '*' width or precision argument. 0 or -1. */
static int star_arg(Pct *ctx, int64_t *out, bool is_prec)
{
    Value v = pct_getnextarg(ctx);
    if (v == VNULL)
        return -1;
    if (!int_check(v)) {
        exc_raise(&exc_TypeError, "* wants int");
        return -1;
    }
    int64_t x;
    if (int_as_i64(v, &x) < 0 || (is_prec && (x > INT_MAX || x < INT_MIN))) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C %s",
                  is_prec ? "int" : "ssize_t");
        return -1;
    }
    *out = x;
    return 0;
}

static int pct_parse(Pct *ctx, PctArg *a)
{
    if (a->ch == '(') {
        if (ctx->dict == VNULL) {
            exc_raise(&exc_TypeError, "format requires a mapping");
            return -1;
        }
        ctx->pos++; /* the '(' */
        size_t keystart = ctx->pos;
        int depth = 1;
        while (depth > 0 && pct_next(ctx, &a->ch)) {
            if (a->ch == ')')
                depth--;
            else if (a->ch == '(')
                depth++;
        }
        if (ctx->out || depth > 0) {
            exc_raise(&exc_ValueError, "incomplete format key");
            return -1;
        }
        Value key = str_new(ctx->s + keystart, ctx->pos - 1 - keystart);
        if (key == VNULL)
            return -1;
        Value v = obj_getitem(ctx->dict, key);
        decref(key);
        if (v == VNULL)
            return -1;
        if (ctx->owned)
            decref(ctx->args);
        ctx->args = v;
        ctx->owned = true;
        ctx->arglen = -1;
        ctx->argidx = -2;
    }
    while (pct_next(ctx, &a->ch)) {
        int f = a->ch == '-' ? F_LJUST : a->ch == '+' ? F_SIGN : a->ch == ' ' ? F_BLANK
              : a->ch == '#' ? F_ALT : a->ch == '0' ? F_ZERO : 0;
        if (f == 0)
            break;
        a->flags |= f;
    }
    if (a->ch == '*') {
        if (star_arg(ctx, &a->width, false) < 0)
            return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        pct_next(ctx, &a->ch);
    } else if (a->ch >= '0' && a->ch <= '9') {
        a->width = a->ch - '0';
        while (pct_next(ctx, &a->ch)) {
            if (a->ch < '0' || a->ch > '9')
                break;
            int d = (int)(a->ch - '0');
            if (a->width > (INT64_MAX - d) / 10) {
                exc_raise(&exc_ValueError, "width too big");
                return -1;
            }
            a->width = a->width * 10 + d;
        }
    }
    if (a->ch == '.') {
        a->prec = 0;
        pct_next(ctx, &a->ch);
        if (a->ch == '*') {
            if (star_arg(ctx, &a->prec, true) < 0)
                return -1;
            if (a->prec < 0)
                a->prec = 0;
            pct_next(ctx, &a->ch);
        } else if (a->ch >= '0' && a->ch <= '9') {
            a->prec = a->ch - '0';
            while (pct_next(ctx, &a->ch)) {
                if (a->ch < '0' || a->ch > '9')
                    break;
                int d = (int)(a->ch - '0');
                if (a->prec > (INT_MAX - d) / 10) {
                    exc_raise(&exc_ValueError, "precision too big");
                    return -1;
                }
                a->prec = a->prec * 10 + d;
            }
        }
    }
    if (!ctx->out && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L'))
        pct_next(ctx, &a->ch);
    if (ctx->out) {
        exc_raise(&exc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* PyNumber_Check: an int, a float, or anything convertible to one. */
static bool is_number(Value v)
{
    Type *t = TYPE_OF(v);
    return int_check(v) || t->to_int != NULL || t->to_index != NULL || t->to_float != NULL;
}

/* %d %i %u %o %x %X: the digits with sign, prefix (if '#') and precision zeros. */
static Value pct_int(Value v, const PctArg *a)
{
    char type = (char)a->ch;
    bool hexoct = type == 'o' || type == 'x' || type == 'X';
    Value iobj;
    if (!is_number(v))
        goto wrongtype;
    if (int_check(v)) {
        iobj = newref(v);
    } else {
        Type *t = TYPE_OF(v);
        if (hexoct)
            iobj = obj_index(v);
        else if (t->to_int != NULL)
            iobj = t->to_int(v);
        else if (t->to_index != NULL)
            iobj = t->to_index(v);
        else
            goto wrongtype;
        if (iobj == VNULL) {
            if (exc_matches(&exc_TypeError)) {
                exc_clear();
                goto wrongtype;
            }
            return VNULL;
        }
    }
    if (a->prec > INT_MAX - 3) {
        decref(iobj);
        return exc_raise(&exc_OverflowError, "precision too large");
    }
    if (a->prec > MAX_OUTPUT) {
        decref(iobj);
        return exc_nomemory();
    }
    Value text = VNULL;
    char *buf = NULL;
    const char *digits;
    if (hexoct) {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(iobj, z);
        int base = type == 'o' ? 8 : 16;
        buf = malloc(mpz_sizeinbase(z, base) + 2);
        if (buf != NULL)
            mpz_get_str(buf, base, z);
        mpz_clear(z);
        if (buf == NULL) {
            decref(iobj);
            return exc_nomemory();
        }
        digits = buf;
    } else {
        text = int_to_str(iobj);
        if (text == VNULL) {
            decref(iobj);
            return VNULL;
        }
        digits = STR_DATA(text);
    }
    decref(iobj);
    StrBuf b;
    strbuf_init(&b);
    if (*digits == '-')
        strbuf_putc(&b, *digits++);
    if (hexoct && (a->flags & F_ALT)) {
        strbuf_putc(&b, '0');
        strbuf_putc(&b, type == 'o' ? 'o' : type);
    }
    int64_t ndigits = (int64_t)strlen(digits);
    for (int64_t i = ndigits; i < a->prec; i++)
        strbuf_putc(&b, '0');
    for (const char *p = digits; *p; p++)
        strbuf_putc(&b, type == 'X' && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p);
    xdecref(text);
    free(buf);
    return strbuf_finish(&b);

wrongtype:
    if (hexoct)
        return exc_raise(&exc_TypeError, "%%%c format: an integer is required, not %s", type,
                         obj_type_name(v));
    return exc_raise(&exc_TypeError, "%%%c format: a real number is required, not %s", type,
                     obj_type_name(v));
}

/* PyFloat_AsDouble: a float, an int, or anything with __float__. 0 or -1. */
static int as_double(Value v, double *out)
{
    Type *t = TYPE_OF(v);
    if (float_check(v) || int_check(v) || t->to_float == NULL)
        return float_as_double(v, out);
    Value f = t->to_float(v);
    if (f == VNULL)
        return -1;
    int r = float_as_double(f, out);
    decref(f);
    return r;
}

static Value pct_float(Value v, const PctArg *a)
{
    double x;
    if (as_double(v, &x) < 0)
        return VNULL;
    StrBuf b;
    strbuf_init(&b);
    if (format_double(&b, x, (char)a->ch, a->prec < 0 ? 6 : a->prec,
                      (a->flags & F_ALT) ? FORMAT_ALT : 0) < 0) {
        strbuf_free(&b);
        return VNULL;
    }
    return strbuf_finish(&b);
}

static Value pct_char(Value v)
{
    if (str_check(v)) {
        if (STR_LEN(v) == 1)
            return newref(v);
        return exc_raise(&exc_TypeError, "%%c requires int or char");
    }
    Value i;
    if (int_check(v)) {
        i = newref(v);
    } else if (TYPE_OF(v)->to_index != NULL) {
        i = obj_index(v);
        if (i == VNULL)
            return VNULL;
    } else {
        return exc_raise(&exc_TypeError, "%%c requires int or char");
    }
    int64_t cp;
    int r = int_as_i64(i, &cp);
    decref(i);
    if (r < 0)
        exc_clear();
    if (r < 0 || cp < 0 || cp > 0x10ffff)
        return exc_raise(&exc_OverflowError, "%%c arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)cp);
}

/* Append the converted text @p str with the width, precision, sign and '#' of @p a. */
static int pct_output(Pct *ctx, PctArg *a, Value str)
{
    StrBuf *b = &ctx->buf;
    char fill = (a->sign && (a->flags & F_ZERO)) ? '0' : ' ';
    int64_t len = (int64_t)STR_LEN(str);
    const char *p = STR_DATA(str);
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec)
        len = a->prec;
    char signchar = 0;
    if (a->sign) {
        if (p[0] == '-' || p[0] == '+') {
            signchar = p[0];
            len--;
            p++;
        } else if (a->flags & F_SIGN) {
            signchar = '+';
        } else if (a->flags & F_BLANK) {
            signchar = ' ';
        } else {
            a->sign = false;
        }
    }
    if (a->width > MAX_OUTPUT) {
        exc_nomemory();
        return -1;
    }
    int64_t width = a->width < len ? len : a->width;
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (a->sign) {
        if (fill != ' ')
            strbuf_putc(b, signchar);
        if (width > len)
            width--;
    }
    if (prefix) {
        if (fill != ' ') {
            strbuf_append(b, p, 2);
            p += 2;
        }
        width = width < 2 ? 0 : width - 2;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        for (int64_t i = len; i < width; i++)
            strbuf_putc(b, fill);
        width = len;
    }
    if (fill == ' ') {
        if (a->sign)
            strbuf_putc(b, signchar);
        if (prefix) {
            strbuf_append(b, p, 2);
            p += 2;
        }
    }
    if (len > 0) {
        /* the text after the sign and prefix is all ASCII except for %s, %r, %a, %c */
        size_t nbytes = str_byte_offset(str, (size_t)(p - STR_DATA(str)) + (size_t)len)
                        - (size_t)(p - STR_DATA(str));
        strbuf_append(b, p, nbytes);
    }
    for (int64_t i = len; i < width; i++)
        strbuf_putc(b, ' ');
    return 0;
}

/* One conversion; ctx->pos is just after its '%'. 0 or -1. */
static int pct_arg(Pct *ctx)
{
    PctArg a = {.ch = 0, .width = -1, .prec = -1};
    if (ctx->pos < ctx->n) {
        size_t k;
        a.ch = str_decode_utf8(ctx->s + ctx->pos, &k);
    }
    if (a.ch == '%') {
        ctx->pos++;
        strbuf_putc(&ctx->buf, '%');
        return 0;
    }
    if (pct_parse(ctx, &a) < 0)
        return -1;
    Value v = pct_getnextarg(ctx);
    if (v == VNULL)
        return -1;
    Value str;
    switch (a.ch) {
    case 's':
        str = TYPE_OF(v) == &str_type ? newref(v) : obj_str(v);
        break;
    case 'r':
        str = obj_repr(v);
        break;
    case 'a':
        str = format_ascii(v);
        break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        str = pct_int(v, &a);
        a.sign = true;
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        str = pct_float(v, &a);
        a.sign = true;
        break;
    case 'c':
        str = pct_char(v);
        break;
    default: {
        int64_t index = (int64_t)str_count_codepoints(ctx->s, ctx->pos) - 1;
        exc_raise(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                  (a.ch >= 31 && a.ch <= 126) ? (int)a.ch : '?', (unsigned)a.ch,
                  (long long)index);
        return -1;
    }
    }
    if (str == VNULL)
        return -1;
    int r = pct_output(ctx, &a, str);
    decref(str);
    if (r < 0)
        return -1;
    if (ctx->dict != VNULL && ctx->argidx < ctx->arglen) {
        exc_raise(&exc_TypeError, "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

Value format_str_percent(Value fmt, Value args)
{
    Pct ctx = {.s = STR_DATA(fmt), .n = STR_NBYTES(fmt), .args = args};
    if (tuple_check(args)) {
        ctx.arglen = (int64_t)TUPLE_SIZE(args);
        ctx.argidx = 0;
    } else {
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    if (TYPE_OF(args)->getitem != NULL && !tuple_check(args) && !str_check(args))
        ctx.dict = args;
    strbuf_init(&ctx.buf);
    while (ctx.pos < ctx.n) {
        const char *pct = memchr(ctx.s + ctx.pos, '%', ctx.n - ctx.pos);
        size_t end = pct == NULL ? ctx.n : (size_t)(pct - ctx.s);
        strbuf_append(&ctx.buf, ctx.s + ctx.pos, end - ctx.pos);
        ctx.pos = end;
        if (pct == NULL)
            break;
        ctx.pos++;
        if (pct_arg(&ctx) < 0)
            goto fail;
    }
    if (ctx.argidx < ctx.arglen && ctx.dict == VNULL) {
        exc_raise(&exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (ctx.owned)
        decref(ctx.args);
    return strbuf_finish(&ctx.buf);
fail:
    if (ctx.owned)
        decref(ctx.args);
    strbuf_free(&ctx.buf);
    return VNULL;
}

Value format_str_binop(Value a, Value b, BinOp op)
{
    if (op != BINOP_MOD || !str_check(a))
        return newref(NOTIMPL_VAL);
    return format_str_percent(a, b);
}
