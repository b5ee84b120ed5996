// SPDX-License-Identifier: MIT
/**
 * @file format.c
 * @brief The format-spec mini-language and the formatters of int, float and
 *        str; format(), `__format__`, ascii() and the f-string runtime.
 *
 * ## The spec
 *
 * `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed
 * left to right exactly as CPython 3.11 does, which decides a few odd
 * cases: a fill is recognised only when the *second* character is an
 * alignment (so `"<<5"` pads with '<'); a leading '0' sets the fill to '0'
 * and, for numbers only, the alignment to '=' (`format('ab', '05')` is
 * `'ab000'`); ',' followed by ',' is not an error of its own but leaves ','
 * as the type ("Cannot specify ',' with ','."); more than one character
 * left for the type is "Invalid format specifier '...' for object of type
 * '...'". Checks that depend only on the spec (grouping allowed with this
 * type?) are made while parsing, before the type of the value is looked at.
 *
 * ## A number's layout
 *
 * Every number, int or float, is cut into pieces and reassembled:
 *
 *     [lpad][sign][prefix][spad][grouped digits][rest][rpad]
 *
 * `digits` are the integer digits (grouped with ',' or '_'), `rest` is
 * what follows them: the decimal point, the fraction and the exponent,
 * '%', or the whole of "inf"/"nan" (which have no digits), or the
 * character of 'c'. Only one of the three paddings is ever non-empty: the
 * alignment picks it ('=' puts it between the sign and the digits). With
 * fill '0' and '=' (what a leading '0' asks for) the padding is done by the
 * grouping itself, so that the zeros get separators too:
 * `format(1234, '08,')` is `'0,001,234'` (longer than 8: a group is never
 * cut).
 *
 * ## Floats
 *
 * format_double() is CPython's PyOS_double_to_string(): it gets the digits
 * and the decimal exponent first (glibc's printf "%.*e" and "%.*f" are
 * correctly rounded, ties to even, like David Gay's dtoa that CPython uses;
 * float_repr_buf() gives the shortest repr digits), strips trailing zeros,
 * and then lays them out by CPython's rules: 'g' switches to an exponent
 * when the exponent is < -4 or >= the precision, the empty type is repr
 * with at least one digit after the point (`format(1.0, '') == '1.0'`) and
 * with a precision it is 'g' that switches to an exponent one digit earlier
 * (`format(123.0, '.3') == '1.23e+02'`), '#' keeps the point and the zeros.
 *
 * gilvm deviation: a width or precision that would build a string of more
 * than 2**28 characters raises MemoryError instead of trying.
 */
#include "format.h"

#include <limits.h>
#include <math.h>

#include "args.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "str_unicode.h"
#include "strbuf.h"

/** Longest result (in characters) a width or precision may ask for. */
#define MAX_OUTPUT ((int64_t)1 << 28)

/** A parsed format spec. */
typedef struct Spec {
    uint32_t fill;     /**< fill code point */
    uint32_t align;    /**< '<', '>', '^' or '=' */
    uint32_t sign;     /**< 0, '+', '-' or ' ' */
    bool no_neg_0;     /**< 'z' */
    bool alternate;    /**< '#' */
    uint32_t grouping; /**< 0, ',' or '_' */
    int group;         /**< digits per group when grouping: 3, or 4 ('_' with b, o, x, X) */
    int64_t width;     /**< minimum width, or -1 */
    int64_t precision; /**< precision, or -1 */
    uint32_t type;     /**< presentation type, or 0 */
} Spec;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static Value too_long(void)
{
    return exc_nomemory();
}

int format_digit_value(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    if (!(str_unicode_props(cp) & UNI_DECIMAL))
        return -1;
    /* Unicode's decimal digits come in complete runs of 0-9, some runs adjacent */
    uint32_t start = cp;
    while (start > 0 && (str_unicode_props(start - 1) & UNI_DECIMAL))
        start--;
    return (int)((cp - start) % 10);
}

/* Digits at c[*pos...] into *out; the count of digits, or -1 on overflow. */
static int64_t get_integer(const uint32_t *c, size_t n, size_t *pos, int64_t *out)
{
    int64_t acc = 0, count = 0;
    size_t i = *pos;
    for (; i < n && format_digit_value(c[i]) >= 0; i++, count++) {
        int d = format_digit_value(c[i]);
        if (acc > (INT64_MAX - d) / 10) {
            exc_raise(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *pos = i;
    *out = acc;
    return count;
}

static void unknown_type(uint32_t type, Value obj)
{
    if (type > 32 && type < 128)
        exc_raise(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", (int)type,
                  obj_type_name(obj));
    else
        exc_raise(&exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)type, obj_type_name(obj));
}

static int parse_codepoints(const uint32_t *c, size_t n, Value spec, Value obj, uint32_t default_type,
                            uint32_t default_align, Spec *f)
{
    size_t pos = 0;
    bool fill_given = false, align_given = false;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->grouping = 0;
    f->group = 0;
    f->width = -1;
    f->precision = -1;
    f->type = default_type;

    if (n >= 2 && is_align(c[1])) {
        f->fill = c[0];
        f->align = c[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(c[0])) {
        f->align = c[0];
        align_given = true;
        pos = 1;
    }
    if (pos < n && (c[pos] == '+' || c[pos] == '-' || c[pos] == ' '))
        f->sign = c[pos++];
    if (pos < n && c[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && c[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && c[pos] == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    int64_t got = get_integer(c, n, &pos, &f->width);
    if (got < 0)
        return -1;
    if (got == 0)
        f->width = -1;
    if (pos < n && c[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < n && c[pos] == '_') {
        if (f->grouping != 0) {
            exc_raise(&exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->grouping = '_';
        pos++;
    }
    if (pos < n && c[pos] == ',' && f->grouping == '_') {
        exc_raise(&exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < n && c[pos] == '.') {
        pos++;
        got = get_integer(c, n, &pos, &f->precision);
        if (got < 0)
            return -1;
        if (got == 0) {
            exc_raise(&exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - pos > 1) {
        exc_raise(&exc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec,
                  obj_type_name(obj));
        return -1;
    }
    if (n - pos == 1)
        f->type = c[pos];
    if (f->grouping != 0) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            f->group = 3;
            return 0;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') {
                f->group = 4;
                return 0;
            }
            break;
        default:
            break;
        }
        if (f->type > 32 && f->type < 128)
            exc_raise(&exc_ValueError, "Cannot specify '%c' with '%c'.", (int)f->grouping,
                      (int)f->type);
        else
            exc_raise(&exc_ValueError, "Cannot specify '%c' with '\\x%x'.", (int)f->grouping,
                      (unsigned)f->type);
        return -1;
    }
    return 0;
}

/* Parse @p spec (a non-empty str) for a value @p obj (named in messages). 0 or -1. */
static int parse_spec(Value spec, Value obj, uint32_t default_type, uint32_t default_align, Spec *f)
{
    size_t n = STR_LEN(spec);
    uint32_t small[32];
    uint32_t *c = n <= ARRAY_LEN(small) ? small : malloc(n * sizeof *c);
    if (c == NULL) {
        exc_nomemory();
        return -1;
    }
    const char *p = STR_DATA(spec);
    for (size_t i = 0; i < n; i++) {
        size_t k;
        c[i] = str_decode_utf8(p, &k);
        p += k;
    }
    int r = parse_codepoints(c, n, spec, obj, default_type, default_align, f);
    if (c != small)
        free(c);
    return r;
}

static void put_fill(StrBuf *b, uint32_t fill, int64_t n)
{
    if (n <= 0)
        return;
    if (fill < 0x80) {
        strbuf_reserve(b, (size_t)n);
        for (int64_t i = 0; i < n; i++)
            strbuf_putc(b, (char)fill);
    } else {
        for (int64_t i = 0; i < n; i++)
            strbuf_put_codepoint(b, fill);
    }
}

/* ---- The layout of a number ---- */

/** The pieces of a number before padding (see the file comment). */
typedef struct Number {
    char sign;          /**< '-' for a negative value, else 0 */
    const char *prefix; /**< "0x", "0b", "0o", or "" */
    const char *digits; /**< the integer digits (ASCII) */
    size_t ndigits;     /**< how many */
    const char *rest;   /**< the rest (UTF-8; non-ASCII only for 'c') */
    size_t nrest;       /**< its length in bytes */
    size_t rest_chars;  /**< its length in code points */
    bool upper;         /**< upper-case the prefix and the digits ('X') */
} Number;

/*
 * The digits grouped by @p group with @p sep between groups, padded with
 * zeros (which are grouped too) to at least @p min_width characters;
 * group 0 only pads. Writes right to left into out (which must hold
 * enough room) and returns the count, the result being at out + cap - count.
 */
static size_t group_digits(const char *digits, size_t n, int64_t min_width, int group, char sep,
                           char *out, size_t cap)
{
    size_t pos = cap;
    int64_t remaining = (int64_t)n;
    size_t next = n; /* digits[next - 1] is the next one to place */
    if (min_width < 0)
        min_width = 0;
    bool first = true;
    if (group > 0) {
        for (;;) {
            int64_t most = remaining > min_width ? remaining : min_width;
            if (most < 1)
                most = 1;
            int64_t len = group < most ? group : most;
            int64_t nzeros = len > remaining ? len - remaining : 0;
            int64_t nchars = remaining < len ? remaining : len;
            if (nchars < 0)
                nchars = 0;
            if (!first)
                out[--pos] = sep;
            for (int64_t i = 0; i < nchars; i++)
                out[--pos] = digits[--next];
            for (int64_t i = 0; i < nzeros; i++)
                out[--pos] = '0';
            first = false;
            remaining -= nchars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0)
                break;
            min_width -= 1;
        }
    } else {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1)
            len = 1;
        for (int64_t i = 0; i < remaining; i++)
            out[--pos] = digits[--next];
        for (int64_t i = remaining; i < len; i++)
            out[--pos] = '0';
    }
    return cap - pos;
}

static Value put_number(const Spec *f, const Number *num)
{
    char sign = 0;
    if (f->sign == '+' || f->sign == ' ')
        sign = num->sign == '-' ? '-' : (char)f->sign;
    else if (num->sign == '-')
        sign = '-';
    size_t nprefix = strlen(num->prefix);
    int64_t other = (sign != 0) + (int64_t)nprefix + (int64_t)num->rest_chars;
    if (f->width > MAX_OUTPUT)
        return too_long();
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - other : 0;

    char small[128];
    char *grouped = small;
    size_t ngrouped = 0, cap = 0;
    if (num->ndigits > 0) {
        int64_t base = (int64_t)num->ndigits > min_width ? (int64_t)num->ndigits : min_width;
        cap = (size_t)base + (size_t)base / 3 + 8;
        if (cap > sizeof small) {
            grouped = malloc(cap);
            if (grouped == NULL)
                return exc_nomemory();
        } else {
            cap = sizeof small;
        }
        char sep = f->grouping == '_' ? '_' : ',';
        ngrouped = group_digits(num->digits, num->ndigits, min_width, f->group, sep, grouped, cap);
    }
    const char *gd = grouped + cap - ngrouped;

    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t padding = f->width - (other + (int64_t)ngrouped);
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }

    StrBuf b;
    strbuf_init(&b);
    put_fill(&b, f->fill, lpad);
    if (sign != 0)
        strbuf_putc(&b, sign);
    for (size_t i = 0; i < nprefix; i++)
        strbuf_putc(&b, num->upper && num->prefix[i] == 'x' ? 'X' : num->prefix[i]);
    put_fill(&b, f->fill, spad);
    if (num->upper) {
        for (size_t i = 0; i < ngrouped; i++)
            strbuf_putc(&b, gd[i] >= 'a' && gd[i] <= 'z' ? (char)(gd[i] - 'a' + 'A') : gd[i]);
    } else {
        strbuf_append(&b, gd, ngrouped);
    }
    strbuf_append(&b, num->rest, num->nrest);
    put_fill(&b, f->fill, rpad);
    if (grouped != small)
        free(grouped);
    return strbuf_finish(&b);
}

/* ---- Doubles as text ---- */

/** Decimal digits and the position of the point, as David Gay's dtoa returns them. */
typedef struct Digits {
    char *d;      /**< significant digits, no leading or trailing zeros ("0" for zero) */
    size_t n;     /**< how many */
    int64_t decpt; /**< value = 0.d1d2... * 10**decpt */
} Digits;

/* Strip the leading and trailing zeros of d->d[0..n), adjusting decpt. */
static void normalise(Digits *d)
{
    size_t lead = 0;
    while (lead < d->n && d->d[lead] == '0')
        lead++;
    if (lead == d->n) {
        d->d[0] = '0';
        d->n = 1;
        d->decpt = 1;
        return;
    }
    if (lead > 0) {
        memmove(d->d, d->d + lead, d->n - lead);
        d->n -= lead;
        d->decpt -= (int64_t)lead;
    }
    while (d->n > 1 && d->d[d->n - 1] == '0')
        d->n--;
}

/* Collect the digits of printf or repr text ("1.25e+03", "123.45", "0.001") into d. */
static void digits_from_text(const char *text, Digits *d)
{
    size_t n = 0;
    int64_t before_point = -1;
    const char *p = text;
    for (; *p != '\0' && *p != 'e'; p++) {
        if (*p == '.')
            before_point = (int64_t)n;
        else
            d->d[n++] = *p;
    }
    if (before_point < 0)
        before_point = (int64_t)n;
    d->n = n;
    d->decpt = before_point + (*p == 'e' ? atoi(p + 1) : 0);
    normalise(d);
}

int format_double(StrBuf *b, double x, char code, int64_t precision, unsigned flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper)
        code = (char)(code - 'A' + 'a');
    if (isnan(x)) {
        strbuf_puts(b, upper ? "NAN" : "nan");
        return 0;
    }
    if (isinf(x)) {
        strbuf_puts(b, x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf"));
        return 0;
    }
    if (precision > MAX_OUTPUT) {
        exc_nomemory();
        return -1;
    }
    bool neg = signbit(x) != 0;
    double ax = fabs(x);
    int prec = (int)precision;
    if (code == 'e')
        prec++;
    else if (code == 'g' && prec == 0)
        prec = 1;

    size_t size = (size_t)prec + 340;
    char *text = malloc(size);
    Digits d = {.d = malloc(size)};
    if (text == NULL || d.d == NULL) {
        free(text);
        free(d.d);
        exc_nomemory();
        return -1;
    }
    if (code == 'r')
        float_repr_buf(ax, text, size);
    else if (code == 'f')
        snprintf(text, size, "%.*f", prec, ax);
    else
        snprintf(text, size, "%.*e", prec - 1, ax);
    digits_from_text(text, &d);
    free(text);
    if (neg && (flags & FORMAT_NO_NEG_0) && d.d[0] == '0')
        neg = false;

    bool alt = (flags & FORMAT_ALT) != 0, dot0 = (flags & FORMAT_ADD_DOT_0) != 0;
    bool use_exp = false;
    int64_t decpt = d.decpt, n = (int64_t)d.n, vend = n, exp = 0;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = prec;
        break;
    case 'f':
        vend = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? prec - 1 : prec))
            use_exp = true;
        if (alt)
            vend = prec;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t least = !use_exp && dot0 ? decpt + 1 : decpt;
    if (vend < least)
        vend = least;

    size_t start = b->len;
    if (neg)
        strbuf_putc(b, '-');
    if (decpt <= 0) {
        strbuf_putc(b, '0'); /* "0.", then zeros up to the first digit */
        strbuf_putc(b, '.');
        put_fill(b, '0', -decpt);
    }
    if (0 < decpt && decpt <= n) {
        strbuf_append(b, d.d, (size_t)decpt);
        strbuf_putc(b, '.');
        strbuf_append(b, d.d + decpt, (size_t)(n - decpt));
    } else {
        strbuf_append(b, d.d, (size_t)n);
    }
    if (n < decpt) {
        put_fill(b, '0', decpt - n);
        strbuf_putc(b, '.');
        put_fill(b, '0', vend - decpt);
    } else {
        put_fill(b, '0', vend - n);
    }
    if (b->len > start && b->data[b->len - 1] == '.' && !alt) {
        b->len--;
        b->data[b->len] = '\0';
    }
    if (use_exp)
        strbuf_printf(b, "%c%+.02d", upper ? 'E' : 'e', (int)exp);
    free(d.d);
    return 0;
}

/* ---- The formatters ---- */

static Value format_float_spec(double x, const Spec *f)
{
    if (f->precision > INT_MAX)
        return exc_raise(&exc_ValueError, "precision too big");
    uint32_t type = f->type;
    unsigned flags = 0;
    int64_t precision = f->precision, default_precision = 6;
    bool percent = false;
    if (f->alternate)
        flags |= FORMAT_ALT;
    if (f->no_neg_0)
        flags |= FORMAT_NO_NEG_0;
    if (type == 0) {
        flags |= FORMAT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    } else if (type == 'n') {
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        x *= 100;
        percent = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    StrBuf t;
    strbuf_init(&t);
    if (format_double(&t, x, (char)type, precision, flags) < 0) {
        strbuf_free(&t);
        return VNULL;
    }
    if (percent)
        strbuf_putc(&t, '%');
    Number num = {.prefix = ""};
    const char *p = t.data;
    if (*p == '-') {
        num.sign = '-';
        p++;
    }
    num.digits = p;
    while (*p >= '0' && *p <= '9')
        p++;
    num.ndigits = (size_t)(p - num.digits);
    num.rest = p;
    num.nrest = num.rest_chars = strlen(p);
    Value r = put_number(f, &num);
    strbuf_free(&t);
    return r;
}

static Value format_int_spec(Value v, const Spec *f)
{
    if (f->precision != -1)
        return exc_raise(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return exc_raise(&exc_ValueError,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    Number num = {.prefix = ""};
    if (f->type == 'c') {
        if (f->sign != 0)
            return exc_raise(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return exc_raise(&exc_ValueError,
                             "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (int_as_i64(v, &cp) < 0)
            return VNULL;
        if (cp < 0 || cp > 0x10ffff)
            return exc_raise(&exc_OverflowError, "%%c arg not in range(0x110000)");
        char ch[4];
        num.rest = ch;
        num.nrest = str_encode_utf8((uint32_t)cp, ch);
        num.rest_chars = 1;
        return put_number(f, &num);
    }
    int base = 10;
    switch (f->type) {
    case 'b': base = 2; num.prefix = "0b"; break;
    case 'o': base = 8; num.prefix = "0o"; break;
    case 'x': case 'X': base = 16; num.prefix = "0x"; break;
    default: break;
    }
    if (!f->alternate)
        num.prefix = "";
    num.upper = f->type == 'X';
    Value text = VNULL;
    char *buf = NULL;
    const char *s;
    if (base == 10) {
        text = int_to_str(v);
        if (text == VNULL)
            return VNULL;
        s = STR_DATA(text);
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        buf = malloc(mpz_sizeinbase(z, base) + 2);
        if (buf == NULL) {
            mpz_clear(z);
            return exc_nomemory();
        }
        mpz_get_str(buf, base, z);
        mpz_clear(z);
        s = buf;
    }
    if (*s == '-') {
        num.sign = '-';
        s++;
    }
    num.digits = s;
    num.ndigits = strlen(s);
    num.rest = "";
    Value r = put_number(f, &num);
    xdecref(text);
    free(buf);
    return r;
}

static Value format_str_spec(Value s, const Spec *f)
{
    if (f->sign == ' ')
        return exc_raise(&exc_ValueError, "Space not allowed in string format specifier");
    if (f->sign != 0)
        return exc_raise(&exc_ValueError, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return exc_raise(&exc_ValueError,
                         "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return exc_raise(&exc_ValueError,
                         "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return exc_raise(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = (int64_t)STR_LEN(s);
    if (f->precision >= 0 && len > f->precision)
        len = f->precision;
    if (f->width > MAX_OUTPUT)
        return too_long();
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    size_t nbytes = str_byte_offset(s, (size_t)len);
    if (lpad == 0 && rpad == 0 && nbytes == STR_NBYTES(s) && TYPE_OF(s) == &str_type)
        return newref(s);
    StrBuf b;
    strbuf_init(&b);
    put_fill(&b, f->fill, lpad);
    strbuf_append(&b, STR_DATA(s), nbytes);
    put_fill(&b, f->fill, rpad);
    return strbuf_finish(&b);
}

static bool spec_empty(Value spec)
{
    return spec == VNULL || STR_NBYTES(spec) == 0;
}

Value format_int(Value v, Value spec)
{
    if (spec_empty(spec))
        return TYPE_OF(v) == &int_type ? int_to_str(v) : obj_str(v);
    Spec f;
    if (parse_spec(spec, v, 'd', '>', &f) < 0)
        return VNULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if (int_as_double(v, &x) < 0)
            return VNULL;
        return format_float_spec(x, &f);
    }
    default:
        unknown_type(f.type, v);
        return VNULL;
    }
}

Value format_float(Value v, double x, Value spec)
{
    if (spec_empty(spec))
        return obj_str(v);
    Spec f;
    if (parse_spec(spec, v, 0, '>', &f) < 0)
        return VNULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(x, &f);
    default:
        unknown_type(f.type, v);
        return VNULL;
    }
}

Value format_str(Value s, Value spec)
{
    if (spec_empty(spec))
        return TYPE_OF(s) == &str_type ? newref(s) : obj_str(s);
    Spec f;
    if (parse_spec(spec, s, 's', '<', &f) < 0)
        return VNULL;
    if (f.type != 's') {
        unknown_type(f.type, s);
        return VNULL;
    }
    return format_str_spec(s, &f);
}

/* ---- format(), __format__, ascii(), f-strings ---- */

/* object.__format__ for @p v and a str @p spec. */
static Value format_default(Value v, Value spec)
{
    if (!spec_empty(spec))
        return exc_raise(&exc_TypeError, "unsupported format string passed to %s.__format__",
                         obj_type_name(v));
    return obj_str(v);
}

Value format_value(Value v, Value spec)
{
    Type *t = TYPE_OF(v);
    if (t == &int_type || t == &bool_type)
        return format_int(v, spec);
    if (t == &float_type)
        return format_float(v, FLOAT_AS_DOUBLE(v), spec);
    if (t == &str_type)
        return format_str(v, spec);
    Value name = str_intern_cstr("__format__");
    if (name == VNULL)
        return VNULL;
    Value meth = type_lookup(t, name);
    if (meth == VNULL)
        return format_default(v, spec);
    Value bound;
    Type *mt = TYPE_OF(meth);
    if (mt->descr_get != NULL)
        bound = mt->descr_get(meth, v, OBJ_VAL(t));
    else
        bound = newref(meth);
    if (bound == VNULL)
        return VNULL;
    Value arg = spec == VNULL ? str_empty() : spec;
    Value r = obj_call(bound, &arg, 1);
    decref(bound);
    if (r != VNULL && !str_check(r)) {
        exc_raise(&exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
        decref(r);
        return VNULL;
    }
    return r;
}

Value format_fstring_value(Value v, int conversion, Value spec)
{
    Value conv;
    switch (conversion) {
    case 'r': conv = obj_repr(v); break;
    case 's': conv = obj_str(v); break;
    case 'a': conv = format_ascii(v); break;
    default: conv = newref(v); break;
    }
    if (conv == VNULL)
        return VNULL;
    Value r = format_value(conv, spec);
    decref(conv);
    return r;
}

Value format_ascii(Value v)
{
    Value r = obj_repr(v);
    if (r == VNULL || ((StrObj *)AS_OBJ(r))->ascii)
        return r;
    StrBuf b;
    strbuf_init(&b);
    const char *p = STR_DATA(r), *end = p + STR_NBYTES(r);
    while (p < end) {
        size_t k;
        uint32_t cp = str_decode_utf8(p, &k);
        p += k;
        if (cp < 0x80)
            strbuf_putc(&b, (char)cp);
        else if (cp < 0x100)
            strbuf_printf(&b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            strbuf_printf(&b, "\\u%04x", (unsigned)cp);
        else
            strbuf_printf(&b, "\\U%08x", (unsigned)cp);
    }
    decref(r);
    return strbuf_finish(&b);
}

Value format_builtin(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("format", kwnames) < 0 || args_count("format", nargs, 1, 2) < 0)
        return VNULL;
    Value spec = nargs > 1 ? args[1] : VNULL;
    if (spec != VNULL && !str_check(spec))
        return exc_raise(&exc_TypeError, "format() argument 2 must be str, not %s",
                         spec == NONE_VAL ? "None" : obj_type_name(spec));
    return format_value(args[0], spec);
}

Value format_ascii_builtin(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return format_ascii(args[0]);
}

/* The argument of a __format__ method, checked. */
static Value spec_arg(const Value *args)
{
    if (!str_check(args[0]))
        return exc_raise(&exc_TypeError, "__format__() argument must be str, not %s",
                         args[0] == NONE_VAL ? "None" : obj_type_name(args[0]));
    return args[0];
}

Value format_object_method(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value spec = spec_arg(args);
    return spec == VNULL ? VNULL : format_default(self, spec);
}

Value format_int_method(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value spec = spec_arg(args);
    return spec == VNULL ? VNULL : format_int(self, spec);
}

Value format_float_method(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value spec = spec_arg(args);
    return spec == VNULL ? VNULL : format_float(self, FLOAT_AS_DOUBLE(self), spec);
}

Value format_str_method(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value spec = spec_arg(args);
    return spec == VNULL ? VNULL : format_str(self, spec);
}
