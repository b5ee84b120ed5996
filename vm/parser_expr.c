// SPDX-License-Identifier: MIT
/**
 * @file parser_expr.c
 * @brief Expressions, call arguments, parameters and targets.
 *
 * One function per level of CPython 3.11's expression grammar, from the
 * loosest (star_expressions) to the tightest (atom). Left-recursive rules
 * become loops. A node's position runs from the first token of the rule that
 * made it to the last token consumed, as in CPython: `(a) + b` starts at the
 * parenthesis, while the group `(a)` itself is just `a`.
 */
#include "parser_impl.h"

static Expr *atom(Parser *p);
static Expr *slices(Parser *p);
static Comprehension *for_if_clauses(Parser *p, int *n);
static Expr *backtrack(Parser *p, int mark, Expr *left);
static bool at_for(Parser *p);
static Expr *named_after(Parser *p, Expr *e, int m0);

bool parser_expr_can_start(Parser *p)
{
    switch (cur(p)->type) {
    case TOK_NAME:
    case TOK_NUMBER:
    case TOK_STRING:
    case TOK_LPAR:
    case TOK_LSQB:
    case TOK_LBRACE:
    case TOK_MINUS:
    case TOK_PLUS:
    case TOK_TILDE:
    case TOK_NOT:
    case TOK_LAMBDA:
    case TOK_AWAIT:
    case TOK_NONE:
    case TOK_TRUE:
    case TOK_FALSE:
    case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool checks_on(Parser *p)
{
    return p->call_invalid && p->no_invalid == 0;
}

static Expr *new_name(Parser *p, Token *t)
{
    Expr *e = parser_new_expr(p, EXPR_NAME, tok_loc(t));
    e->u.name.id = parser_tok_str(p, t);
    e->u.name.ctx = CTX_LOAD;
    return e;
}

static Expr *new_seq(Parser *p, ExprKind k, PtrVec *v, Loc loc)
{
    Expr *e = parser_new_expr(p, k, loc);
    e->u.seq.elts = parser_vec_exprs(v);
    e->u.seq.ctx = CTX_LOAD;
    return e;
}

/* --------------------------------------------------------- messages */

const char *parser_expr_name(const Expr *e)
{
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP:
    case EXPR_BINOP:
    case EXPR_UNARYOP: return "expression";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_YIELD:
    case EXPR_YIELDFROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR:
    case EXPR_FORMATTED: return "f-string expression";
    case EXPR_CONST:
        switch (e->u.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

Expr *parser_expr_invalid_target(Expr *e, TargetsType type)
{
    if (e == NULL) {
        return NULL;
    }
    switch (e->kind) {
    case EXPR_LIST:
    case EXPR_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            Expr *bad = parser_expr_invalid_target(e->u.seq.elts.items[i], type);
            if (bad != NULL) {
                return bad;
            }
        }
        return NULL;
    case EXPR_STARRED:
        if (type == DEL_TARGETS) {
            return e;
        }
        return parser_expr_invalid_target(e->u.starred.value, type);
    case EXPR_COMPARE:
        /* `for x in y` parsed as an expression is a comparison: look left. */
        if (type == FOR_TARGETS) {
            if (e->u.compare.ops[0] == AST_CMP_IN) {
                return parser_expr_invalid_target(e->u.compare.left, type);
            }
            return NULL;
        }
        return e;
    case EXPR_NAME:
    case EXPR_SUBSCRIPT:
    case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

void *parser_expr_raise_invalid_target(Parser *p, TargetsType type, Expr *e)
{
    Expr *bad = parser_expr_invalid_target(e, type);
    if (bad != NULL) {
        return parser_raise_loc(p, bad->loc, type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                                parser_expr_name(bad));
    }
    return NULL;
}

void parser_expr_set_ctx(Expr *e, ExprCtx ctx)
{
    switch (e->kind) {
    case EXPR_NAME:
        e->u.name.ctx = ctx;
        break;
    case EXPR_ATTRIBUTE:
        e->u.attribute.ctx = ctx;
        break;
    case EXPR_SUBSCRIPT:
        e->u.subscript.ctx = ctx;
        break;
    case EXPR_STARRED:
        e->u.starred.ctx = ctx;
        parser_expr_set_ctx(e->u.starred.value, ctx);
        break;
    case EXPR_TUPLE:
    case EXPR_LIST:
        e->u.seq.ctx = ctx;
        for (int i = 0; i < e->u.seq.elts.len; i++) {
            parser_expr_set_ctx(e->u.seq.elts.items[i], ctx);
        }
        break;
    default:
        break;
    }
}

/* -------------------------------------------------------- sequences */

/* star_expression: '*' bitwise_or | expression */
static Expr *star_expression(Parser *p)
{
    if (at(p, TOK_STAR)) {
        Token *st = advance(p);
        Expr *v = parser_expr_bitwise_or(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = parser_new_expr(p, EXPR_STARRED, parser_loc_from(p, st));
        e->u.starred.value = v;
        e->u.starred.ctx = CTX_LOAD;
        return e;
    }
    return parser_expr_expression(p);
}

/* star_expressions: star_expression (',' star_expression)* [','] */
Expr *parser_expr_star_expressions(Parser *p)
{
    Token *start = cur(p);
    Expr *first = star_expression(p);
    if (first == NULL || !at(p, TOK_COMMA)) {
        return first;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, first);
    while (accept(p, TOK_COMMA)) {
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR)) {
            break;
        }
        int m = p->mark;
        Expr *e = star_expression(p);
        if (e == NULL) {
            /* PEG: the comma before an element that fails is a trailing one */
            if (backtrack(p, m, first) == NULL) {
                return NULL;
            }
            break;
        }
        parser_vec_push(p, &v, e);
    }
    return new_seq(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

static Expr *primary(Parser *p);

/* star_target: '*' star_target | t_primary-like expression. The caller
 * checks that it is a valid target; here only the extent matters, which
 * decides where a first-pass failure is reported. */
static Expr *star_target(Parser *p)
{
    if (at(p, TOK_STAR)) {
        Token *st = advance(p);
        if (at(p, TOK_STAR)) {
            return parser_fail(p);
        }
        if (!parser_enter(p)) {
            return NULL;
        }
        Expr *v = star_target(p);
        leave(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = parser_new_expr(p, EXPR_STARRED, parser_loc_from(p, st));
        e->u.starred.value = v;
        e->u.starred.ctx = CTX_LOAD;
        return e;
    }
    return primary(p);
}

/* star_targets: star_target (',' star_target)* [','] */
Expr *parser_expr_targets_for(Parser *p)
{
    Token *start = cur(p);
    Expr *first = star_target(p);
    if (first == NULL || !at(p, TOK_COMMA)) {
        return first;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, first);
    while (accept(p, TOK_COMMA)) {
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR)) {
            break;
        }
        Expr *e = star_target(p);
        if (e == NULL) {
            return NULL;
        }
        parser_vec_push(p, &v, e);
    }
    return new_seq(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

/* expressions: expression (',' expression)* [','] */
Expr *parser_expr_expressions(Parser *p)
{
    Token *start = cur(p);
    Expr *first = parser_expr_expression(p);
    if (first == NULL || !at(p, TOK_COMMA)) {
        return first;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, first);
    while (accept(p, TOK_COMMA)) {
        if (!parser_expr_can_start(p)) {
            break;
        }
        int m = p->mark;
        Expr *e = parser_expr_expression(p);
        if (e == NULL) {
            if (backtrack(p, m, first) == NULL) {
                return NULL;
            }
            break;
        }
        parser_vec_push(p, &v, e);
    }
    return new_seq(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

/* star_named_expression: '*' bitwise_or | named_expression */
Expr *parser_expr_star_named(Parser *p)
{
    if (at(p, TOK_STAR)) {
        return star_expression(p);
    }
    return parser_expr_named(p);
}

/* named_expression: NAME ':=' expression | invalid_named_expression | expression !':=' */
Expr *parser_expr_named(Parser *p)
{
    if (at(p, TOK_NAME) && peek(p, 1)->type == TOK_COLONEQUAL) {
        Token *name = advance(p);
        advance(p);
        Expr *v = parser_expr_expression(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = parser_new_expr(p, EXPR_NAMEDEXPR, parser_loc_from(p, name));
        Expr *target = new_name(p, name);
        target->u.name.ctx = CTX_STORE;
        e->u.named.target = target;
        e->u.named.value = v;
        return e;
    }
    int m0 = p->mark;
    Expr *e = parser_expr_expression(p);
    if (e == NULL) {
        return NULL;
    }
    return named_after(p, e, m0);
}

/* Expressions that may stand where CPython's invalid_named_expression
 * expects a bitwise_or before '=' (not a comparison, not, and/or, ...). */
static bool is_bitwise_or_level(const Expr *e)
{
    switch (e->kind) {
    case EXPR_COMPARE:
    case EXPR_BOOLOP:
    case EXPR_IFEXP:
    case EXPR_LAMBDA:
    case EXPR_NAMEDEXPR:
    case EXPR_STARRED:
        return false;
    case EXPR_UNARYOP:
        return e->u.unaryop.op != AST_UNARY_NOT;
    default:
        return true;
    }
}

/* The leftmost atom of a bitwise_or is a list or tuple display, a generator
 * expression, True, None or False: the `!(list|tuple|genexp|...)` lookahead. */
static bool starts_with_excluded_atom(const Expr *e)
{
    for (;;) {
        switch (e->kind) {
        case EXPR_BINOP: e = e->u.binop.left; continue;
        case EXPR_ATTRIBUTE: e = e->u.attribute.value; continue;
        case EXPR_SUBSCRIPT: e = e->u.subscript.value; continue;
        case EXPR_CALL: e = e->u.call.func; continue;
        case EXPR_LIST:
        case EXPR_TUPLE:
        case EXPR_GENEXP:
            return true;
        case EXPR_CONST:
            return e->u.constant.kind == CONST_TRUE || e->u.constant.kind == CONST_FALSE ||
                   e->u.constant.kind == CONST_NONE;
        default:
            return false;
        }
    }
}

void parser_expr_check_named_eq(Parser *p, Expr *e, int start, int eq)
{
    if (!checks_on(p) || failed(p)) {
        return;
    }
    bool plain_name = e->kind == EXPR_NAME && eq == start + 1;
    bool other = !plain_name && is_bitwise_or_level(e) && !starts_with_excluded_atom(e);
    if (!plain_name && !other) {
        return;
    }
    int save = p->mark;
    p->mark = eq + 1;
    Expr *b = parser_expr_bitwise_or(p);
    if (b != NULL && !at(p, TOK_EQUAL) && !at(p, TOK_COLONEQUAL)) {
        if (plain_name) {
            parser_raise_range(p, e->loc, b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        } else {
            parser_raise_loc(p, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             parser_expr_name(e));
        }
    }
    parser_clear_generic(p);
    p->mark = save;
}

static Expr *named_after(Parser *p, Expr *e, int m0)
{
    if (at(p, TOK_COLONEQUAL)) {
        if (checks_on(p)) {
            return parser_raise_loc(p, e->loc, "cannot use assignment expressions with %s", parser_expr_name(e));
        }
        return parser_fail(p);
    }
    if (checks_on(p) && at(p, TOK_EQUAL)) {
        parser_expr_check_named_eq(p, e, m0, p->mark);
        if (failed(p)) {
            return NULL;
        }
    }
    return e;
}

/* -------------------------------------------------------- expression */

static bool is_legacy_name(Parser *p, const Token *t)
{
    return t->type == TOK_NAME && ((t->len == 5 && memcmp(t->start, "print", 5) == 0) ||
                                   (t->len == 4 && memcmp(t->start, "exec", 4) == 0));
}

/* CPython 3.11 compares a NAME with the soft keywords using strncmp() and the
 * NAME's length, so any prefix of one counts: `c`, `ma`, `_` ... */
static bool is_soft_keyword(const Token *t)
{
    static const char *const kw[] = {"_", "case", "match"};
    if (t->type != TOK_NAME) {
        return false;
    }
    for (size_t i = 0; i < ARRAY_LEN(kw); i++) {
        if ((size_t)t->len <= strlen(kw[i]) && memcmp(kw[i], t->start, (size_t)t->len) == 0) {
            return true;
        }
    }
    return false;
}

static Expr *lambdef(Parser *p);

/* ------------------------------------------------ memoization (pass 2)
 *
 * CPython's parser remembers the result of some rules at each position.
 * This matters for the second pass: a result computed while invalid rules
 * were off (inside the "forgot a comma" check) is reused later with them on,
 * which decides whether a nested mistake is reported. We memoize the same
 * rules' equivalents, on the second pass only (the first needs no rewinding).
 */

static bool memo_get(Parser *p, MemoRule rule, Expr **out)
{
    if (!p->call_invalid) {
        return false;
    }
    if (p->mark >= p->memo_cap) {
        int cap = p->memo_cap != 0 ? p->memo_cap : 256;
        while (cap <= p->mark) {
            cap *= 2;
        }
        for (int r = 0; r < MEMO_COUNT; r++) {
            Memo *m = realloc(p->memo[r], (size_t)cap * sizeof *m);
            if (m == NULL) {
                fputs("gilvm: out of memory\n", stderr);
                abort();
            }
            memset(m + p->memo_cap, 0, (size_t)(cap - p->memo_cap) * sizeof *m);
            p->memo[r] = m;
        }
        p->memo_cap = cap;
    }
    Memo *m = &p->memo[rule][p->mark];
    if (m->end == 0) {
        return false;
    }
    if (m->end < 0) {
        *out = parser_fail(p);
        return true;
    }
    *out = m->e;
    p->mark = m->end - 1;
    return true;
}

static void memo_put(Parser *p, MemoRule rule, int start, Expr *e)
{
    if (!p->call_invalid || p->error == PERR_RAISED || start >= p->memo_cap) {
        return;
    }
    Memo *m = &p->memo[rule][start];
    m->e = e;
    m->end = e != NULL ? p->mark + 1 : -1;
}

static Expr *expression(Parser *p)
{
    if (at(p, TOK_LAMBDA)) {
        return lambdef(p);
    }
    Token *start = cur(p);
    int m0 = p->mark;
    bool checks = checks_on(p);

    Expr *a = parser_expr_disjunction(p);
    if (a == NULL) {
        if (!checks || p->error == PERR_RAISED || start->type != TOK_NAME) {
            return NULL;
        }
        /* the legacy check below still looks past a NAME */
        parser_clear_generic(p);
    }
    int m1 = p->mark;

    if (checks && a != NULL) {
        /* invalid_expression: two expressions side by side inside brackets */
        if (parser_expr_can_start(p) && !(start->type == TOK_NAME && p->toks[m0 + 1]->type == TOK_STRING) &&
            !is_soft_keyword(start)) {
            /* expression_without_invalid: a rule of its own, so its result is
             * not remembered as `expression`; what it parses inside is. */
            Expr *b = NULL;
            if (parser_enter(p)) {
                p->no_invalid++;
                b = expression(p);
                p->no_invalid--;
                leave(p);
            }
            bool legacy = a->kind == EXPR_NAME && is_legacy_name(p, start);
            if (b != NULL && !legacy && p->toks[p->mark - 1]->level > 0) {
                return parser_raise_range(p, a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
            }
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = m1;
        }
        /* invalid_expression: `a if b` without else */
        if (at(p, TOK_IF)) {
            advance(p);
            Expr *test = parser_expr_disjunction(p);
            if (test != NULL && !at(p, TOK_ELSE) && !at(p, TOK_COLON)) {
                return parser_raise_range(p, a->loc, test->loc, "expected 'else' after 'if' expression");
            }
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = m1;
        }
    }

    /* invalid_legacy_expression: NAME !'(' star_expressions, an error for print and exec */
    if (checks && start->type == TOK_NAME && p->toks[m0 + 1]->type != TOK_LPAR) {
        p->mark = m0 + 1;
        if (parser_expr_can_start(p) || at(p, TOK_STAR)) {
            Expr *b = parser_expr_star_expressions(p);
            if (b != NULL && is_legacy_name(p, start)) {
                return parser_raise_range(p, tok_loc(start), b->loc,
                                          "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                                          start->len, start->start, start->len, start->start);
            }
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
        }
        p->mark = m1;
    }
    if (a == NULL) {
        p->mark = m0;
        return parser_fail(p);
    }

    if (!at(p, TOK_IF)) {
        return a;
    }
    advance(p);
    Expr *test = parser_expr_disjunction(p);
    if (test == NULL || !at(p, TOK_ELSE)) {
        if (p->error == PERR_RAISED) {
            return NULL;
        }
        /* `a if b` does not continue: the expression is just `a` */
        parser_clear_generic(p);
        p->mark = m1;
        return a;
    }
    advance(p);
    Expr *orelse = parser_expr_expression(p);
    if (orelse == NULL) {
        if (p->error == PERR_RAISED) {
            return NULL;
        }
        parser_clear_generic(p);
        p->mark = m1;
        return a;
    }
    Expr *e = parser_new_expr(p, EXPR_IFEXP, parser_loc_from(p, start));
    e->u.ifexp.test = test;
    e->u.ifexp.body = a;
    e->u.ifexp.orelse = orelse;
    return e;
}

Expr *parser_expr_expression(Parser *p)
{
    Expr *e;
    int start = p->mark;
    if (memo_get(p, MEMO_EXPRESSION, &e)) {
        return e;
    }
    if (!parser_enter(p)) {
        return NULL;
    }
    e = expression(p);
    leave(p);
    memo_put(p, MEMO_EXPRESSION, start, e);
    return e;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
Expr *parser_expr_yield(Parser *p)
{
    Token *kw = advance(p);
    if (accept(p, TOK_FROM)) {
        Expr *v = parser_expr_expression(p);
        if (v == NULL) {
            return NULL;
        }
        Expr *e = parser_new_expr(p, EXPR_YIELDFROM, parser_loc_from(p, kw));
        e->u.yield.value = v;
        return e;
    }
    Expr *v = NULL;
    if (parser_expr_can_start(p) || at(p, TOK_STAR)) {
        if ((v = parser_expr_star_expressions(p)) == NULL) {
            return NULL;
        }
    }
    Expr *e = parser_new_expr(p, EXPR_YIELD, parser_loc_from(p, kw));
    e->u.yield.value = v;
    return e;
}

/* ------------------------------------------------ boolean operators */

static Expr *inversion(Parser *p);

static Expr *conjunction(Parser *p)
{
    Token *start = cur(p);
    Expr *a = inversion(p);
    if (a == NULL || !at(p, TOK_AND)) {
        return a;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, a);
    while (at(p, TOK_AND)) {
        int m = p->mark;
        advance(p);
        Expr *b = inversion(p);
        if (b == NULL) {
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = m;
            break;
        }
        parser_vec_push(p, &v, b);
    }
    if (v.len == 1) {
        return a;
    }
    Expr *e = parser_new_expr(p, EXPR_BOOLOP, parser_loc_from(p, start));
    e->u.boolop.is_and = true;
    e->u.boolop.values = parser_vec_exprs(&v);
    return e;
}

static Expr *disjunction(Parser *p)
{
    Token *start = cur(p);
    Expr *a = conjunction(p);
    if (a == NULL || !at(p, TOK_OR)) {
        return a;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, a);
    while (at(p, TOK_OR)) {
        int m = p->mark;
        advance(p);
        Expr *b = conjunction(p);
        if (b == NULL) {
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            /* PEG: the repetition stops before the operator it cannot complete */
            parser_clear_generic(p);
            p->mark = m;
            break;
        }
        parser_vec_push(p, &v, b);
    }
    if (v.len == 1) {
        return a;
    }
    Expr *e = parser_new_expr(p, EXPR_BOOLOP, parser_loc_from(p, start));
    e->u.boolop.is_and = false;
    e->u.boolop.values = parser_vec_exprs(&v);
    return e;
}

Expr *parser_expr_disjunction(Parser *p)
{
    Expr *e;
    int start = p->mark;
    if (memo_get(p, MEMO_DISJUNCTION, &e)) {
        return e;
    }
    e = disjunction(p);
    memo_put(p, MEMO_DISJUNCTION, start, e);
    return e;
}

static Expr *comparison(Parser *p);

/* inversion: 'not' inversion | comparison */
static Expr *inversion(Parser *p)
{
    if (!at(p, TOK_NOT)) {
        return comparison(p);
    }
    Token *start = advance(p);
    if (!parser_enter(p)) {
        return NULL;
    }
    Expr *v = inversion(p);
    leave(p);
    if (v == NULL) {
        return NULL;
    }
    Expr *e = parser_new_expr(p, EXPR_UNARYOP, parser_loc_from(p, start));
    e->u.unaryop.op = AST_UNARY_NOT;
    e->u.unaryop.operand = v;
    return e;
}

/* The comparison operator at the cursor (consumed), or false. */
static bool compare_op(Parser *p, AstCmpOp *op)
{
    switch (cur(p)->type) {
    case TOK_EQEQUAL: *op = AST_CMP_EQ; break;
    case TOK_NOTEQUAL: *op = AST_CMP_NE; break;
    case TOK_LESS: *op = AST_CMP_LT; break;
    case TOK_LESSEQUAL: *op = AST_CMP_LE; break;
    case TOK_GREATER: *op = AST_CMP_GT; break;
    case TOK_GREATEREQUAL: *op = AST_CMP_GE; break;
    case TOK_IN:
        *op = AST_CMP_IN;
        break;
    case TOK_NOT:
        if (peek(p, 1)->type != TOK_IN) {
            return false;
        }
        advance(p);
        *op = AST_CMP_NOT_IN;
        break;
    case TOK_IS:
        if (peek(p, 1)->type == TOK_NOT) {
            advance(p);
            *op = AST_CMP_IS_NOT;
        } else {
            *op = AST_CMP_IS;
        }
        break;
    default:
        return false;
    }
    advance(p);
    return true;
}

static Expr *comparison(Parser *p)
{
    Token *start = cur(p);
    Expr *a = parser_expr_bitwise_or(p);
    if (a == NULL) {
        return NULL;
    }
    AstCmpOp op;
    int op_mark = p->mark;
    if (!compare_op(p, &op)) {
        return a;
    }
    int n = 0, cap = 4;
    AstCmpOp *ops = arena_alloc(p->arena, (size_t)cap * sizeof *ops);
    PtrVec comps = {0};
    int m = op_mark;
    do {
        Expr *b = parser_expr_bitwise_or(p);
        if (b == NULL) {
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = m;
            break;
        }
        if (n == cap) {
            AstCmpOp *bigger = arena_alloc(p->arena, (size_t)cap * 2 * sizeof *ops);
            memcpy(bigger, ops, (size_t)n * sizeof *ops);
            ops = bigger;
            cap *= 2;
        }
        ops[n++] = op;
        parser_vec_push(p, &comps, b);
        m = p->mark;
    } while (compare_op(p, &op));
    if (n == 0) {
        return a;
    }
    Expr *e = parser_new_expr(p, EXPR_COMPARE, parser_loc_from(p, start));
    e->u.compare.left = a;
    e->u.compare.ops = ops;
    e->u.compare.comparators = parser_vec_exprs(&comps);
    return e;
}

/* ------------------------------------------------- binary operators */

/* PEG semantics for a left-recursive rule: when the right operand fails, the
 * rule matches just the left part, and the operator is left for the caller. */
static Expr *backtrack(Parser *p, int mark, Expr *left)
{
    if (p->error == PERR_RAISED) {
        return NULL;
    }
    parser_clear_generic(p);
    p->mark = mark;
    return left;
}

static Expr *binop(Parser *p, Token *start, Expr *l, AstBinOp op, Expr *r)
{
    Expr *e = parser_new_expr(p, EXPR_BINOP, parser_loc_from(p, start));
    e->u.binop.left = l;
    e->u.binop.op = op;
    e->u.binop.right = r;
    return e;
}

static Expr *factor(Parser *p);

static Expr *term(Parser *p)
{
    Token *start = cur(p);
    Expr *a = factor(p);
    while (a != NULL) {
        AstBinOp op;
        switch (cur(p)->type) {
        case TOK_STAR: op = AST_MUL; break;
        case TOK_SLASH: op = AST_TRUEDIV; break;
        case TOK_DOUBLESLASH: op = AST_FLOORDIV; break;
        case TOK_PERCENT: op = AST_MOD; break;
        case TOK_AT: op = AST_MATMUL; break;
        default: return a;
        }
        int m = p->mark;
        advance(p);
        Expr *b = factor(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, op, b);
    }
    return a;
}

static Expr *sum(Parser *p)
{
    Token *start = cur(p);
    Expr *a = term(p);
    while (a != NULL && (at(p, TOK_PLUS) || at(p, TOK_MINUS))) {
        int m = p->mark;
        AstBinOp op = advance(p)->type == TOK_PLUS ? AST_ADD : AST_SUB;
        Expr *b = term(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, op, b);
    }
    return a;
}

static Expr *shift_expr(Parser *p)
{
    Token *start = cur(p);
    Expr *a = sum(p);
    while (a != NULL && (at(p, TOK_LEFTSHIFT) || at(p, TOK_RIGHTSHIFT))) {
        int m = p->mark;
        AstBinOp op = advance(p)->type == TOK_LEFTSHIFT ? AST_LSHIFT : AST_RSHIFT;
        Expr *b = sum(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, op, b);
    }
    return a;
}

static Expr *bitwise_and(Parser *p)
{
    Token *start = cur(p);
    Expr *a = shift_expr(p);
    while (a != NULL && at(p, TOK_AMPER)) {
        int m = p->mark;
        advance(p);
        Expr *b = shift_expr(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, AST_AND, b);
    }
    return a;
}

static Expr *bitwise_xor(Parser *p)
{
    Token *start = cur(p);
    Expr *a = bitwise_and(p);
    while (a != NULL && at(p, TOK_CIRCUMFLEX)) {
        int m = p->mark;
        advance(p);
        Expr *b = bitwise_and(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, AST_XOR, b);
    }
    return a;
}

static Expr *bitwise_or(Parser *p)
{
    Token *start = cur(p);
    Expr *a = bitwise_xor(p);
    while (a != NULL && at(p, TOK_VBAR)) {
        int m = p->mark;
        advance(p);
        Expr *b = bitwise_xor(p);
        if (b == NULL) {
            return backtrack(p, m, a);
        }
        a = binop(p, start, a, AST_OR, b);
    }
    return a;
}

Expr *parser_expr_bitwise_or(Parser *p)
{
    Expr *e;
    int start = p->mark;
    if (memo_get(p, MEMO_BITWISE_OR, &e)) {
        return e;
    }
    e = bitwise_or(p);
    memo_put(p, MEMO_BITWISE_OR, start, e);
    return e;
}

static Expr *primary(Parser *p);

/* power: await_primary '**' factor | await_primary */
static Expr *power(Parser *p)
{
    Token *start = cur(p);
    Expr *a;
    if (at(p, TOK_AWAIT)) {
        advance(p);
        Expr *v = primary(p);
        if (v == NULL) {
            return NULL;
        }
        a = parser_new_expr(p, EXPR_AWAIT, parser_loc_from(p, start));
        a->u.yield.value = v;
    } else {
        a = primary(p);
    }
    if (a == NULL || !at(p, TOK_DOUBLESTAR)) {
        return a;
    }
    int m = p->mark;
    advance(p);
    Expr *b = factor(p);
    return b != NULL ? binop(p, start, a, AST_POW, b) : backtrack(p, m, a);
}

/* factor: ('+' | '-' | '~') factor | power */
static Expr *factor(Parser *p)
{
    AstUnaryOp op;
    switch (cur(p)->type) {
    case TOK_PLUS: op = AST_UNARY_POS; break;
    case TOK_MINUS: op = AST_UNARY_NEG; break;
    case TOK_TILDE: op = AST_UNARY_INVERT; break;
    default: return power(p);
    }
    Token *start = advance(p);
    if (!parser_enter(p)) {
        return NULL;
    }
    Expr *v = factor(p);
    leave(p);
    if (v == NULL) {
        return NULL;
    }
    Expr *e = parser_new_expr(p, EXPR_UNARYOP, parser_loc_from(p, start));
    e->u.unaryop.op = op;
    e->u.unaryop.operand = v;
    return e;
}

static Expr *star_named_list_for(Parser *p, PtrVec *elts, Token **comma, bool *trailing);

/* The second pass tries CPython's `primary genexp` before a call or a
 * subscript, and genexp's invalid_comprehension accepts '[' and '{' as an
 * opening bracket: the start of what follows is parsed with the invalid rules
 * on (so a mistake inside is reported), and the comprehension mistakes
 * `x[*a for a in b]`, `x[a, b for ...]` are recognized. */
static void genexp_lookahead(Parser *p)
{
    int m = p->mark;
    advance(p);
    if (at(p, TOK_STAR)) {
        Token *st = advance(p);
        Expr *v = parser_expr_expression(p);
        if (v != NULL && at_for(p)) {
            Loc l = parser_loc_from(p, st);
            int n;
            if (for_if_clauses(p, &n) != NULL) {
                parser_raise_loc(p, l, "iterable unpacking cannot be used in comprehension");
            }
        }
    } else if (p->toks[m]->type != TOK_LPAR && (parser_expr_can_start(p))) {
        PtrVec elts = {0};
        Token *comma = NULL;
        bool trailing = false;
        if (star_named_list_for(p, &elts, &comma, &trailing) && comma != NULL && at_for(p)) {
            int n;
            if (for_if_clauses(p, &n) != NULL) {
                Expr *a = elts.items[0];
                Loc end = trailing && elts.len == 1 ? tok_loc(comma) : ((Expr *)elts.items[elts.len - 1])->loc;
                parser_raise_range(p, a->loc, end, "did you forget parentheses around the comprehension target?");
            }
        }
    }
    if (p->error != PERR_RAISED) {
        parser_clear_generic(p);
        p->mark = m;
    }
}

/* primary: atom followed by any number of .NAME, (arguments), [slices] */
static Expr *primary_raw(Parser *p)
{
    Token *start = cur(p);
    Expr *e = atom(p);
    while (e != NULL) {
        int m = p->mark;
        if (checks_on(p) && (at(p, TOK_LSQB) || at(p, TOK_LBRACE) || at(p, TOK_LPAR))) {
            genexp_lookahead(p);
            if (failed(p)) {
                return NULL;
            }
        }
        if (at(p, TOK_DOT)) {
            advance(p);
            if (!at(p, TOK_NAME)) {
                parser_fail(p);
                return backtrack(p, m, e);
            }
            Token *name = advance(p);
            Expr *a = parser_new_expr(p, EXPR_ATTRIBUTE, parser_loc_from(p, start));
            a->u.attribute.value = e;
            a->u.attribute.attr = parser_tok_str(p, name);
            a->u.attribute.ctx = CTX_LOAD;
            e = a;
        } else if (at(p, TOK_LPAR)) {
            advance(p);
            Expr *c = parser_new_expr(p, EXPR_CALL, tok_loc(start));
            c->u.call.func = e;
            if (!parser_expr_arguments(p, c, false) || !accept(p, TOK_RPAR)) {
                parser_fail(p);
                return backtrack(p, m, e);
            }
            c->loc = parser_loc_from(p, start);
            e = c;
        } else if (at(p, TOK_LSQB)) {
            advance(p);
            Expr *s = slices(p);
            if (s == NULL || !accept(p, TOK_RSQB)) {
                parser_fail(p);
                return backtrack(p, m, e);
            }
            Expr *sub = parser_new_expr(p, EXPR_SUBSCRIPT, parser_loc_from(p, start));
            sub->u.subscript.value = e;
            sub->u.subscript.slice = s;
            sub->u.subscript.ctx = CTX_LOAD;
            e = sub;
        } else {
            break;
        }
    }
    return e;
}

static Expr *primary(Parser *p)
{
    Expr *e;
    int start = p->mark;
    if (memo_get(p, MEMO_PRIMARY, &e)) {
        return e;
    }
    e = primary_raw(p);
    memo_put(p, MEMO_PRIMARY, start, e);
    return e;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Expr *slice(Parser *p)
{
    Token *start = cur(p);
    Expr *lower = NULL;
    if (!at(p, TOK_COLON)) {
        int m0 = p->mark;
        Expr *e = parser_expr_expression(p);
        if (e == NULL) {
            return NULL;
        }
        if (!at(p, TOK_COLON)) {
            /* named_expression */
            if (e->kind == EXPR_NAME && at(p, TOK_COLONEQUAL)) {
                p->mark = m0;
                return parser_expr_named(p);
            }
            return named_after(p, e, m0);
        }
        lower = e;
    }
    advance(p);
    Expr *upper = NULL, *step = NULL;
    if (parser_expr_can_start(p) && (upper = parser_expr_expression(p)) == NULL) {
        return NULL;
    }
    if (accept(p, TOK_COLON)) {
        if (parser_expr_can_start(p) && (step = parser_expr_expression(p)) == NULL) {
            return NULL;
        }
    }
    Expr *e = parser_new_expr(p, EXPR_SLICE, parser_loc_from(p, start));
    e->u.slice.lower = lower;
    e->u.slice.upper = upper;
    e->u.slice.step = step;
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static Expr *slices(Parser *p)
{
    Token *start = cur(p);
    Expr *first = at(p, TOK_STAR) ? star_expression(p) : slice(p);
    if (first == NULL) {
        return NULL;
    }
    if (!at(p, TOK_COMMA) && first->kind != EXPR_STARRED) {
        return first;
    }
    PtrVec v = {0};
    parser_vec_push(p, &v, first);
    while (accept(p, TOK_COMMA)) {
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR) && !at(p, TOK_COLON)) {
            break;
        }
        Expr *e = at(p, TOK_STAR) ? star_expression(p) : slice(p);
        if (e == NULL) {
            return NULL;
        }
        parser_vec_push(p, &v, e);
    }
    return new_seq(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

/* -------------------------------------------------------- call args */

static Expr *last_comprehension_item(Comprehension *c, int n)
{
    Comprehension *last = &c[n - 1];
    return last->ifs.len > 0 ? last->ifs.items[last->ifs.len - 1] : last->iter;
}

static bool at_for(Parser *p)
{
    return at(p, TOK_FOR) || (at(p, TOK_ASYNC) && peek(p, 1)->type == TOK_FOR);
}

static bool arguments(Parser *p, Expr *call, Token *lpar, bool allow_genexp)
{
    PtrVec args = {0}, kws = {0};
    int state = 0; /* 0: positional, 1: after a keyword, 2: after ** */
    bool kw_unpack = false;
    const char *pending = NULL;
    bool checks = checks_on(p);

    while (!at(p, TOK_RPAR)) {
        Token *t0 = cur(p);
        if (at(p, TOK_STAR)) {
            if (state == 2) {
                if (checks) {
                    parser_raise_loc(p, tok_loc(t0), "iterable argument unpacking follows keyword argument unpacking");
                }
                parser_fail(p);
                return false;
            }
            advance(p);
            Expr *v = parser_expr_expression(p);
            if (v == NULL) {
                break;
            }
            Expr *s = parser_new_expr(p, EXPR_STARRED, parser_loc_from(p, t0));
            s->u.starred.value = v;
            s->u.starred.ctx = CTX_LOAD;
            if (at_for(p)) {
                if (checks && state == 0 && args.len == 0) {
                    int n;
                    if (for_if_clauses(p, &n) != NULL) {
                        parser_raise_loc(p, s->loc, "iterable unpacking cannot be used in comprehension");
                    }
                }
                parser_fail(p);
                return false;
            }
            parser_vec_push(p, &args, s);
        } else if (at(p, TOK_DOUBLESTAR)) {
            advance(p);
            Expr *v = parser_expr_expression(p);
            if (v == NULL) {
                break;
            }
            Keyword *k = arena_alloc(p->arena, sizeof *k);
            k->value = v;
            k->loc = parser_loc_from(p, t0);
            parser_vec_push(p, &kws, k);
            state = 2;
            kw_unpack = true;
        } else if (at(p, TOK_NAME) && peek(p, 1)->type == TOK_EQUAL) {
            advance(p);
            Token *eq = advance(p);
            Expr *v = parser_expr_expression(p);
            if (v == NULL) {
                break;
            }
            if (at_for(p)) {
                if (checks) {
                    int n;
                    if (for_if_clauses(p, &n) != NULL) {
                        parser_raise_range(p, tok_loc(t0), tok_loc(eq),
                                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                }
                parser_fail(p);
                return false;
            }
            Keyword *k = arena_alloc(p->arena, sizeof *k);
            k->name = parser_tok_str(p, t0);
            k->value = v;
            k->loc = parser_loc_from(p, t0);
            parser_vec_push(p, &kws, k);
            if (state == 0) {
                state = 1;
            }
        } else if ((at(p, TOK_TRUE) || at(p, TOK_FALSE) || at(p, TOK_NONE)) && peek(p, 1)->type == TOK_EQUAL) {
            if (checks) {
                parser_raise_range(p, tok_loc(t0), tok_loc(peek(p, 1)), "cannot assign to %.*s", t0->len, t0->start);
            }
            parser_fail(p);
            return false;
        } else {
            if (!parser_expr_can_start(p)) {
                break;
            }
            if (state > 0 && !checks) {
                parser_fail(p);
                return false;
            }
            Expr *v;
            if (at(p, TOK_NAME) && peek(p, 1)->type == TOK_COLONEQUAL) {
                v = parser_expr_named(p);
            } else {
                v = parser_expr_expression(p);
            }
            if (v == NULL) {
                break;
            }
            if (at(p, TOK_COLONEQUAL)) {
                parser_fail(p);
                return false;
            }
            if (at_for(p)) {
                bool sole = args.len == 0 && kws.len == 0;
                if ((!sole && !checks) || (sole && !allow_genexp)) {
                    parser_fail(p);
                    return false;
                }
                int n;
                Comprehension *gens = for_if_clauses(p, &n);
                if (gens == NULL) {
                    return false;
                }
                if (sole && at(p, TOK_RPAR)) {
                    Token *rpar = cur(p);
                    Loc l = {lpar->line, lpar->col, rpar->end_line, rpar->end_col};
                    Expr *g = parser_new_expr(p, EXPR_GENEXP, l);
                    g->u.comp.elt = v;
                    g->u.comp.generators = gens;
                    g->u.comp.ngenerators = n;
                    parser_vec_push(p, &args, g);
                    break;
                }
                if (checks && (!sole || at(p, TOK_COMMA))) {
                    if (sole) {
                        /* `expression for_if_clauses ',' [args | expression for_if_clauses]`:
                         * CPython reads what follows the comma first */
                        advance(p);
                        Expr *tmp = parser_new_expr(p, EXPR_CALL, v->loc);
                        arguments(p, tmp, lpar, false);
                        if (p->error == PERR_RAISED) {
                            return false;
                        }
                        parser_clear_generic(p);
                    }
                    parser_raise_range(p, v->loc, last_comprehension_item(gens, n)->loc,
                                       "Generator expression must be parenthesized");
                }
                parser_fail(p);
                return false;
            }
            if (at(p, TOK_EQUAL)) {
                if (checks) {
                    parser_raise_range(p, v->loc, tok_loc(cur(p)),
                                       "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                parser_fail(p);
                return false;
            }
            if (state > 0 && pending == NULL) {
                if (!checks) {
                    parser_fail(p);
                    return false;
                }
                pending = kw_unpack ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument";
            }
            parser_vec_push(p, &args, v);
        }
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    if (pending != NULL) {
        if (p->error == PERR_RAISED) {
            return false;
        }
        parser_clear_generic(p);
        parser_raise_last(p, SYNTAX_ERROR, "%s", pending);
        return false;
    }
    if (failed(p)) {
        return false;
    }
    call->u.call.args = parser_vec_exprs(&args);
    call->u.call.nkeywords = kws.len;
    if (kws.len > 0) {
        call->u.call.keywords = arena_alloc(p->arena, (size_t)kws.len * sizeof(Keyword));
        for (int i = 0; i < kws.len; i++) {
            call->u.call.keywords[i] = *(Keyword *)kws.items[i];
        }
    }
    return true;
}

bool parser_expr_arguments(Parser *p, Expr *call, bool in_class)
{
    return arguments(p, call, p->toks[p->mark - 1], !in_class);
}

/* ---------------------------------------------------- comprehensions */

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static Comprehension *for_if_clauses(Parser *p, int *n)
{
    PtrVec v = {0};
    while (at_for(p)) {
        if (at(p, TOK_ASYNC)) {
            return parser_raise_loc(p, tok_loc(cur(p)), "'async' is not supported");
        }
        advance(p);
        int m0 = p->mark;
        Expr *target = parser_expr_targets_for(p);
        if (target == NULL && p->error == PERR_RAISED) {
            return NULL;
        }
        if (target == NULL || parser_expr_invalid_target(target, FOR_TARGETS) != NULL || !at(p, TOK_IN)) {
            if (!checks_on(p)) {
                return parser_fail(p);
            }
            /* invalid_for_target: 'for' star_expressions */
            parser_clear_generic(p);
            p->mark = m0;
            Expr *all = parser_expr_star_expressions(p);
            if (all != NULL) {
                parser_expr_raise_invalid_target(p, FOR_TARGETS, all);
            }
            return parser_fail(p);
        }
        advance(p);
        Expr *iter = parser_expr_disjunction(p);
        if (iter == NULL) {
            return NULL;
        }
        Comprehension *c = arena_alloc(p->arena, sizeof *c);
        parser_expr_set_ctx(target, CTX_STORE);
        c->target = target;
        c->iter = iter;
        PtrVec ifs = {0};
        while (accept(p, TOK_IF)) {
            Expr *cond = parser_expr_disjunction(p);
            if (cond == NULL) {
                return NULL;
            }
            parser_vec_push(p, &ifs, cond);
        }
        c->ifs = parser_vec_exprs(&ifs);
        parser_vec_push(p, &v, c);
    }
    Comprehension *arr = arena_alloc(p->arena, (size_t)v.len * sizeof *arr);
    for (int i = 0; i < v.len; i++) {
        arr[i] = *(Comprehension *)v.items[i];
    }
    *n = v.len;
    return arr;
}

static Expr *comprehension(Parser *p, ExprKind k, Token *open, Expr *elt, Expr *value, TokType close)
{
    int n;
    Comprehension *gens = for_if_clauses(p, &n);
    if (gens == NULL) {
        return NULL;
    }
    if (!accept(p, close)) {
        return parser_fail(p);
    }
    Expr *e = parser_new_expr(p, k, parser_loc_from(p, open));
    e->u.comp.elt = elt;
    e->u.comp.value = value;
    e->u.comp.generators = gens;
    e->u.comp.ngenerators = n;
    return e;
}

/* invalid_comprehension: `[a, b for ...]` (second pass) */
static void forgot_parens_check(Parser *p, PtrVec *elts, Token *last_comma, bool trailing)
{
    if (!checks_on(p) || !at_for(p)) {
        return;
    }
    int m = p->mark, n;
    if (for_if_clauses(p, &n) != NULL) {
        Expr *a = elts->items[0];
        Loc end = trailing && elts->len == 1 ? tok_loc(last_comma) : ((Expr *)elts->items[elts->len - 1])->loc;
        parser_raise_range(p, a->loc, end, "did you forget parentheses around the comprehension target?");
        return;
    }
    if (p->error != PERR_RAISED) {
        parser_clear_generic(p);
        p->mark = m;
    }
}

/* star_named_expression (',' star_named_expression)* [','] for genexp_lookahead:
 * the elements, the last comma, and whether it was trailing. */
static Expr *star_named_list_for(Parser *p, PtrVec *elts, Token **comma, bool *trailing)
{
    Expr *first = parser_expr_star_named(p);
    if (first == NULL) {
        return NULL;
    }
    parser_vec_push(p, elts, first);
    while (at(p, TOK_COMMA)) {
        *comma = advance(p);
        *trailing = true;
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR)) {
            break;
        }
        Expr *e = parser_expr_star_named(p);
        if (e == NULL) {
            return NULL;
        }
        parser_vec_push(p, elts, e);
        *trailing = false;
    }
    return first;
}

/* The rest of a list or set display after its first element. */
static bool display_rest(Parser *p, PtrVec *elts, TokType close)
{
    Token *comma = NULL;
    bool trailing = false;
    while (at(p, TOK_COMMA)) {
        comma = advance(p);
        trailing = true;
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR)) {
            break;
        }
        Expr *e = parser_expr_star_named(p);
        if (e == NULL) {
            return false;
        }
        parser_vec_push(p, elts, e);
        trailing = false;
    }
    if (comma != NULL) {
        forgot_parens_check(p, elts, comma, trailing);
        if (failed(p)) {
            return false;
        }
    }
    if (!accept(p, close)) {
        parser_fail(p);
        return false;
    }
    return true;
}

static Expr *list_atom(Parser *p)
{
    Token *open = advance(p);
    PtrVec elts = {0};
    if (!accept(p, TOK_RSQB)) {
        Expr *first = parser_expr_star_named(p);
        if (first == NULL) {
            return NULL;
        }
        if (at_for(p)) {
            if (first->kind == EXPR_STARRED) {
                if (checks_on(p)) {
                    int n;
                    if (for_if_clauses(p, &n) != NULL) {
                        return parser_raise_loc(p, first->loc, "iterable unpacking cannot be used in comprehension");
                    }
                }
                return parser_fail(p);
            }
            return comprehension(p, EXPR_LISTCOMP, open, first, NULL, TOK_RSQB);
        }
        parser_vec_push(p, &elts, first);
        if (!display_rest(p, &elts, TOK_RSQB)) {
            return NULL;
        }
    }
    return new_seq(p, EXPR_LIST, &elts, parser_loc_from(p, open));
}

static Expr *paren_atom(Parser *p)
{
    Token *open = advance(p);
    if (at(p, TOK_RPAR)) {
        advance(p);
        PtrVec none = {0};
        return new_seq(p, EXPR_TUPLE, &none, parser_loc_from(p, open));
    }
    if (at(p, TOK_YIELD)) {
        Expr *y = parser_expr_yield(p);
        if (y == NULL) {
            return NULL;
        }
        if (!accept(p, TOK_RPAR)) {
            return parser_fail(p);
        }
        return y;
    }
    if (at(p, TOK_DOUBLESTAR)) {
        /* invalid_group: '(' '**' expression ')' */
        if (checks_on(p)) {
            Token *ds = advance(p);
            if (parser_expr_expression(p) != NULL && at(p, TOK_RPAR)) {
                return parser_raise_loc(p, tok_loc(ds), "cannot use double starred expression here");
            }
        }
        return parser_fail(p);
    }
    Expr *first = parser_expr_star_named(p);
    if (first == NULL) {
        return NULL;
    }
    if (at_for(p)) {
        if (first->kind == EXPR_STARRED) {
            if (checks_on(p)) {
                int n;
                if (for_if_clauses(p, &n) != NULL) {
                    return parser_raise_loc(p, first->loc, "iterable unpacking cannot be used in comprehension");
                }
            }
            return parser_fail(p);
        }
        return comprehension(p, EXPR_GENEXP, open, first, NULL, TOK_RPAR);
    }
    if (!at(p, TOK_COMMA)) {
        if (first->kind == EXPR_STARRED) {
            if (checks_on(p) && at(p, TOK_RPAR)) {
                return parser_raise_loc(p, first->loc, "cannot use starred expression here");
            }
            return parser_fail(p);
        }
        if (!accept(p, TOK_RPAR)) {
            return parser_fail(p);
        }
        return first;
    }
    PtrVec elts = {0};
    parser_vec_push(p, &elts, first);
    while (accept(p, TOK_COMMA)) {
        if (!parser_expr_can_start(p) && !at(p, TOK_STAR)) {
            break;
        }
        Expr *e = parser_expr_star_named(p);
        if (e == NULL) {
            return NULL;
        }
        parser_vec_push(p, &elts, e);
    }
    if (!accept(p, TOK_RPAR)) {
        return parser_fail(p);
    }
    return new_seq(p, EXPR_TUPLE, &elts, parser_loc_from(p, open));
}

/* A dictionary value after ':' (with the second-pass checks of invalid_kvpair). */
static Expr *dict_value(Parser *p, Token *colon)
{
    if (checks_on(p)) {
        if (at(p, TOK_STAR)) {
            Token *st = advance(p);
            if (parser_expr_bitwise_or(p) != NULL) {
                return parser_raise_starting_from(p, tok_loc(st),
                                                  "cannot use a starred expression in a dictionary value");
            }
            return NULL;
        }
        if (at(p, TOK_RBRACE) || at(p, TOK_COMMA)) {
            return parser_raise_loc(p, tok_loc(colon), "expression expected after dictionary key and ':'");
        }
    }
    return parser_expr_expression(p);
}

static Expr *brace_atom(Parser *p)
{
    Token *open = advance(p);
    PtrVec keys = {0}, values = {0};
    if (accept(p, TOK_RBRACE)) {
        Expr *e = parser_new_expr(p, EXPR_DICT, parser_loc_from(p, open));
        return e;
    }
    if (at(p, TOK_DOUBLESTAR)) {
        Token *ds = advance(p);
        Expr *v = parser_expr_bitwise_or(p);
        if (v == NULL) {
            return NULL;
        }
        if (at_for(p)) {
            if (checks_on(p)) {
                int n;
                if (for_if_clauses(p, &n) != NULL && at(p, TOK_RBRACE)) {
                    return parser_raise_loc(p, tok_loc(ds), "dict unpacking cannot be used in dict comprehension");
                }
            }
            return parser_fail(p);
        }
        parser_vec_push(p, &keys, NULL);
        parser_vec_push(p, &values, v);
    } else {
        int m0 = p->mark;
        Expr *first;
        bool set_only = at(p, TOK_STAR) || (at(p, TOK_NAME) && peek(p, 1)->type == TOK_COLONEQUAL);
        if (set_only) {
            first = parser_expr_star_named(p);
        } else {
            first = parser_expr_expression(p);
            if (first != NULL && !at(p, TOK_COLON)) {
                first = named_after(p, first, m0);
            }
        }
        if (first == NULL) {
            return NULL;
        }
        if (!at(p, TOK_COLON) || set_only) {
            /* a set */
            if (at_for(p)) {
                if (first->kind == EXPR_STARRED) {
                    if (checks_on(p)) {
                        int n;
                        if (for_if_clauses(p, &n) != NULL) {
                            return parser_raise_loc(p, first->loc,
                                                    "iterable unpacking cannot be used in comprehension");
                        }
                    }
                    return parser_fail(p);
                }
                return comprehension(p, EXPR_SETCOMP, open, first, NULL, TOK_RBRACE);
            }
            PtrVec elts = {0};
            parser_vec_push(p, &elts, first);
            if (!display_rest(p, &elts, TOK_RBRACE)) {
                return NULL;
            }
            Expr *e = parser_new_expr(p, EXPR_SET, parser_loc_from(p, open));
            e->u.seq.elts = parser_vec_exprs(&elts);
            return e;
        }
        Token *colon = advance(p);
        Expr *v = dict_value(p, colon);
        if (v == NULL) {
            return NULL;
        }
        if (at_for(p)) {
            return comprehension(p, EXPR_DICTCOMP, open, first, v, TOK_RBRACE);
        }
        parser_vec_push(p, &keys, first);
        parser_vec_push(p, &values, v);
    }
    while (accept(p, TOK_COMMA)) {
        if (at(p, TOK_RBRACE)) {
            break;
        }
        if (at(p, TOK_DOUBLESTAR)) {
            advance(p);
            Expr *v = parser_expr_bitwise_or(p);
            if (v == NULL) {
                return NULL;
            }
            parser_vec_push(p, &keys, NULL);
            parser_vec_push(p, &values, v);
            continue;
        }
        if (!parser_expr_can_start(p)) {
            break;
        }
        Expr *k = parser_expr_expression(p);
        if (k == NULL) {
            return NULL;
        }
        if (!at(p, TOK_COLON)) {
            if (checks_on(p)) {
                return parser_raise(p, SYNTAX_ERROR, k->loc.line, k->loc.end_col - 1 + 1, k->loc.end_line, 0,
                                    "':' expected after dictionary key");
            }
            return parser_fail(p);
        }
        Token *colon = advance(p);
        Expr *v = dict_value(p, colon);
        if (v == NULL) {
            return NULL;
        }
        parser_vec_push(p, &keys, k);
        parser_vec_push(p, &values, v);
    }
    if (!accept(p, TOK_RBRACE)) {
        return parser_fail(p);
    }
    Expr *e = parser_new_expr(p, EXPR_DICT, parser_loc_from(p, open));
    e->u.dict.keys = (Expr **)keys.items;
    e->u.dict.values = (Expr **)values.items;
    e->u.dict.len = keys.len;
    return e;
}

/* ----------------------------------------------------------- atoms */

/* Copy s without the '_' separators. */
static const char *strip_underscores(Parser *p, const char *s, int len, size_t *out_len)
{
    char *r = arena_alloc(p->arena, (size_t)len + 1);
    size_t n = 0;
    for (int i = 0; i < len; i++) {
        if (s[i] != '_') {
            r[n++] = s[i];
        }
    }
    r[n] = '\0';
    *out_len = n;
    return r;
}

static Expr *number(Parser *p, Token *t)
{
    Expr *e = parser_new_expr(p, EXPR_CONST, tok_loc(t));
    ConstLit *c = &e->u.constant;
    const char *s = t->start;
    int len = t->len;
    c->base = 10;
    if (len >= 2 && s[0] == '0' && strchr("xXoObB", s[1]) != NULL) {
        c->kind = CONST_INT;
        c->base = s[1] == 'x' || s[1] == 'X' ? 16 : s[1] == 'o' || s[1] == 'O' ? 8 : 2;
        c->text = strip_underscores(p, s + 2, len - 2, &c->len);
    } else if (s[len - 1] == 'j' || s[len - 1] == 'J') {
        c->kind = CONST_IMAG;
        c->text = strip_underscores(p, s, len - 1, &c->len);
    } else {
        c->kind = memchr(s, '.', (size_t)len) || memchr(s, 'e', (size_t)len) || memchr(s, 'E', (size_t)len)
                      ? CONST_FLOAT
                      : CONST_INT;
        c->text = strip_underscores(p, s, len, &c->len);
    }
    return e;
}

static Expr *constant(Parser *p, Token *t, ConstKind k)
{
    Expr *e = parser_new_expr(p, EXPR_CONST, tok_loc(t));
    e->u.constant.kind = k;
    return e;
}

static Expr *atom(Parser *p)
{
    Token *t = cur(p);
    switch (t->type) {
    case TOK_NAME:
        advance(p);
        return new_name(p, t);
    case TOK_TRUE:
        advance(p);
        return constant(p, t, CONST_TRUE);
    case TOK_FALSE:
        advance(p);
        return constant(p, t, CONST_FALSE);
    case TOK_NONE:
        advance(p);
        return constant(p, t, CONST_NONE);
    case TOK_ELLIPSIS:
        advance(p);
        return constant(p, t, CONST_ELLIPSIS);
    case TOK_NUMBER:
        advance(p);
        return number(p, t);
    case TOK_STRING:
        return parser_string_concat(p);
    case TOK_LPAR:
        return paren_atom(p);
    case TOK_LSQB:
        return list_atom(p);
    case TOK_LBRACE:
        return brace_atom(p);
    default:
        return parser_fail(p);
    }
}

/* ------------------------------------------------------- parameters */

typedef struct ParamList {
    PtrVec pos;      /* Arg* */
    PtrVec defaults; /* Expr* */
    PtrVec kwonly;   /* Arg* */
    PtrVec kwdefs;   /* Expr* or NULL */
    int nposonly;    /* -1 until '/' */
    Arg *vararg;
    Arg *kwarg;
} ParamList;

/* param: NAME [':' expression] (no annotation in a lambda) */
static Arg *param(Parser *p, bool lambda, bool star_annotation)
{
    Token *name = advance(p);
    Arg *a = arena_alloc(p->arena, sizeof *a);
    a->name = parser_tok_str(p, name);
    if (!lambda && accept(p, TOK_COLON)) {
        a->annotation = star_annotation && at(p, TOK_STAR) ? star_expression(p) : parser_expr_expression(p);
        if (a->annotation == NULL) {
            return NULL;
        }
    }
    a->loc = parser_loc_from(p, name);
    return a;
}

static Arguments *make_arguments(Parser *p, ParamList *pl)
{
    Arguments *args = arena_alloc(p->arena, sizeof *args);
    int npos = pl->nposonly < 0 ? 0 : pl->nposonly;
    Arg *pos = arena_alloc(p->arena, (size_t)(pl->pos.len + 1) * sizeof(Arg));
    for (int i = 0; i < pl->pos.len; i++) {
        pos[i] = *(Arg *)pl->pos.items[i];
    }
    args->posonly = pos;
    args->nposonly = npos;
    args->args = pos + npos;
    args->nargs = pl->pos.len - npos;
    args->defaults = (Expr **)pl->defaults.items;
    args->ndefaults = pl->defaults.len;
    args->vararg = pl->vararg;
    args->kwonly = arena_alloc(p->arena, (size_t)(pl->kwonly.len + 1) * sizeof(Arg));
    for (int i = 0; i < pl->kwonly.len; i++) {
        args->kwonly[i] = *(Arg *)pl->kwonly.items[i];
    }
    args->nkwonly = pl->kwonly.len;
    args->kw_defaults = (Expr **)pl->kwdefs.items;
    args->kwarg = pl->kwarg;
    return args;
}

/* invalid_parameters: `def f(a, (b, c))`; at '(' on the second pass */
static void parenthesized_params(Parser *p, bool lambda, TokType end)
{
    Token *open = advance(p);
    int n = 0;
    while (at(p, TOK_NAME)) {
        if (param(p, lambda, false) == NULL) {
            return;
        }
        n++;
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    (void)end;
    if (n > 0 && at(p, TOK_RPAR)) {
        parser_raise_range(p, tok_loc(open), tok_loc(cur(p)),
                           lambda ? "Lambda expression parameters cannot be parenthesized"
                                  : "Function parameters cannot be parenthesized");
    }
}

Arguments *parser_expr_params(Parser *p, bool lambda)
{
    TokType end = lambda ? TOK_COLON : TOK_RPAR;
    ParamList pl;
    memset(&pl, 0, sizeof pl);
    pl.nposonly = -1;
    bool seen_star = false, seen_default = false, plain_only = true;
    bool checks = p->call_invalid;

    while (!at(p, end)) {
        Token *t = cur(p);
        if (pl.kwarg != NULL) {
            if (checks) {
                if (t->type == TOK_NAME) {
                    Arg *a = param(p, lambda, false);
                    if (a != NULL) {
                        parser_raise_loc(p, a->loc, "arguments cannot follow var-keyword argument");
                    }
                    return NULL;
                }
                if (t->type == TOK_STAR || t->type == TOK_DOUBLESTAR || t->type == TOK_SLASH) {
                    return parser_raise_loc(p, tok_loc(t), "arguments cannot follow var-keyword argument");
                }
            }
            return parser_fail(p);
        }
        if (t->type == TOK_SLASH) {
            if (pl.pos.len == 0 && !seen_star && pl.nposonly < 0) {
                if (checks && peek(p, 1)->type == TOK_COMMA) {
                    return parser_raise_loc(p, tok_loc(t), "at least one argument must precede /");
                }
                return parser_fail(p);
            }
            if (seen_star) {
                if (checks) {
                    return parser_raise_loc(p, tok_loc(t), "/ must be ahead of *");
                }
                return parser_fail(p);
            }
            if (pl.nposonly >= 0) {
                if (checks) {
                    return parser_raise_loc(p, tok_loc(t), "/ may appear only once");
                }
                return parser_fail(p);
            }
            advance(p);
            pl.nposonly = pl.pos.len;
            plain_only = false;
            if (checks && at(p, TOK_STAR)) {
                return parser_raise_loc(p, tok_loc(cur(p)), "expected comma between / and *");
            }
        } else if (t->type == TOK_STAR) {
            if (seen_star) {
                TokType next = peek(p, 1)->type;
                if (checks && (next == TOK_NAME || next == TOK_COMMA)) {
                    return parser_raise_loc(p, tok_loc(t), "* argument may appear only once");
                }
                return parser_fail(p);
            }
            advance(p);
            seen_star = true;
            plain_only = false;
            if (at(p, end) || at(p, TOK_COMMA)) {
                bool bad = at(p, end);
                if (!bad) {
                    TokType next = peek(p, 1)->type;
                    bad = next == end || next == TOK_DOUBLESTAR;
                }
                if (bad) {
                    if (checks) {
                        if (lambda) {
                            return parser_raise_last(p, SYNTAX_ERROR, "named arguments must follow bare *");
                        }
                        return parser_raise_loc(p, tok_loc(t), "named arguments must follow bare *");
                    }
                    return parser_fail(p);
                }
                advance(p);
                continue;
            }
            if (!at(p, TOK_NAME)) {
                return parser_fail(p);
            }
            if ((pl.vararg = param(p, lambda, true)) == NULL) {
                return NULL;
            }
            if (at(p, TOK_EQUAL)) {
                if (checks) {
                    return parser_raise_loc(p, tok_loc(cur(p)), "var-positional argument cannot have default value");
                }
                return parser_fail(p);
            }
        } else if (t->type == TOK_DOUBLESTAR) {
            advance(p);
            plain_only = false;
            if (!at(p, TOK_NAME)) {
                return parser_fail(p);
            }
            if ((pl.kwarg = param(p, lambda, false)) == NULL) {
                return NULL;
            }
            if (at(p, TOK_EQUAL)) {
                if (checks) {
                    return parser_raise_loc(p, tok_loc(cur(p)), "var-keyword argument cannot have default value");
                }
                return parser_fail(p);
            }
        } else if (t->type == TOK_NAME) {
            Arg *a = param(p, lambda, false);
            if (a == NULL) {
                return NULL;
            }
            Expr *def = NULL;
            if (at(p, TOK_EQUAL)) {
                Token *eq = advance(p);
                if (at(p, TOK_COMMA) || at(p, end)) {
                    if (checks) {
                        return parser_raise_loc(p, tok_loc(eq), "expected default value expression");
                    }
                    return parser_fail(p);
                }
                if ((def = parser_expr_expression(p)) == NULL) {
                    return NULL;
                }
                plain_only = false;
            }
            if (!seen_star) {
                if (def != NULL) {
                    seen_default = true;
                    parser_vec_push(p, &pl.defaults, def);
                } else if (seen_default) {
                    if (checks && (at(p, TOK_COMMA) || at(p, end))) {
                        return parser_raise_loc(p, a->loc, "non-default argument follows default argument");
                    }
                    return parser_fail(p);
                }
                parser_vec_push(p, &pl.pos, a);
            } else {
                parser_vec_push(p, &pl.kwonly, a);
                parser_vec_push(p, &pl.kwdefs, def);
            }
        } else {
            if (t->type == TOK_LPAR && checks && plain_only) {
                parenthesized_params(p, lambda, end);
            }
            return parser_fail(p);
        }
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    if (!at(p, end)) {
        return parser_fail(p);
    }
    if (seen_star && pl.vararg == NULL && pl.kwonly.len == 0) {
        return parser_fail(p);
    }
    return make_arguments(p, &pl);
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static Expr *lambdef(Parser *p)
{
    Token *kw = advance(p);
    Arguments *args = parser_expr_params(p, true);
    if (args == NULL) {
        return NULL;
    }
    if (!accept(p, TOK_COLON)) {
        return parser_fail(p);
    }
    Expr *body = parser_expr_expression(p);
    if (body == NULL) {
        return NULL;
    }
    Expr *e = parser_new_expr(p, EXPR_LAMBDA, parser_loc_from(p, kw));
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    return e;
}
