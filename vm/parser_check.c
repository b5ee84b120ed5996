// SPDX-License-Identifier: MIT
/**
 * @file parser_check.c
 * @brief Errors CPython finds after parsing, in its symbol table or compiler,
 *        that are about the shape of the tree: duplicate parameters, repeated
 *        keyword arguments, and misplaced starred expressions.
 *
 * They are reported only when the whole source parsed, so they never hide a
 * syntax error, and with CPython's positions (the node's byte offsets + 1).
 * The symbol-table error (duplicate parameter) wins over the compiler ones,
 * as in CPython where the symbol table is built before any code is generated;
 * within a kind, the first in CPython's visiting order wins.
 */
#include "parser_impl.h"

static void record(Deferred *d, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void record(Deferred *d, Loc loc, const char *fmt, ...)
{
    if (d->set) {
        return;
    }
    d->set = true;
    va_list ap;
    va_start(ap, fmt);
    char msg[sizeof d->err.msg];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parser_error_at(&d->err, SYNTAX_ERROR, loc, "%s", msg);
}

/*
 * Nesting past which the checks stop descending. The tree can be far deeper
 * than the parser's own recursion (`1+1+...+1`, `x[0][0]...[0]` are built by
 * loops), and walking it all would overflow the C stack. Anything this deep
 * is refused by the symbol table anyway (RecursionError "maximum recursion
 * depth exceeded during compilation", as CPython's); the walks count in
 * p->depth, which the parser has brought back to 0.
 */
#define CHECK_MAX_DEPTH 10000

/* ------------------------------------------------ symbol-table order */

static void sym_expr(Parser *p, Expr *e);
static void sym_stmts(Parser *p, StmtList body);

static void sym_exprs(Parser *p, ExprList l)
{
    for (int i = 0; i < l.len; i++) {
        sym_expr(p, l.items[i]);
    }
}

/* The parameters in the order CPython's symtable adds them. */
static void sym_params(Parser *p, Arguments *a)
{
    const Arg *seen[1024];
    int n = 0;
    const Arg *order[1024];
    int k = 0;
    for (int i = 0; i < a->nposonly && k < 1024; i++) {
        order[k++] = &a->posonly[i];
    }
    for (int i = 0; i < a->nargs && k < 1024; i++) {
        order[k++] = &a->args[i];
    }
    for (int i = 0; i < a->nkwonly && k < 1024; i++) {
        order[k++] = &a->kwonly[i];
    }
    if (a->vararg != NULL && k < 1024) {
        order[k++] = a->vararg;
    }
    if (a->kwarg != NULL && k < 1024) {
        order[k++] = a->kwarg;
    }
    for (int i = 0; i < k; i++) {
        for (int j = 0; j < n; j++) {
            if (strcmp(seen[j]->name, order[i]->name) == 0) {
                record(&p->symtable_err, order[i]->loc, "duplicate argument '%s' in function definition",
                       order[i]->name);
                return;
            }
        }
        seen[n++] = order[i];
    }
}

static void sym_defaults(Parser *p, Arguments *a)
{
    for (int i = 0; i < a->ndefaults; i++) {
        sym_expr(p, a->defaults[i]);
    }
    for (int i = 0; i < a->nkwonly; i++) {
        if (a->kw_defaults[i] != NULL) {
            sym_expr(p, a->kw_defaults[i]);
        }
    }
}

static void sym_keywords(Parser *p, Keyword *k, int n)
{
    for (int i = 0; i < n; i++) {
        sym_expr(p, k[i].value);
    }
}

static void sym_comp(Parser *p, Comprehension *g, int n)
{
    for (int i = 0; i < n; i++) {
        sym_expr(p, g[i].target);
        sym_expr(p, g[i].iter);
        sym_exprs(p, g[i].ifs);
    }
}

static void sym_expr_kind(Parser *p, Expr *e);

static void sym_expr(Parser *p, Expr *e)
{
    if (e == NULL || p->symtable_err.set || p->depth >= CHECK_MAX_DEPTH) {
        return;
    }
    p->depth++;
    sym_expr_kind(p, e);
    p->depth--;
}

static void sym_expr_kind(Parser *p, Expr *e)
{
    switch (e->kind) {
    case EXPR_BOOLOP: sym_exprs(p, e->u.boolop.values); break;
    case EXPR_BINOP: sym_expr(p, e->u.binop.left); sym_expr(p, e->u.binop.right); break;
    case EXPR_UNARYOP: sym_expr(p, e->u.unaryop.operand); break;
    case EXPR_COMPARE: sym_expr(p, e->u.compare.left); sym_exprs(p, e->u.compare.comparators); break;
    case EXPR_IFEXP:
        sym_expr(p, e->u.ifexp.test);
        sym_expr(p, e->u.ifexp.body);
        sym_expr(p, e->u.ifexp.orelse);
        break;
    case EXPR_NAMEDEXPR: sym_expr(p, e->u.named.value); break;
    case EXPR_LAMBDA:
        sym_defaults(p, e->u.lambda.args);
        sym_params(p, e->u.lambda.args);
        sym_expr(p, e->u.lambda.body);
        break;
    case EXPR_CALL:
        sym_expr(p, e->u.call.func);
        sym_exprs(p, e->u.call.args);
        sym_keywords(p, e->u.call.keywords, e->u.call.nkeywords);
        break;
    case EXPR_ATTRIBUTE: sym_expr(p, e->u.attribute.value); break;
    case EXPR_SUBSCRIPT: sym_expr(p, e->u.subscript.value); sym_expr(p, e->u.subscript.slice); break;
    case EXPR_SLICE:
        sym_expr(p, e->u.slice.lower);
        sym_expr(p, e->u.slice.upper);
        sym_expr(p, e->u.slice.step);
        break;
    case EXPR_STARRED: sym_expr(p, e->u.starred.value); break;
    case EXPR_TUPLE:
    case EXPR_LIST:
    case EXPR_SET: sym_exprs(p, e->u.seq.elts); break;
    case EXPR_DICT:
        for (int i = 0; i < e->u.dict.len; i++) {
            sym_expr(p, e->u.dict.keys[i]);
            sym_expr(p, e->u.dict.values[i]);
        }
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP:
        sym_comp(p, e->u.comp.generators, e->u.comp.ngenerators);
        sym_expr(p, e->u.comp.elt);
        sym_expr(p, e->u.comp.value);
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM:
    case EXPR_AWAIT: sym_expr(p, e->u.yield.value); break;
    case EXPR_JOINEDSTR: sym_exprs(p, e->u.joined.values); break;
    case EXPR_FORMATTED:
        sym_expr(p, e->u.formatted.value);
        sym_expr(p, e->u.formatted.format_spec);
        break;
    default:
        break;
    }
}

static void sym_stmt(Parser *p, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: {
        Arguments *a = s->u.funcdef.args;
        sym_defaults(p, a);
        sym_exprs(p, s->u.funcdef.decorators);
        sym_params(p, a);
        sym_stmts(p, s->u.funcdef.body);
        break;
    }
    case STMT_CLASSDEF:
        sym_exprs(p, s->u.classdef.bases);
        sym_keywords(p, s->u.classdef.keywords, s->u.classdef.nkeywords);
        sym_exprs(p, s->u.classdef.decorators);
        sym_stmts(p, s->u.classdef.body);
        break;
    case STMT_EXPR: sym_expr(p, s->u.expr.value); break;
    case STMT_ASSIGN: sym_exprs(p, s->u.assign.targets); sym_expr(p, s->u.assign.value); break;
    case STMT_AUGASSIGN: sym_expr(p, s->u.augassign.target); sym_expr(p, s->u.augassign.value); break;
    case STMT_ANNASSIGN:
        sym_expr(p, s->u.annassign.target);
        sym_expr(p, s->u.annassign.annotation);
        sym_expr(p, s->u.annassign.value);
        break;
    case STMT_IF:
        sym_expr(p, s->u.if_.test);
        sym_stmts(p, s->u.if_.body);
        sym_stmts(p, s->u.if_.orelse);
        break;
    case STMT_WHILE:
        sym_expr(p, s->u.while_.test);
        sym_stmts(p, s->u.while_.body);
        sym_stmts(p, s->u.while_.orelse);
        break;
    case STMT_FOR:
        sym_expr(p, s->u.for_.target);
        sym_expr(p, s->u.for_.iter);
        sym_stmts(p, s->u.for_.body);
        sym_stmts(p, s->u.for_.orelse);
        break;
    case STMT_RETURN: sym_expr(p, s->u.return_.value); break;
    case STMT_TRY:
        sym_stmts(p, s->u.try_.body);
        sym_stmts(p, s->u.try_.orelse);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            sym_expr(p, s->u.try_.handlers[i].type);
            sym_stmts(p, s->u.try_.handlers[i].body);
        }
        sym_stmts(p, s->u.try_.finalbody);
        break;
    case STMT_RAISE: sym_expr(p, s->u.raise.exc); sym_expr(p, s->u.raise.cause); break;
    case STMT_ASSERT: sym_expr(p, s->u.assert_.test); sym_expr(p, s->u.assert_.msg); break;
    case STMT_DELETE: sym_exprs(p, s->u.delete.targets); break;
    case STMT_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            sym_expr(p, s->u.with.items[i].context_expr);
            sym_expr(p, s->u.with.items[i].optional_vars);
        }
        sym_stmts(p, s->u.with.body);
        break;
    default:
        break;
    }
}

static void sym_stmts(Parser *p, StmtList body)
{
    for (int i = 0; i < body.len && !p->symtable_err.set; i++) {
        sym_stmt(p, body.items[i]);
    }
}

/* ---------------------------------------------------- compiler order */

/* Where an expression appears, for the starred-expression rules. */
typedef enum Place {
    PLACE_PLAIN,   /* a value: a starred expression is an error */
    PLACE_UNPACK,  /* an element of a display or a call argument */
    PLACE_TARGET   /* an assignment target */
} Place;

static void cc_expr(Parser *p, Expr *e, Place place);
static void cc_stmts(Parser *p, StmtList body);

static void cc_exprs(Parser *p, ExprList l, Place place)
{
    for (int i = 0; i < l.len; i++) {
        cc_expr(p, l.items[i], place);
    }
}

/* validate_keywords: a keyword name used twice */
static void cc_keywords(Parser *p, Keyword *k, int n)
{
    for (int i = 0; i < n; i++) {
        if (k[i].name == NULL) {
            continue;
        }
        for (int j = i + 1; j < n; j++) {
            if (k[j].name != NULL && strcmp(k[i].name, k[j].name) == 0) {
                record(&p->compile_err, k[j].loc, "keyword argument repeated: %s", k[j].name);
                return;
            }
        }
    }
}

/* A tuple or list target: at most one starred element. */
static void cc_target_seq(Parser *p, Expr *e)
{
    int stars = 0;
    for (int i = 0; i < e->u.seq.elts.len; i++) {
        if (e->u.seq.elts.items[i]->kind == EXPR_STARRED) {
            stars++;
        }
    }
    if (stars > 1) {
        record(&p->compile_err, e->loc, "multiple starred expressions in assignment");
        return;
    }
    for (int i = 0; i < e->u.seq.elts.len; i++) {
        Expr *x = e->u.seq.elts.items[i];
        cc_expr(p, x->kind == EXPR_STARRED ? x->u.starred.value : x, PLACE_TARGET);
    }
}

static void cc_comp(Parser *p, Expr *e)
{
    for (int i = 0; i < e->u.comp.ngenerators; i++) {
        Comprehension *g = &e->u.comp.generators[i];
        cc_expr(p, g->iter, PLACE_PLAIN);
        cc_expr(p, g->target, PLACE_TARGET);
        cc_exprs(p, g->ifs, PLACE_PLAIN);
    }
    cc_expr(p, e->u.comp.elt, PLACE_PLAIN);
    cc_expr(p, e->u.comp.value, PLACE_PLAIN);
}

static void cc_expr_kind(Parser *p, Expr *e, Place place);

static void cc_expr(Parser *p, Expr *e, Place place)
{
    if (e == NULL || p->compile_err.set || p->depth >= CHECK_MAX_DEPTH) {
        return;
    }
    p->depth++;
    cc_expr_kind(p, e, place);
    p->depth--;
}

static void cc_expr_kind(Parser *p, Expr *e, Place place)
{
    switch (e->kind) {
    case EXPR_STARRED:
        if (place == PLACE_TARGET) {
            record(&p->compile_err, e->loc, "starred assignment target must be in a list or tuple");
        } else if (place == PLACE_PLAIN) {
            record(&p->compile_err, e->loc, "can't use starred expression here");
        } else {
            cc_expr(p, e->u.starred.value, PLACE_PLAIN);
        }
        break;
    case EXPR_TUPLE:
    case EXPR_LIST:
        if (place == PLACE_TARGET || e->u.seq.ctx == CTX_STORE) {
            cc_target_seq(p, e);
        } else {
            cc_exprs(p, e->u.seq.elts, PLACE_UNPACK);
        }
        break;
    case EXPR_SET: cc_exprs(p, e->u.seq.elts, PLACE_UNPACK); break;
    case EXPR_BOOLOP: cc_exprs(p, e->u.boolop.values, PLACE_PLAIN); break;
    case EXPR_BINOP:
        cc_expr(p, e->u.binop.left, PLACE_PLAIN);
        cc_expr(p, e->u.binop.right, PLACE_PLAIN);
        break;
    case EXPR_UNARYOP: cc_expr(p, e->u.unaryop.operand, PLACE_PLAIN); break;
    case EXPR_COMPARE:
        cc_expr(p, e->u.compare.left, PLACE_PLAIN);
        cc_exprs(p, e->u.compare.comparators, PLACE_PLAIN);
        break;
    case EXPR_IFEXP:
        cc_expr(p, e->u.ifexp.test, PLACE_PLAIN);
        cc_expr(p, e->u.ifexp.body, PLACE_PLAIN);
        cc_expr(p, e->u.ifexp.orelse, PLACE_PLAIN);
        break;
    case EXPR_NAMEDEXPR: cc_expr(p, e->u.named.value, PLACE_PLAIN); break;
    case EXPR_LAMBDA: {
        Arguments *a = e->u.lambda.args;
        for (int i = 0; i < a->ndefaults; i++) {
            cc_expr(p, a->defaults[i], PLACE_PLAIN);
        }
        for (int i = 0; i < a->nkwonly; i++) {
            cc_expr(p, a->kw_defaults[i], PLACE_PLAIN);
        }
        p->fn_depth++;
        cc_expr(p, e->u.lambda.body, PLACE_PLAIN);
        p->fn_depth--;
        break;
    }
    case EXPR_CALL:
        cc_expr(p, e->u.call.func, PLACE_PLAIN);
        cc_keywords(p, e->u.call.keywords, e->u.call.nkeywords);
        cc_exprs(p, e->u.call.args, PLACE_UNPACK);
        for (int i = 0; i < e->u.call.nkeywords; i++) {
            cc_expr(p, e->u.call.keywords[i].value, PLACE_PLAIN);
        }
        break;
    case EXPR_ATTRIBUTE: cc_expr(p, e->u.attribute.value, PLACE_PLAIN); break;
    case EXPR_SUBSCRIPT: {
        cc_expr(p, e->u.subscript.value, PLACE_PLAIN);
        Expr *s = e->u.subscript.slice;
        cc_expr(p, s, s->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        break;
    }
    case EXPR_SLICE:
        cc_expr(p, e->u.slice.lower, PLACE_PLAIN);
        cc_expr(p, e->u.slice.upper, PLACE_PLAIN);
        cc_expr(p, e->u.slice.step, PLACE_PLAIN);
        break;
    case EXPR_DICT:
        for (int i = 0; i < e->u.dict.len; i++) {
            cc_expr(p, e->u.dict.keys[i], PLACE_PLAIN);
            cc_expr(p, e->u.dict.values[i], PLACE_PLAIN);
        }
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP:
        cc_comp(p, e);
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM:
    case EXPR_AWAIT: {
        /* outside a function the compiler reports the yield itself first */
        Expr *v = e->u.yield.value;
        if (p->fn_depth > 0) {
            cc_expr(p, v, v != NULL && v->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        }
        break;
    }
    case EXPR_JOINEDSTR: cc_exprs(p, e->u.joined.values, PLACE_PLAIN); break;
    case EXPR_FORMATTED:
        cc_expr(p, e->u.formatted.value, PLACE_PLAIN);
        cc_expr(p, e->u.formatted.format_spec, PLACE_PLAIN);
        break;
    default:
        break;
    }
}

static void cc_stmt(Parser *p, Stmt *s)
{
    switch (s->kind) {
    case STMT_FUNCTIONDEF: {
        Arguments *a = s->u.funcdef.args;
        cc_exprs(p, s->u.funcdef.decorators, PLACE_PLAIN);
        for (int i = 0; i < a->ndefaults; i++) {
            cc_expr(p, a->defaults[i], PLACE_PLAIN);
        }
        for (int i = 0; i < a->nkwonly; i++) {
            cc_expr(p, a->kw_defaults[i], PLACE_PLAIN);
        }
        p->fn_depth++;
        cc_stmts(p, s->u.funcdef.body);
        p->fn_depth--;
        break;
    }
    case STMT_CLASSDEF: {
        cc_exprs(p, s->u.classdef.decorators, PLACE_PLAIN);
        int saved = p->fn_depth;
        p->fn_depth = 0;
        cc_stmts(p, s->u.classdef.body);
        p->fn_depth = saved;
        cc_keywords(p, s->u.classdef.keywords, s->u.classdef.nkeywords);
        cc_exprs(p, s->u.classdef.bases, PLACE_UNPACK);
        for (int i = 0; i < s->u.classdef.nkeywords; i++) {
            cc_expr(p, s->u.classdef.keywords[i].value, PLACE_PLAIN);
        }
        break;
    }
    case STMT_EXPR: cc_expr(p, s->u.expr.value, PLACE_PLAIN); break;
    case STMT_ASSIGN: {
        Expr *v = s->u.assign.value;
        cc_expr(p, v, v->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        cc_exprs(p, s->u.assign.targets, PLACE_TARGET);
        break;
    }
    case STMT_AUGASSIGN:
        cc_expr(p, s->u.augassign.target, PLACE_PLAIN);
        cc_expr(p, s->u.augassign.value, PLACE_PLAIN);
        break;
    case STMT_ANNASSIGN:
        cc_expr(p, s->u.annassign.value, PLACE_PLAIN);
        cc_expr(p, s->u.annassign.target, PLACE_TARGET);
        break;
    case STMT_IF:
        cc_expr(p, s->u.if_.test, PLACE_PLAIN);
        cc_stmts(p, s->u.if_.body);
        cc_stmts(p, s->u.if_.orelse);
        break;
    case STMT_WHILE:
        cc_expr(p, s->u.while_.test, PLACE_PLAIN);
        cc_stmts(p, s->u.while_.body);
        cc_stmts(p, s->u.while_.orelse);
        break;
    case STMT_FOR:
        cc_expr(p, s->u.for_.iter, s->u.for_.iter->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        cc_expr(p, s->u.for_.target, PLACE_TARGET);
        cc_stmts(p, s->u.for_.body);
        cc_stmts(p, s->u.for_.orelse);
        break;
    case STMT_RETURN: {
        /* outside a function the compiler reports the return itself first */
        Expr *v = s->u.return_.value;
        if (p->fn_depth > 0) {
            cc_expr(p, v, v != NULL && v->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        }
        break;
    }
    case STMT_TRY:
        cc_stmts(p, s->u.try_.body);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            cc_expr(p, s->u.try_.handlers[i].type, PLACE_PLAIN);
            cc_stmts(p, s->u.try_.handlers[i].body);
        }
        cc_stmts(p, s->u.try_.orelse);
        cc_stmts(p, s->u.try_.finalbody);
        break;
    case STMT_RAISE:
        cc_expr(p, s->u.raise.exc, PLACE_PLAIN);
        cc_expr(p, s->u.raise.cause, PLACE_PLAIN);
        break;
    case STMT_ASSERT:
        cc_expr(p, s->u.assert_.test, PLACE_PLAIN);
        cc_expr(p, s->u.assert_.msg, PLACE_PLAIN);
        break;
    case STMT_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            cc_expr(p, s->u.with.items[i].context_expr, PLACE_PLAIN);
            cc_expr(p, s->u.with.items[i].optional_vars, PLACE_TARGET);
        }
        cc_stmts(p, s->u.with.body);
        break;
    default:
        break;
    }
}

static void cc_stmts(Parser *p, StmtList body)
{
    for (int i = 0; i < body.len && !p->compile_err.set; i++) {
        cc_stmt(p, body.items[i]);
    }
}

void parser_check_module(Parser *p, AstModule *m)
{
    if (m->expr != NULL) {
        sym_expr(p, m->expr);
        cc_expr(p, m->expr, m->expr->kind == EXPR_TUPLE ? PLACE_UNPACK : PLACE_PLAIN);
        return;
    }
    sym_stmts(p, m->body);
    cc_stmts(p, m->body);
}
