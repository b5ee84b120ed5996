// SPDX-License-Identifier: MIT
/**
 * @file astdump.c
 * @brief Parse a file and print its tree as CPython's `ast.dump()` does.
 *
 * Build (needs only the front end, not the runtime):
 *
 *     gcc -std=c11 -D_GNU_SOURCE -O2 -o build/astdump tests/tools/astdump.c \
 *         vm/lexer.c vm/lexer_unicode.c vm/parser.c vm/parser_stmt.c vm/parser_expr.c \
 *         vm/parser_atom.c vm/parser_args.c vm/parser_string.c vm/parser_check.c vm/arena.c -lm
 *
 * (add `-fsanitize=address,undefined` for the fuzzing of fuzz_parser.py).
 *
 * Usage: `astdump [-a] [-m exec|single|eval] [-e] FILE`
 *
 * - `-a` adds the positions, as `ast.dump(tree, include_attributes=True)`;
 * - `-m` chooses the parse mode (default exec);
 * - `-q` only parses (for timing): prints nothing unless there is an error;
 * - on a syntax error it prints one line,
 *   `KIND|msg|lineno|offset|end_lineno|end_offset|text`, and exits 1.
 *
 * tests/tools/astcheck.py compares the output with python3's on many files.
 */
#include "../../vm/ast.h"
#include "../../vm/lexer.h"
#include "../../vm/parser.h"

#include <math.h>

static bool attrs;
static bool quiet;

static void dump_expr(const Expr *e);
static void dump_stmts(StmtList l);

/* -------------------------------------------------------------- reprs */

/* Python's repr() of a str held as UTF-8 (surrogates as 3-byte sequences). */
static void repr_str(const char *s, size_t len)
{
    bool has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    putchar(q);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k = 1;
        if (c < 0x80) {
            cp = c;
        } else {
            cp = lexer_utf8_decode(s + i, &k);
        }
        if (cp == (uint32_t)q || cp == '\\') {
            printf("\\%c", (char)cp);
        } else if (cp == '\t') {
            fputs("\\t", stdout);
        } else if (cp == '\n') {
            fputs("\\n", stdout);
        } else if (cp == '\r') {
            fputs("\\r", stdout);
        } else if (cp < 0x20 || cp == 0x7F) {
            printf("\\x%02x", (unsigned)cp);
        } else if (cp < 0x80) {
            putchar((int)cp);
        } else if ((cp >= 0xD800 && cp <= 0xDFFF) || !lexer_is_printable(cp)) {
            if (cp <= 0xFF) {
                printf("\\x%02x", (unsigned)cp);
            } else if (cp <= 0xFFFF) {
                printf("\\u%04x", (unsigned)cp);
            } else {
                printf("\\U%08x", (unsigned)cp);
            }
        } else {
            fwrite(s + i, 1, (size_t)k, stdout);
        }
        i += (size_t)k;
    }
    putchar(q);
}

static void repr_bytes(const char *s, size_t len)
{
    bool has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    printf("b%c", q);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            printf("\\%c", c);
        } else if (c == '\t') {
            fputs("\\t", stdout);
        } else if (c == '\n') {
            fputs("\\n", stdout);
        } else if (c == '\r') {
            fputs("\\r", stdout);
        } else if (c < 0x20 || c >= 0x7F) {
            printf("\\x%02x", c);
        } else {
            putchar(c);
        }
    }
    putchar(q);
}

/* The digits of an int literal in base `base`, printed in decimal. */
static void repr_int(const char *s, size_t len, int base)
{
    /* little-endian limbs of 10^9 */
    size_t cap = len / 2 + 4, n = 1;
    uint32_t *limb = calloc(cap, sizeof *limb);
    for (size_t i = 0; i < len; i++) {
        int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t j = 0; j < n; j++) {
            uint64_t v = (uint64_t)limb[j] * (uint64_t)base + carry;
            limb[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry != 0) {
            limb[n++] = (uint32_t)carry;
        }
    }
    printf("%u", limb[n - 1]);
    for (size_t j = n - 1; j-- > 0;) {
        printf("%09u", limb[j]);
    }
    free(limb);
}

/* Python's float repr ('r' format); `dot0` appends ".0" to integral values. */
static void repr_double(double x, bool dot0)
{
    if (isinf(x)) {
        fputs(x > 0 ? "inf" : "-inf", stdout);
        return;
    }
    if (isnan(x)) {
        fputs("nan", stdout);
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) {
            break;
        }
    }
    /* buf: [-]d[.ddd]e[+-]XX */
    bool neg = buf[0] == '-';
    const char *m = buf + (neg ? 1 : 0);
    char digits[32];
    int nd = 0;
    const char *c = m;
    for (; *c != 'e'; c++) {
        if (*c != '.') {
            digits[nd++] = *c;
        }
    }
    int exp10 = atoi(c + 1);
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = '\0';
    int decpt = exp10 + 1;
    if (neg) {
        putchar('-');
    }
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            printf("0.");
            for (int i = 0; i < -decpt; i++) {
                putchar('0');
            }
            printf("%s", digits);
        } else if (decpt >= nd) {
            printf("%s", digits);
            for (int i = nd; i < decpt; i++) {
                putchar('0');
            }
            if (dot0) {
                printf(".0");
            }
        } else {
            printf("%.*s.%s", decpt, digits, digits + decpt);
        }
    } else {
        putchar(digits[0]);
        if (nd > 1) {
            printf(".%s", digits + 1);
        }
        printf("e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

/* ------------------------------------------------------------- nodes */

static void loc_attrs(Loc l)
{
    if (attrs) {
        printf(", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", l.line, l.col, l.end_line,
               l.end_col);
    }
}

static void dump_exprs(ExprList l)
{
    putchar('[');
    for (int i = 0; i < l.len; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        dump_expr(l.items[i]);
    }
    putchar(']');
}

static const char *ctx_name(ExprCtx c)
{
    return c == CTX_STORE ? "Store()" : c == CTX_DEL ? "Del()" : "Load()";
}

static const char *binop_name(AstBinOp op)
{
    static const char *const names[] = {"Add()",    "Sub()",    "Mult()",   "Div()",    "FloorDiv()",
                                        "Mod()",    "Pow()",    "LShift()", "RShift()", "BitAnd()",
                                        "BitOr()",  "BitXor()", "MatMult()"};
    return op >= 0 && op < (int)ARRAY_LEN(names) ? names[op] : "?";
}

static const char *cmp_name(AstCmpOp op)
{
    static const char *const names[] = {"Lt()", "LtE()", "Eq()", "NotEq()", "Gt()",
                                        "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
    return names[op];
}

static void dump_arg(const Arg *a)
{
    printf("arg(arg=");
    repr_str(a->name, strlen(a->name));
    if (a->annotation != NULL) {
        fputs(", annotation=", stdout);
        dump_expr(a->annotation);
    }
    loc_attrs(a->loc);
    putchar(')');
}

static void dump_arg_list(const Arg *a, int n)
{
    putchar('[');
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        dump_arg(&a[i]);
    }
    putchar(']');
}

static void dump_arguments(const Arguments *a)
{
    fputs("arguments(posonlyargs=", stdout);
    dump_arg_list(a->posonly, a->nposonly);
    fputs(", args=", stdout);
    dump_arg_list(a->args, a->nargs);
    if (a->vararg != NULL) {
        fputs(", vararg=", stdout);
        dump_arg(a->vararg);
    }
    fputs(", kwonlyargs=", stdout);
    dump_arg_list(a->kwonly, a->nkwonly);
    fputs(", kw_defaults=[", stdout);
    for (int i = 0; i < a->nkwonly; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        if (a->kw_defaults[i] != NULL) {
            dump_expr(a->kw_defaults[i]);
        } else {
            fputs("None", stdout);
        }
    }
    putchar(']');
    if (a->kwarg != NULL) {
        fputs(", kwarg=", stdout);
        dump_arg(a->kwarg);
    }
    fputs(", defaults=[", stdout);
    for (int i = 0; i < a->ndefaults; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        dump_expr(a->defaults[i]);
    }
    fputs("])", stdout);
}

static void dump_keywords(const Keyword *k, int n)
{
    putchar('[');
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        fputs("keyword(", stdout);
        if (k[i].name != NULL) {
            fputs("arg=", stdout);
            repr_str(k[i].name, strlen(k[i].name));
            fputs(", ", stdout);
        }
        fputs("value=", stdout);
        dump_expr(k[i].value);
        loc_attrs(k[i].loc);
        putchar(')');
    }
    putchar(']');
}

static void dump_comprehensions(const Comprehension *c, int n)
{
    putchar('[');
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        fputs("comprehension(target=", stdout);
        dump_expr(c[i].target);
        fputs(", iter=", stdout);
        dump_expr(c[i].iter);
        fputs(", ifs=", stdout);
        dump_exprs(c[i].ifs);
        fputs(", is_async=0)", stdout);
    }
    putchar(']');
}

static void dump_constant(const ConstLit *c)
{
    switch (c->kind) {
    case CONST_NONE: fputs("None", stdout); break;
    case CONST_TRUE: fputs("True", stdout); break;
    case CONST_FALSE: fputs("False", stdout); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", stdout); break;
    case CONST_INT: repr_int(c->text, c->len, c->base); break;
    case CONST_FLOAT: repr_double(strtod(c->text, NULL), true); break;
    case CONST_IMAG: {
        double v = strtod(c->text, NULL);
        repr_double(v, false);
        putchar('j');
        break;
    }
    case CONST_STR: repr_str(c->text, c->len); break;
    case CONST_BYTES: repr_bytes(c->text, c->len); break;
    }
}

static void dump_expr(const Expr *e)
{
    switch (e->kind) {
    case EXPR_CONST:
        fputs("Constant(value=", stdout);
        dump_constant(&e->u.constant);
        break;
    case EXPR_NAME:
        fputs("Name(id=", stdout);
        repr_str(e->u.name.id, strlen(e->u.name.id));
        printf(", ctx=%s", ctx_name(e->u.name.ctx));
        break;
    case EXPR_BOOLOP:
        printf("BoolOp(op=%s, values=", e->u.boolop.is_and ? "And()" : "Or()");
        dump_exprs(e->u.boolop.values);
        break;
    case EXPR_BINOP:
        fputs("BinOp(left=", stdout);
        dump_expr(e->u.binop.left);
        printf(", op=%s, right=", binop_name(e->u.binop.op));
        dump_expr(e->u.binop.right);
        break;
    case EXPR_UNARYOP: {
        static const char *const ops[] = {"USub()", "UAdd()", "Invert()", "Not()"};
        printf("UnaryOp(op=%s, operand=", ops[e->u.unaryop.op]);
        dump_expr(e->u.unaryop.operand);
        break;
    }
    case EXPR_COMPARE:
        fputs("Compare(left=", stdout);
        dump_expr(e->u.compare.left);
        fputs(", ops=[", stdout);
        for (int i = 0; i < e->u.compare.comparators.len; i++) {
            printf("%s%s", i > 0 ? ", " : "", cmp_name(e->u.compare.ops[i]));
        }
        fputs("], comparators=", stdout);
        dump_exprs(e->u.compare.comparators);
        break;
    case EXPR_IFEXP:
        fputs("IfExp(test=", stdout);
        dump_expr(e->u.ifexp.test);
        fputs(", body=", stdout);
        dump_expr(e->u.ifexp.body);
        fputs(", orelse=", stdout);
        dump_expr(e->u.ifexp.orelse);
        break;
    case EXPR_NAMEDEXPR:
        fputs("NamedExpr(target=", stdout);
        dump_expr(e->u.named.target);
        fputs(", value=", stdout);
        dump_expr(e->u.named.value);
        break;
    case EXPR_LAMBDA:
        fputs("Lambda(args=", stdout);
        dump_arguments(e->u.lambda.args);
        fputs(", body=", stdout);
        dump_expr(e->u.lambda.body);
        break;
    case EXPR_CALL:
        fputs("Call(func=", stdout);
        dump_expr(e->u.call.func);
        fputs(", args=", stdout);
        dump_exprs(e->u.call.args);
        fputs(", keywords=", stdout);
        dump_keywords(e->u.call.keywords, e->u.call.nkeywords);
        break;
    case EXPR_ATTRIBUTE:
        fputs("Attribute(value=", stdout);
        dump_expr(e->u.attribute.value);
        fputs(", attr=", stdout);
        repr_str(e->u.attribute.attr, strlen(e->u.attribute.attr));
        printf(", ctx=%s", ctx_name(e->u.attribute.ctx));
        break;
    case EXPR_SUBSCRIPT:
        fputs("Subscript(value=", stdout);
        dump_expr(e->u.subscript.value);
        fputs(", slice=", stdout);
        dump_expr(e->u.subscript.slice);
        printf(", ctx=%s", ctx_name(e->u.subscript.ctx));
        break;
    case EXPR_SLICE: {
        fputs("Slice(", stdout);
        const char *sep = "";
        if (e->u.slice.lower != NULL) {
            fputs("lower=", stdout);
            dump_expr(e->u.slice.lower);
            sep = ", ";
        }
        if (e->u.slice.upper != NULL) {
            printf("%supper=", sep);
            dump_expr(e->u.slice.upper);
            sep = ", ";
        }
        if (e->u.slice.step != NULL) {
            printf("%sstep=", sep);
            dump_expr(e->u.slice.step);
        }
        break;
    }
    case EXPR_STARRED:
        fputs("Starred(value=", stdout);
        dump_expr(e->u.starred.value);
        printf(", ctx=%s", ctx_name(e->u.starred.ctx));
        break;
    case EXPR_TUPLE:
    case EXPR_LIST:
        fputs(e->kind == EXPR_TUPLE ? "Tuple(elts=" : "List(elts=", stdout);
        dump_exprs(e->u.seq.elts);
        printf(", ctx=%s", ctx_name(e->u.seq.ctx));
        break;
    case EXPR_SET:
        fputs("Set(elts=", stdout);
        dump_exprs(e->u.seq.elts);
        break;
    case EXPR_DICT:
        fputs("Dict(keys=[", stdout);
        for (int i = 0; i < e->u.dict.len; i++) {
            if (i > 0) {
                fputs(", ", stdout);
            }
            if (e->u.dict.keys[i] != NULL) {
                dump_expr(e->u.dict.keys[i]);
            } else {
                fputs("None", stdout);
            }
        }
        fputs("], values=[", stdout);
        for (int i = 0; i < e->u.dict.len; i++) {
            if (i > 0) {
                fputs(", ", stdout);
            }
            dump_expr(e->u.dict.values[i]);
        }
        putchar(']');
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENEXP:
        fputs(e->kind == EXPR_LISTCOMP ? "ListComp(elt=" : e->kind == EXPR_SETCOMP ? "SetComp(elt=" : "GeneratorExp(elt=",
              stdout);
        dump_expr(e->u.comp.elt);
        fputs(", generators=", stdout);
        dump_comprehensions(e->u.comp.generators, e->u.comp.ngenerators);
        break;
    case EXPR_DICTCOMP:
        fputs("DictComp(key=", stdout);
        dump_expr(e->u.comp.elt);
        fputs(", value=", stdout);
        dump_expr(e->u.comp.value);
        fputs(", generators=", stdout);
        dump_comprehensions(e->u.comp.generators, e->u.comp.ngenerators);
        break;
    case EXPR_YIELD:
        fputs("Yield(", stdout);
        if (e->u.yield.value != NULL) {
            fputs("value=", stdout);
            dump_expr(e->u.yield.value);
        }
        break;
    case EXPR_YIELDFROM:
    case EXPR_AWAIT:
        fputs(e->kind == EXPR_AWAIT ? "Await(value=" : "YieldFrom(value=", stdout);
        dump_expr(e->u.yield.value);
        break;
    case EXPR_JOINEDSTR:
        fputs("JoinedStr(values=", stdout);
        dump_exprs(e->u.joined.values);
        break;
    case EXPR_FORMATTED:
        fputs("FormattedValue(value=", stdout);
        dump_expr(e->u.formatted.value);
        printf(", conversion=%d", e->u.formatted.conversion != 0 ? e->u.formatted.conversion : -1);
        if (e->u.formatted.format_spec != NULL) {
            fputs(", format_spec=", stdout);
            dump_expr(e->u.formatted.format_spec);
        }
        break;
    }
    bool empty_fields = (e->kind == EXPR_YIELD && e->u.yield.value == NULL) ||
                        (e->kind == EXPR_SLICE && e->u.slice.lower == NULL && e->u.slice.upper == NULL &&
                         e->u.slice.step == NULL);
    if (attrs && empty_fields) {
        printf("lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", e->loc.line, e->loc.col,
               e->loc.end_line, e->loc.end_col);
    } else {
        loc_attrs(e->loc);
    }
    putchar(')');
}

static void dump_aliases(const Alias *a, int n)
{
    putchar('[');
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        fputs("alias(name=", stdout);
        repr_str(a[i].name, strlen(a[i].name));
        if (a[i].asname != NULL) {
            fputs(", asname=", stdout);
            repr_str(a[i].asname, strlen(a[i].asname));
        }
        loc_attrs(a[i].loc);
        putchar(')');
    }
    putchar(']');
}

static void dump_stmt(const Stmt *s)
{
    bool no_fields = false;
    switch (s->kind) {
    case STMT_EXPR:
        fputs("Expr(value=", stdout);
        dump_expr(s->u.expr.value);
        break;
    case STMT_ASSIGN:
        fputs("Assign(targets=", stdout);
        dump_exprs(s->u.assign.targets);
        fputs(", value=", stdout);
        dump_expr(s->u.assign.value);
        break;
    case STMT_AUGASSIGN:
        fputs("AugAssign(target=", stdout);
        dump_expr(s->u.augassign.target);
        printf(", op=%s, value=", binop_name(s->u.augassign.op));
        dump_expr(s->u.augassign.value);
        break;
    case STMT_ANNASSIGN:
        fputs("AnnAssign(target=", stdout);
        dump_expr(s->u.annassign.target);
        fputs(", annotation=", stdout);
        dump_expr(s->u.annassign.annotation);
        if (s->u.annassign.value != NULL) {
            fputs(", value=", stdout);
            dump_expr(s->u.annassign.value);
        }
        printf(", simple=%d", s->u.annassign.simple ? 1 : 0);
        break;
    case STMT_IF:
    case STMT_WHILE:
        fputs(s->kind == STMT_IF ? "If(test=" : "While(test=", stdout);
        dump_expr(s->kind == STMT_IF ? s->u.if_.test : s->u.while_.test);
        fputs(", body=", stdout);
        dump_stmts(s->kind == STMT_IF ? s->u.if_.body : s->u.while_.body);
        fputs(", orelse=", stdout);
        dump_stmts(s->kind == STMT_IF ? s->u.if_.orelse : s->u.while_.orelse);
        break;
    case STMT_FOR:
        fputs("For(target=", stdout);
        dump_expr(s->u.for_.target);
        fputs(", iter=", stdout);
        dump_expr(s->u.for_.iter);
        fputs(", body=", stdout);
        dump_stmts(s->u.for_.body);
        fputs(", orelse=", stdout);
        dump_stmts(s->u.for_.orelse);
        break;
    case STMT_BREAK: fputs("Break(", stdout); no_fields = true; break;
    case STMT_CONTINUE: fputs("Continue(", stdout); no_fields = true; break;
    case STMT_PASS: fputs("Pass(", stdout); no_fields = true; break;
    case STMT_RETURN:
        fputs("Return(", stdout);
        if (s->u.return_.value != NULL) {
            fputs("value=", stdout);
            dump_expr(s->u.return_.value);
        } else {
            no_fields = true;
        }
        break;
    case STMT_FUNCTIONDEF:
        fputs("FunctionDef(name=", stdout);
        repr_str(s->u.funcdef.name, strlen(s->u.funcdef.name));
        fputs(", args=", stdout);
        dump_arguments(s->u.funcdef.args);
        fputs(", body=", stdout);
        dump_stmts(s->u.funcdef.body);
        fputs(", decorator_list=", stdout);
        dump_exprs(s->u.funcdef.decorators);
        if (s->u.funcdef.returns != NULL) {
            fputs(", returns=", stdout);
            dump_expr(s->u.funcdef.returns);
        }
        break;
    case STMT_CLASSDEF:
        fputs("ClassDef(name=", stdout);
        repr_str(s->u.classdef.name, strlen(s->u.classdef.name));
        fputs(", bases=", stdout);
        dump_exprs(s->u.classdef.bases);
        fputs(", keywords=", stdout);
        dump_keywords(s->u.classdef.keywords, s->u.classdef.nkeywords);
        fputs(", body=", stdout);
        dump_stmts(s->u.classdef.body);
        fputs(", decorator_list=", stdout);
        dump_exprs(s->u.classdef.decorators);
        break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        fputs(s->kind == STMT_GLOBAL ? "Global(names=[" : "Nonlocal(names=[", stdout);
        for (int i = 0; i < s->u.names.len; i++) {
            if (i > 0) {
                fputs(", ", stdout);
            }
            repr_str(s->u.names.names[i], strlen(s->u.names.names[i]));
        }
        putchar(']');
        break;
    case STMT_TRY:
        fputs("Try(body=", stdout);
        dump_stmts(s->u.try_.body);
        fputs(", handlers=[", stdout);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            const ExceptHandler *h = &s->u.try_.handlers[i];
            if (i > 0) {
                fputs(", ", stdout);
            }
            fputs("ExceptHandler(", stdout);
            if (h->type != NULL) {
                fputs("type=", stdout);
                dump_expr(h->type);
                fputs(", ", stdout);
            }
            if (h->name != NULL) {
                fputs("name=", stdout);
                repr_str(h->name, strlen(h->name));
                fputs(", ", stdout);
            }
            fputs("body=", stdout);
            dump_stmts(h->body);
            loc_attrs(h->loc);
            putchar(')');
        }
        fputs("], orelse=", stdout);
        dump_stmts(s->u.try_.orelse);
        fputs(", finalbody=", stdout);
        dump_stmts(s->u.try_.finalbody);
        break;
    case STMT_RAISE:
        fputs("Raise(", stdout);
        if (s->u.raise.exc != NULL) {
            fputs("exc=", stdout);
            dump_expr(s->u.raise.exc);
            if (s->u.raise.cause != NULL) {
                fputs(", cause=", stdout);
                dump_expr(s->u.raise.cause);
            }
        } else {
            no_fields = true;
        }
        break;
    case STMT_ASSERT:
        fputs("Assert(test=", stdout);
        dump_expr(s->u.assert_.test);
        if (s->u.assert_.msg != NULL) {
            fputs(", msg=", stdout);
            dump_expr(s->u.assert_.msg);
        }
        break;
    case STMT_DELETE:
        fputs("Delete(targets=", stdout);
        dump_exprs(s->u.delete.targets);
        break;
    case STMT_IMPORT:
        fputs("Import(names=", stdout);
        dump_aliases(s->u.import.names, s->u.import.len);
        break;
    case STMT_IMPORTFROM:
        fputs("ImportFrom(", stdout);
        if (s->u.importfrom.module != NULL) {
            fputs("module=", stdout);
            repr_str(s->u.importfrom.module, strlen(s->u.importfrom.module));
            fputs(", ", stdout);
        }
        fputs("names=", stdout);
        dump_aliases(s->u.importfrom.names, s->u.importfrom.len);
        printf(", level=%d", s->u.importfrom.level);
        break;
    case STMT_WITH:
        fputs("With(items=[", stdout);
        for (int i = 0; i < s->u.with.nitems; i++) {
            if (i > 0) {
                fputs(", ", stdout);
            }
            fputs("withitem(context_expr=", stdout);
            dump_expr(s->u.with.items[i].context_expr);
            if (s->u.with.items[i].optional_vars != NULL) {
                fputs(", optional_vars=", stdout);
                dump_expr(s->u.with.items[i].optional_vars);
            }
            putchar(')');
        }
        fputs("], body=", stdout);
        dump_stmts(s->u.with.body);
        break;
    }
    if (attrs && no_fields) {
        printf("lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", s->loc.line, s->loc.col,
               s->loc.end_line, s->loc.end_col);
    } else {
        loc_attrs(s->loc);
    }
    putchar(')');
}

static void dump_stmts(StmtList l)
{
    putchar('[');
    for (int i = 0; i < l.len; i++) {
        if (i > 0) {
            fputs(", ", stdout);
        }
        dump_stmt(l.items[i]);
    }
    putchar(']');
}

/* ------------------------------------------------------------- main */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        exit(2);
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        if (k == 0) {
            break;
        }
        n += k;
    }
    if (f != stdin) {
        fclose(f);
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    ParseMode mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) {
            attrs = true;
        } else if (strcmp(argv[i], "-q") == 0) {
            quiet = true;
        } else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            const char *m = argv[++i];
            mode = strcmp(m, "single") == 0 ? PARSE_SINGLE : strcmp(m, "eval") == 0 ? PARSE_EVAL : PARSE_FILE;
        } else {
            path = argv[i];
        }
    }
    if (path == NULL) {
        fputs("usage: astdump [-a] [-q] [-m exec|single|eval] FILE\n", stderr);
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    Arena arena;
    arena_init(&arena);
    SyntaxErr err;
    AstModule *m = parser_parse(&arena, src, len, mode, &err);
    int rc = 0;
    if (m == NULL) {
        static const char *const kinds[] = {"SyntaxError", "IndentationError", "TabError"};
        printf("%s|%s|%d|%d|%d|%d|%s%s\n", kinds[err.kind], err.msg, err.line, err.col, err.end_line, err.end_col,
               err.text, err.incomplete ? "|incomplete" : "");
        rc = 1;
    } else if (quiet) {
        /* nothing */
    } else if (mode == PARSE_EVAL) {
        fputs("Expression(body=", stdout);
        dump_expr(m->expr);
        puts(")");
    } else if (mode == PARSE_SINGLE) {
        fputs("Interactive(body=", stdout);
        dump_stmts(m->body);
        puts(")");
    } else {
        fputs("Module(body=", stdout);
        dump_stmts(m->body);
        puts(", type_ignores=[])");
    }
    arena_free(&arena);
    free(src);
    return rc;
}
