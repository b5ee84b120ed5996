// SPDX-License-Identifier: MIT
/**
 * @file test_parser.c
 * @brief Unit tests of the parser (vm/parser*.c): operator precedence,
 *        positions, contexts, the interactive and eval modes, deep nesting,
 *        and syntax errors with CPython 3.11's messages and positions.
 *
 * The error table was produced from CPython itself (tests/tools/astcheck.py's
 * file-mode expectations), so a mismatch is a real divergence.
 *
 * Builds on its own: gcc -std=c11 -D_GNU_SOURCE -o /tmp/t tests/unit/test_parser.c vm/lexer.c
 *   vm/lexer_unicode.c vm/parser.c vm/parser_stmt.c vm/parser_expr.c vm/parser_atom.c
 *   vm/parser_args.c vm/parser_string.c vm/parser_check.c vm/arena.c -lcmocka
 */
#include "../../vm/object.h"
#include "../../vm/parser.h"
#include "../../vm/parser_impl.h"

#include <setjmp.h>
#include <cmocka.h>

/* The parser numbers binary operators itself (it must not include the
 * runtime headers); they have to be vm/object.h's BinOp values. */
#define SAME(a, b) ((int)(a) == (int)(b))
static_assert(SAME(AST_ADD, BINOP_ADD) && SAME(AST_SUB, BINOP_SUB) && SAME(AST_MUL, BINOP_MUL), "BinOp mismatch");
static_assert(SAME(AST_TRUEDIV, BINOP_TRUEDIV) && SAME(AST_FLOORDIV, BINOP_FLOORDIV) && SAME(AST_MOD, BINOP_MOD),
              "BinOp mismatch");
static_assert(SAME(AST_POW, BINOP_POW) && SAME(AST_LSHIFT, BINOP_LSHIFT) && SAME(AST_RSHIFT, BINOP_RSHIFT),
              "BinOp mismatch");
static_assert(SAME(AST_AND, BINOP_AND) && SAME(AST_OR, BINOP_OR) && SAME(AST_XOR, BINOP_XOR) &&
                  SAME(AST_MATMUL, BINOP_MATMUL),
              "BinOp mismatch");

/* Parse src from an exactly-sized buffer (no terminator: ASan catches reads past the end). */
static AstModule *parse(Arena *arena, const char *src, ParseMode mode, SyntaxErr *err)
{
    size_t len = strlen(src);
    char *copy = malloc(len > 0 ? len : 1);
    memcpy(copy, src, len);
    arena_init(arena);
    AstModule *m = parser_parse(arena, copy, len, mode, err);
    free(copy);
    return m;
}

/* ------------------------------------------------------- s-expressions */

typedef struct Out {
    char buf[2048];
    size_t len;
} Out;

static void put(Out *o, const char *s)
{
    size_t n = strlen(s);
    if (o->len + n < sizeof o->buf) {
        memcpy(o->buf + o->len, s, n + 1);
        o->len += n;
    }
}

static void sexpr(Out *o, const Expr *e);

static void sexpr_list(Out *o, const char *head, ExprList l)
{
    put(o, head);
    for (int i = 0; i < l.len; i++) {
        put(o, " ");
        sexpr(o, l.items[i]);
    }
    put(o, ")");
}

static void sexpr(Out *o, const Expr *e)
{
    static const char *const bin[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
    static const char *const un[] = {"neg", "pos", "inv", "not"};
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">=", "is", "is-not", "in", "not-in"};
    char tmp[64];
    switch (e->kind) {
    case EXPR_NAME:
        put(o, e->u.name.id);
        break;
    case EXPR_CONST:
        switch (e->u.constant.kind) {
        case CONST_NONE: put(o, "None"); break;
        case CONST_TRUE: put(o, "True"); break;
        case CONST_FALSE: put(o, "False"); break;
        case CONST_ELLIPSIS: put(o, "..."); break;
        case CONST_STR: put(o, "'"); put(o, e->u.constant.text); put(o, "'"); break;
        default: put(o, e->u.constant.text); break;
        }
        break;
    case EXPR_BINOP:
        snprintf(tmp, sizeof tmp, "(%s ", bin[e->u.binop.op]);
        put(o, tmp);
        sexpr(o, e->u.binop.left);
        put(o, " ");
        sexpr(o, e->u.binop.right);
        put(o, ")");
        break;
    case EXPR_UNARYOP:
        snprintf(tmp, sizeof tmp, "(%s ", un[e->u.unaryop.op]);
        put(o, tmp);
        sexpr(o, e->u.unaryop.operand);
        put(o, ")");
        break;
    case EXPR_BOOLOP:
        sexpr_list(o, e->u.boolop.is_and ? "(and" : "(or", e->u.boolop.values);
        break;
    case EXPR_COMPARE:
        put(o, "(cmp ");
        sexpr(o, e->u.compare.left);
        for (int i = 0; i < e->u.compare.comparators.len; i++) {
            snprintf(tmp, sizeof tmp, " %s ", cmp[e->u.compare.ops[i]]);
            put(o, tmp);
            sexpr(o, e->u.compare.comparators.items[i]);
        }
        put(o, ")");
        break;
    case EXPR_IFEXP:
        put(o, "(if ");
        sexpr(o, e->u.ifexp.test);
        put(o, " ");
        sexpr(o, e->u.ifexp.body);
        put(o, " ");
        sexpr(o, e->u.ifexp.orelse);
        put(o, ")");
        break;
    case EXPR_LAMBDA:
        put(o, "(lambda ");
        sexpr(o, e->u.lambda.body);
        put(o, ")");
        break;
    case EXPR_NAMEDEXPR:
        put(o, "(:= ");
        sexpr(o, e->u.named.target);
        put(o, " ");
        sexpr(o, e->u.named.value);
        put(o, ")");
        break;
    case EXPR_CALL:
        put(o, "(call ");
        sexpr(o, e->u.call.func);
        for (int i = 0; i < e->u.call.args.len; i++) {
            put(o, " ");
            sexpr(o, e->u.call.args.items[i]);
        }
        for (int i = 0; i < e->u.call.nkeywords; i++) {
            put(o, " ");
            put(o, e->u.call.keywords[i].name != NULL ? e->u.call.keywords[i].name : "**");
            put(o, "=");
            sexpr(o, e->u.call.keywords[i].value);
        }
        put(o, ")");
        break;
    case EXPR_ATTRIBUTE:
        put(o, "(. ");
        sexpr(o, e->u.attribute.value);
        put(o, " ");
        put(o, e->u.attribute.attr);
        put(o, ")");
        break;
    case EXPR_SUBSCRIPT:
        put(o, "([] ");
        sexpr(o, e->u.subscript.value);
        put(o, " ");
        sexpr(o, e->u.subscript.slice);
        put(o, ")");
        break;
    case EXPR_SLICE:
        put(o, "(slice");
        for (int i = 0; i < 3; i++) {
            const Expr *x = i == 0 ? e->u.slice.lower : i == 1 ? e->u.slice.upper : e->u.slice.step;
            put(o, " ");
            if (x != NULL) {
                sexpr(o, x);
            } else {
                put(o, "_");
            }
        }
        put(o, ")");
        break;
    case EXPR_STARRED:
        put(o, "(* ");
        sexpr(o, e->u.starred.value);
        put(o, ")");
        break;
    case EXPR_TUPLE:
        sexpr_list(o, "(tuple", e->u.seq.elts);
        break;
    case EXPR_LIST:
        sexpr_list(o, "(list", e->u.seq.elts);
        break;
    case EXPR_SET:
        sexpr_list(o, "(set", e->u.seq.elts);
        break;
    case EXPR_GENEXP:
    case EXPR_LISTCOMP:
        put(o, e->kind == EXPR_GENEXP ? "(genexp " : "(listcomp ");
        sexpr(o, e->u.comp.elt);
        for (int i = 0; i < e->u.comp.ngenerators; i++) {
            put(o, " for ");
            sexpr(o, e->u.comp.generators[i].target);
            put(o, " in ");
            sexpr(o, e->u.comp.generators[i].iter);
            for (int j = 0; j < e->u.comp.generators[i].ifs.len; j++) {
                put(o, " if ");
                sexpr(o, e->u.comp.generators[i].ifs.items[j]);
            }
        }
        put(o, ")");
        break;
    case EXPR_AWAIT:
        put(o, "(await ");
        sexpr(o, e->u.yield.value);
        put(o, ")");
        break;
    case EXPR_YIELD:
        put(o, "(yield");
        if (e->u.yield.value != NULL) {
            put(o, " ");
            sexpr(o, e->u.yield.value);
        }
        put(o, ")");
        break;
    default:
        snprintf(tmp, sizeof tmp, "<kind %d>", (int)e->kind);
        put(o, tmp);
        break;
    }
}

/* The s-expression of the eval-mode expression src. */
static void check_expr(const char *src, const char *want)
{
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, src, PARSE_EVAL, &err);
    if (m == NULL) {
        print_error("%s: %s\n", src, err.msg);
    }
    assert_non_null(m);
    Out o = {.len = 0};
    o.buf[0] = '\0';
    sexpr(&o, m->expr);
    if (strcmp(o.buf, want) != 0) {
        print_error("%s\n  got  %s\n  want %s\n", src, o.buf, want);
    }
    assert_string_equal(o.buf, want);
    arena_free(&arena);
}

static void test_precedence(void **state)
{
    check_expr("-2**2", "(neg (** 2 2))");
    check_expr("2**-1", "(** 2 (neg 1))");
    check_expr("2**3**2", "(** 2 (** 3 2))");
    check_expr("-x**-y**z", "(neg (** x (neg (** y z))))");
    check_expr("a - b - c", "(- (- a b) c)");
    check_expr("a + b * c - d / e // f % g @ h", "(- (+ a (* b c)) (@ (% (// (/ d e) f) g) h))");
    check_expr("a | b ^ c & d << e + f", "(| a (^ b (& c (<< d (+ e f)))))");
    check_expr("~a + -b * +c", "(+ (inv a) (* (neg b) (pos c)))");
    check_expr("not a == b", "(not (cmp a == b))");
    check_expr("not a and b or not c", "(or (and (not a) b) (not c))");
    check_expr("a or b or c and d and e", "(or a b (and c d e))");
    check_expr("a < b <= c != d is not e not in f", "(cmp a < b <= c != d is-not e not-in f)");
    check_expr("a if b else c if d else e", "(if b a (if d c e))");
    check_expr("lambda: a if b else c", "(lambda (if b a c))");
    check_expr("(x := 1 + 2)", "(:= x (+ 1 2))");
    check_expr("a.b(c)[d].e", "(. ([] (call (. a b) c) d) e)");
    check_expr("x[1:2, ::3]", "([] x (tuple (slice 1 2 _) (slice _ _ 3)))");
    check_expr("x[:]", "([] x (slice _ _ _))");
    check_expr("x[a, *b]", "([] x (tuple a (* b)))");
    check_expr("f(x for x in y if x)", "(call f (genexp x for x in y if x))");
    check_expr("f(*a, b, k=1, **d)", "(call f (* a) b k=1 **=d)");
    check_expr("[x for x in a for y in b if c if d]", "(listcomp x for x in a for y in b if c if d)");
    check_expr("await x ** 2", "(** (await x) 2)");
    check_expr("1, 2,", "(tuple 1 2)");
    check_expr("(yield)", "(yield)");
    check_expr("{*a, 1}", "(set (* a) 1)");
    check_expr("'a' 'b' \"c\"", "'abc'");
}

/* ------------------------------------------------------------ locations */

static void check_loc(Loc l, int line, int col, int end_line, int end_col)
{
    assert_int_equal(l.line, line);
    assert_int_equal(l.col, col);
    assert_int_equal(l.end_line, end_line);
    assert_int_equal(l.end_col, end_col);
}

static void test_locations(void **state)
{
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, "x = (a) + f(b,\n  c)\nif y:\n    z = '\xc3\xa9'\n", PARSE_FILE, &err);
    assert_non_null(m);
    Stmt *s = m->body.items[0];
    check_loc(s->loc, 1, 0, 2, 4);
    Expr *v = s->u.assign.value;
    check_loc(v->loc, 1, 4, 2, 4);               /* (a) + f(...) starts at the parenthesis */
    check_loc(v->u.binop.left->loc, 1, 5, 1, 6); /* the group itself is just `a` */
    check_loc(v->u.binop.right->loc, 1, 10, 2, 4);
    Stmt *i = m->body.items[1];
    check_loc(i->loc, 3, 0, 4, 12); /* an if ends with its block */
    Stmt *z = i->u.if_.body.items[0];
    check_loc(z->u.assign.value->loc, 4, 8, 4, 12); /* byte columns */
    arena_free(&arena);
}

static void test_contexts(void **state)
{
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, "a, [b.c, *d[0]] = x\nfor (i, j) in y: pass\ndel e, f[1]\n", PARSE_FILE, &err);
    assert_non_null(m);
    Expr *t = m->body.items[0]->u.assign.targets.items[0];
    assert_int_equal(t->kind, EXPR_TUPLE);
    assert_int_equal(t->u.seq.ctx, CTX_STORE);
    assert_int_equal(t->u.seq.elts.items[0]->u.name.ctx, CTX_STORE);
    Expr *l = t->u.seq.elts.items[1];
    assert_int_equal(l->u.seq.ctx, CTX_STORE);
    assert_int_equal(l->u.seq.elts.items[0]->u.attribute.ctx, CTX_STORE);
    assert_int_equal(l->u.seq.elts.items[0]->u.attribute.value->u.name.ctx, CTX_LOAD);
    Expr *st = l->u.seq.elts.items[1];
    assert_int_equal(st->u.starred.ctx, CTX_STORE);
    assert_int_equal(st->u.starred.value->u.subscript.ctx, CTX_STORE);
    Expr *ft = m->body.items[1]->u.for_.target;
    assert_int_equal(ft->u.seq.ctx, CTX_STORE);
    assert_int_equal(ft->u.seq.elts.items[1]->u.name.ctx, CTX_STORE);
    ExprList d = m->body.items[2]->u.delete.targets;
    assert_int_equal(d.len, 2);
    assert_int_equal(d.items[0]->u.name.ctx, CTX_DEL);
    assert_int_equal(d.items[1]->u.subscript.ctx, CTX_DEL);
    arena_free(&arena);
}

static void test_statements(void **state)
{
    Arena arena;
    SyntaxErr err;
    const char *src = "from . import (a, b as c,)\n"
                      "import x.y as z, w\n"
                      "@d1\n@d2(1)\nclass K(B, metaclass=M):\n    pass\n"
                      "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n"
                      "try:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n"
                      "with (open(a) as f, open(b)):\n    pass\n"
                      "x: int = 1\n(y): int\nglobal g, h\nraise E from F\nassert x, 'm'\n";
    AstModule *m = parse(&arena, src, PARSE_FILE, &err);
    if (m == NULL) {
        print_error("%s at %d:%d\n", err.msg, err.line, err.col);
    }
    assert_non_null(m);
    assert_int_equal(m->body.len, 11);
    Stmt *s = m->body.items[0];
    assert_int_equal(s->kind, STMT_IMPORTFROM);
    assert_int_equal(s->u.importfrom.level, 1);
    assert_null(s->u.importfrom.module);
    assert_int_equal(s->u.importfrom.len, 2);
    assert_string_equal(s->u.importfrom.names[1].asname, "c");
    s = m->body.items[1];
    assert_string_equal(s->u.import.names[0].name, "x.y");
    s = m->body.items[2];
    assert_int_equal(s->kind, STMT_CLASSDEF);
    assert_int_equal(s->u.classdef.decorators.len, 2);
    assert_int_equal(s->u.classdef.bases.len, 1);
    assert_string_equal(s->u.classdef.keywords[0].name, "metaclass");
    check_loc(s->loc, 5, 0, 6, 8); /* as CPython: a decorated class starts at `class` */
    s = m->body.items[3];
    Arguments *a = s->u.funcdef.args;
    assert_int_equal(a->nposonly, 2);
    assert_int_equal(a->nargs, 1);
    assert_int_equal(a->ndefaults, 2);
    assert_string_equal(a->vararg->name, "args");
    assert_int_equal(a->nkwonly, 2);
    assert_null(a->kw_defaults[0]);
    assert_non_null(a->kw_defaults[1]);
    assert_string_equal(a->kwarg->name, "kw");
    assert_non_null(s->u.funcdef.returns);
    s = m->body.items[4];
    assert_int_equal(s->u.try_.nhandlers, 1);
    assert_string_equal(s->u.try_.handlers[0].name, "e");
    assert_int_equal(s->u.try_.orelse.len, 1);
    assert_int_equal(s->u.try_.finalbody.len, 1);
    s = m->body.items[5];
    assert_int_equal(s->u.with.nitems, 2); /* parenthesized items, not a tuple */
    assert_non_null(s->u.with.items[0].optional_vars);
    assert_true(m->body.items[6]->u.annassign.simple);
    assert_false(m->body.items[7]->u.annassign.simple);
    assert_int_equal(m->body.items[8]->u.names.len, 2);
    assert_non_null(m->body.items[9]->u.raise.cause);
    assert_non_null(m->body.items[10]->u.assert_.msg);
    arena_free(&arena);
}

static void test_strings(void **state)
{
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, "'\\x41\\u00e9\\n\\0' r'\\n' 'z'", PARSE_EVAL, &err);
    assert_non_null(m);
    const ConstLit *c = &m->expr->u.constant;
    assert_int_equal(c->kind, CONST_STR);
    assert_int_equal(c->len, 8);
    assert_memory_equal(c->text, "A\xc3\xa9\n\0\\nz", 8);
    arena_free(&arena);
    m = parse(&arena, "f'a{x!r:>{w}}b{y=}'", PARSE_EVAL, &err);
    assert_non_null(m);
    Expr *j = m->expr;
    assert_int_equal(j->kind, EXPR_JOINEDSTR);
    assert_int_equal(j->u.joined.values.len, 4); /* 'a', {x...}, 'by=', {y!r} */
    Expr *f = j->u.joined.values.items[1];
    assert_int_equal(f->kind, EXPR_FORMATTED);
    assert_int_equal(f->u.formatted.conversion, 'r');
    assert_int_equal(f->u.formatted.format_spec->kind, EXPR_JOINEDSTR);
    Expr *dbg = j->u.joined.values.items[2];
    assert_string_equal(dbg->u.constant.text, "by=");
    assert_int_equal(j->u.joined.values.items[3]->u.formatted.conversion, 'r');
    arena_free(&arena);
    m = parse(&arena, "b'a\\x00' b'c'", PARSE_EVAL, &err);
    assert_non_null(m);
    assert_int_equal(m->expr->u.constant.kind, CONST_BYTES);
    assert_int_equal(m->expr->u.constant.len, 3);
    arena_free(&arena);
    m = parse(&arena, "0x_ff + 1_000.5e-3 + 2j + 0o17", PARSE_EVAL, &err);
    assert_non_null(m);
    Expr *e = m->expr;
    assert_int_equal(e->u.binop.right->u.constant.base, 8);
    assert_string_equal(e->u.binop.right->u.constant.text, "17");
    assert_int_equal(e->u.binop.left->u.binop.right->u.constant.kind, CONST_IMAG);
    assert_string_equal(e->u.binop.left->u.binop.right->u.constant.text, "2");
    assert_string_equal(e->u.binop.left->u.binop.left->u.binop.right->u.constant.text, "1000.5e-3");
    assert_string_equal(e->u.binop.left->u.binop.left->u.binop.left->u.constant.text, "ff");
    arena_free(&arena);
}

/* ------------------------------------------------------------- errors */

static const struct {
    const char *src;
    SyntaxErrKind kind;
    const char *msg;
    int line, col, end_line, end_col;
} errors[] = {
    {"f() = 1", SYNTAX_ERROR, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"f() = x = 1", SYNTAX_ERROR, "cannot assign to function call", 1, 1, 1, 4},
    {"x = f() = 1", SYNTAX_ERROR, "cannot assign to function call", 1, 5, 1, 8},
    {"1 = x", SYNTAX_ERROR, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"None = 1", SYNTAX_ERROR, "cannot assign to None", 1, 1, 1, 5},
    {"x + 1 = 2", SYNTAX_ERROR, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"a, f() = 1", SYNTAX_ERROR, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"f(), a = 1", SYNTAX_ERROR, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 1, 11},
    {"(a, 1) = x", SYNTAX_ERROR, "cannot assign to literal", 1, 5, 1, 6},
    {"if x = 1:\n  pass", SYNTAX_ERROR, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"f(a.b=1)", SYNTAX_ERROR, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"del f()", SYNTAX_ERROR, "cannot delete function call", 1, 5, 1, 8},
    {"del (a, 1)", SYNTAX_ERROR, "cannot delete literal", 1, 9, 1, 10},
    {"for f() in x: pass", SYNTAX_ERROR, "cannot assign to function call", 1, 5, 1, 8},
    {"for 1 in x: pass", SYNTAX_ERROR, "cannot assign to literal", 1, 5, 1, 6},
    {"with a as f(): pass", SYNTAX_ERROR, "cannot assign to function call", 1, 11, 1, 14},
    {"[x for f() in y]", SYNTAX_ERROR, "cannot assign to function call", 1, 8, 1, 11},
    {"*a = 1", SYNTAX_ERROR, "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"*a, *b = 1", SYNTAX_ERROR, "multiple starred expressions in assignment", 1, 1, 1, 7},
    {"x = *a", SYNTAX_ERROR, "can't use starred expression here", 1, 5, 1, 7},
    {"print \"hello\"", SYNTAX_ERROR, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14},
    {"a b", SYNTAX_ERROR, "invalid syntax", 1, 3, 1, 4},
    {"(a b)", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"x if y", SYNTAX_ERROR, "expected 'else' after 'if' expression", 1, 1, 1, 7},
    {"def f(x, x): pass", SYNTAX_ERROR, "duplicate argument 'x' in function definition", 1, 10, 1, 11},
    {"def f(x=1, y): pass", SYNTAX_ERROR, "non-default argument follows default argument", 1, 12, 1, 13},
    {"def f(*): pass", SYNTAX_ERROR, "named arguments must follow bare *", 1, 7, 1, 8},
    {"f(x=1, 2)", SYNTAX_ERROR, "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**k, 2)", SYNTAX_ERROR, "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"f(**k, *a)", SYNTAX_ERROR, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(x=1, x=2)", SYNTAX_ERROR, "keyword argument repeated: x", 1, 8, 1, 11},
    {"if x\n  pass", SYNTAX_ERROR, "expected ':'", 1, 5, 1, 5},
    {"if x:\npass", INDENTATION_ERROR, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"  x = 1", INDENTATION_ERROR, "unexpected indent", 1, 2, 1, -1},
    {"if x:\n    a\n  b", INDENTATION_ERROR, "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"x = (1,", SYNTAX_ERROR, "'(' was never closed", 1, 5, 1, 0},
    {"x = )", SYNTAX_ERROR, "unmatched ')'", 1, 5, 1, 5},
    {"x = (]", SYNTAX_ERROR, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6},
    {"x = (\n]", SYNTAX_ERROR, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1},
    {"x = 'abc", SYNTAX_ERROR, "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"\"\"abc", SYNTAX_ERROR, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 1 \342\202\254", SYNTAX_ERROR, "invalid character '\342\202\254' (U+20AC)", 1, 7, 1, 7},
    {"x = 0123", SYNTAX_ERROR, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 1_", SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6},
    {"x = 0x", SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 1a", SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5},
    {"x = $", SYNTAX_ERROR, "invalid syntax", 1, 5, 1, 6},
    {"x = \\ y", SYNTAX_ERROR, "unexpected character after line continuation character", 1, 6, 1, 0},
    {"f\"{}\"", SYNTAX_ERROR, "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f\"{x\"", SYNTAX_ERROR, "f-string: expecting '}'", 1, 6, 1, 6},
    {"f\"}\"", SYNTAX_ERROR, "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f\"{a b}\"", SYNTAX_ERROR, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"f\"{x!z}\"", SYNTAX_ERROR, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"x = 1 + \\", SYNTAX_ERROR, "unexpected EOF while parsing", 1, 10, 1, -1},
    {"if x:\n\ta\n        b", TAB_ERROR, "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"x = 1\ny = 2 +", SYNTAX_ERROR, "invalid syntax", 2, 8, 2, 8},
    {"try:\n  pass", SYNTAX_ERROR, "expected 'except' or 'finally' block", 2, 0, 2, -1},
    {"try:\n  pass\nexcept\n  pass", SYNTAX_ERROR, "expected ':'", 3, 7, 3, 7},
    {"else:\n  pass", SYNTAX_ERROR, "invalid syntax", 1, 1, 1, 5},
    {"def f(**d, a): pass", SYNTAX_ERROR, "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(*a, *b): pass", SYNTAX_ERROR, "* argument may appear only once", 1, 11, 1, 12},
    {"def f(/, a): pass", SYNTAX_ERROR, "at least one argument must precede /", 1, 7, 1, 8},
    {"def f(a, /, /): pass", SYNTAX_ERROR, "/ may appear only once", 1, 13, 1, 14},
    {"f(a for a in b, c)", SYNTAX_ERROR, "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"f(True=1)", SYNTAX_ERROR, "cannot assign to True", 1, 3, 1, 8},
    {"x = [1, 2 3]", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"x = {1: 2, 3}", SYNTAX_ERROR, "':' expected after dictionary key", 1, 12, 1, 0},
    {"x = {1: 2, 3: }", SYNTAX_ERROR, "expression expected after dictionary key and ':'", 1, 13, 1, 14},
    {"from x import a,", SYNTAX_ERROR, "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17},
    {"a, b += 1", SYNTAX_ERROR, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"[a] += 1", SYNTAX_ERROR, "'list' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"(a, b): int = 1", SYNTAX_ERROR, "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"f(): int", SYNTAX_ERROR, "illegal target for annotation", 1, 1, 1, 4},
    {"(x.y := 1)", SYNTAX_ERROR, "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"del *a", SYNTAX_ERROR, "cannot delete starred", 1, 5, 1, 7},
    {"x = 5 if 3", SYNTAX_ERROR, "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"[*x for x in y]", SYNTAX_ERROR, "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"[a, b for a in c]", SYNTAX_ERROR, "did you forget parentheses around the comprehension target?", 1, 2, 1, 6},
    {"(*a)", SYNTAX_ERROR, "cannot use starred expression here", 1, 2, 1, 4},
    {"(**a)", SYNTAX_ERROR, "cannot use double starred expression here", 1, 2, 1, 4},
    {"lambda (a): 1", SYNTAX_ERROR, "Lambda expression parameters cannot be parenthesized", 1, 8, 1, 11},
    {"def f((a, b)): pass", SYNTAX_ERROR, "Function parameters cannot be parenthesized", 1, 7, 1, 13},
    {"x = 1\nelse:\n  pass", SYNTAX_ERROR, "invalid syntax", 2, 1, 2, 5},
    {"@dec\nx = 1", SYNTAX_ERROR, "invalid syntax", 2, 1, 2, 2},
    {"class A\n  pass", SYNTAX_ERROR, "expected ':'", 1, 8, 1, 8},
    {"def f:\n  pass", SYNTAX_ERROR, "expected '('", 1, 6, 1, 7},
    {"try:\n  pass\nexcept E, F:\n  pass", SYNTAX_ERROR, "multiple exception types must be parenthesized", 3, 8, 3, 12},
    {"x = yield = 1", SYNTAX_ERROR, "assignment to yield expression not possible", 1, 5, 1, 10},
    {"(yield) = 1", SYNTAX_ERROR, "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7},
    {"print(a {b c})", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 10, 1, 13},
    {"(c d)", SYNTAX_ERROR, "invalid syntax", 1, 4, 1, 5},
    {"foo bar {a b}", SYNTAX_ERROR, "invalid syntax", 1, 5, 1, 8},
    {"x = \303\251.\303\251(1 2)", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1, 14},
    {"if x:\n", INDENTATION_ERROR, "expected an indented block after 'if' statement on line 1", 1, 0, 1, -1},
    {"x = 'a' b'b'", SYNTAX_ERROR, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = \"\\x1\"", SYNTAX_ERROR, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10},
    {"x = b\"\303\251\"", SYNTAX_ERROR, "bytes can only contain ASCII literal characters", 1, 5, 1, 10},
    {"x = 1\n  \n    y", INDENTATION_ERROR, "unexpected indent", 3, 4, 3, -1},
    {"def f():\n    return (", SYNTAX_ERROR, "'(' was never closed", 2, 12, 2, 0},
    {"for x in range(3):\n# c\n\nz", INDENTATION_ERROR, "expected an indented block after 'for' statement on line 1", 4, 1, 4, 2},
    {"{1: 2, 3 4}", SYNTAX_ERROR, "':' expected after dictionary key", 1, 8, 1, 0},
    {"{1: 2, f(3 4): 5}", SYNTAX_ERROR, "':' expected after dictionary key", 1, 8, 1, 0},
    {"{1: 2, [3 4]: 5}", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"f() := 1", SYNTAX_ERROR, "cannot use assignment expressions with function call", 1, 1, 1, 4},
    {"(f() := 1 2)", SYNTAX_ERROR, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
};

static void test_errors(void **state)
{
    int bad = 0;
    for (size_t i = 0; i < ARRAY_LEN(errors); i++) {
        Arena arena;
        SyntaxErr err;
        AstModule *m = parse(&arena, errors[i].src, PARSE_FILE, &err);
        if (m != NULL || err.kind != errors[i].kind || strcmp(err.msg, errors[i].msg) != 0 ||
            err.line != errors[i].line || err.col != errors[i].col || err.end_line != errors[i].end_line ||
            err.end_col != errors[i].end_col) {
            print_error("%s\n  got  %d %s %d %d %d %d\n  want %d %s %d %d %d %d\n", errors[i].src, err.kind,
                        m != NULL ? "(parsed)" : err.msg, err.line, err.col, err.end_line, err.end_col,
                        errors[i].kind, errors[i].msg, errors[i].line, errors[i].col, errors[i].end_line,
                        errors[i].end_col);
            bad++;
        }
        arena_free(&arena);
    }
    assert_int_equal(bad, 0);
}

static void test_fstring_error_text(void **state)
{
    Arena arena;
    SyntaxErr err;
    assert_null(parse(&arena, "x = f'{a b}'\n", PARSE_FILE, &err));
    assert_string_equal(err.text, "(a b)");
    arena_free(&arena);
    assert_null(parse(&arena, "x = 1 +\n", PARSE_FILE, &err));
    assert_string_equal(err.text, "");
    arena_free(&arena);
}

static void test_modes(void **state)
{
    static const struct {
        const char *src;
        bool ok, incomplete;
    } single[] = {
        {"x = 1\n", true, false},
        {"\n", true, false},
        {"if x:\n", false, true},
        {"if x:\n    y\n", false, true},
        {"if x:\n    y\n\n", true, false},
        {"def f():\n    return 1\n", false, true},
        {"def f():\n    return 1\n\n", true, false},
        {"x = (1,\n", false, true},
        {"x = [1,\n 2,\n", false, true},
        {"s = '''abc\n", false, true},
        {"x = 1 + \\\n", false, true},
        {"x = 1 +\n", false, false},
        {"x = 'abc\n", false, false},
        {"if x:\n\n", false, false},
        {"x = 1\ny = 2\n", false, false},
        {"class C:\n    def f(self):\n        pass\n", false, true},
    };
    for (size_t i = 0; i < ARRAY_LEN(single); i++) {
        Arena arena;
        SyntaxErr err;
        AstModule *m = parse(&arena, single[i].src, PARSE_SINGLE, &err);
        if ((m != NULL) != single[i].ok || (m == NULL && err.incomplete != single[i].incomplete)) {
            print_error("single %s: ok=%d incomplete=%d (%s)\n", single[i].src, m != NULL, err.incomplete, err.msg);
        }
        assert_int_equal(m != NULL, single[i].ok);
        if (m == NULL) {
            assert_int_equal(err.incomplete, single[i].incomplete);
        }
        arena_free(&arena);
    }
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, "x = 1\ny = 2\n", PARSE_SINGLE, &err);
    assert_null(m);
    assert_string_equal(err.msg, "multiple statements found while compiling a single statement");
    arena_free(&arena);
    m = parse(&arena, "1 + 2\n\n", PARSE_EVAL, &err);
    assert_non_null(m);
    assert_int_equal(m->expr->kind, EXPR_BINOP);
    arena_free(&arena);
    assert_null(parse(&arena, "x = 1", PARSE_EVAL, &err));
    arena_free(&arena);
}

static void test_deep_nesting(void **state)
{
    Arena arena;
    SyntaxErr err;
    char *src = malloc(100000);
    /* 200 parentheses are fine (201 are the tokenizer's error) */
    size_t n = 4;
    memcpy(src, "x = ", 4);
    for (int i = 0; i < 200; i++) {
        src[n++] = '(';
    }
    src[n++] = '1';
    for (int i = 0; i < 200; i++) {
        src[n++] = ')';
    }
    src[n] = '\0';
    assert_non_null(parse(&arena, src, PARSE_FILE, &err));
    arena_free(&arena);
    /* long chains of unary operators or of lambdas must not overflow the C stack */
    n = 4;
    for (int i = 0; i < 50000; i++) {
        src[n++] = '-';
    }
    src[n++] = '1';
    src[n] = '\0';
    assert_null(parse(&arena, src, PARSE_FILE, &err));
    assert_string_equal(err.msg, "Parser stack overflowed - Python source too complex to parse");
    arena_free(&arena);
    n = 4;
    for (int i = 0; i < 5000; i++) {
        memcpy(src + n, "lambda:", 7);
        n += 7;
    }
    src[n++] = '1';
    src[n] = '\0';
    assert_null(parse(&arena, src, PARSE_FILE, &err));
    arena_free(&arena);
    /* 100 nested blocks: too many levels of indentation */
    n = 0;
    for (int i = 0; i < 100; i++) {
        memset(src + n, ' ', (size_t)i);
        n += (size_t)i;
        memcpy(src + n, "if x:\n", 6);
        n += 6;
    }
    memset(src + n, ' ', 100);
    n += 100;
    memcpy(src + n, "pass\n", 6);
    assert_null(parse(&arena, src, PARSE_FILE, &err));
    assert_int_equal(err.kind, INDENTATION_ERROR);
    assert_string_equal(err.msg, "too many levels of indentation");
    assert_int_equal(err.line, 101);
    arena_free(&arena);
    free(src);
}

static void test_long_file(void **state)
{
    /* 10,000 lines parse in one go (the time is measured by hand, not here) */
    size_t cap = 10000 * 64, n = 0;
    char *src = malloc(cap + 1);
    for (int i = 0; i < 10000; i++) {
        if (i % 4 == 0) {
            n += (size_t)snprintf(src + n, cap - n, "def f%d(a, b=1):\n", i);
        } else {
            n += (size_t)snprintf(src + n, cap - n, "    x = [a, b, (c + %d) * 2]\n", i);
        }
    }
    Arena arena;
    SyntaxErr err;
    AstModule *m = parse(&arena, src, PARSE_FILE, &err);
    assert_non_null(m);
    assert_int_equal(m->body.len, 2500);
    arena_free(&arena);
    free(src);
}

static void test_error_at(void **state)
{
    SyntaxErr err;
    Loc loc = {3, 4, 3, 9};
    parser_error_at(&err, SYNTAX_ERROR, loc, "'%s' outside function", "return");
    assert_string_equal(err.msg, "'return' outside function");
    assert_int_equal(err.line, 3);
    assert_int_equal(err.col, 5);
    assert_int_equal(err.end_col, 10);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_precedence),         cmocka_unit_test(test_locations),
        cmocka_unit_test(test_contexts),           cmocka_unit_test(test_statements),
        cmocka_unit_test(test_strings),            cmocka_unit_test(test_errors),
        cmocka_unit_test(test_fstring_error_text), cmocka_unit_test(test_modes),
        cmocka_unit_test(test_deep_nesting),       cmocka_unit_test(test_long_file),
        cmocka_unit_test(test_error_at),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
