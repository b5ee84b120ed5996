// SPDX-License-Identifier: MIT
/**
 * @file parser_expr.c
 * @brief Expressions: the operator levels, primaries, slices, targets, and
 *        the second-pass memoization.
 *
 * One function per level of CPython 3.11's expression grammar, from the
 * loosest (star_expressions) to the tightest (atom). Left-recursive rules
 * become loops. A node's position runs from the first token of the rule that
 * made it to the last token consumed, as in CPython: `(a) + b` starts at the
 * parenthesis, while the group `(a)` itself is just `a`.
 */
#include "parser_impl.h"

static Expr *slices(Parser *p);

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
Expr *parser_expr_star_expression(Parser *p)
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
    Expr *first = parser_expr_star_expression(p);
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
        Expr *e = parser_expr_star_expression(p);
        if (e == NULL) {
            /* PEG: the comma before an element that fails is a trailing one */
            if (parser_expr_backtrack(p, m, first) == NULL) {
                return NULL;
            }
            break;
        }
        parser_vec_push(p, &v, e);
    }
    return seq_node(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
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
    return seq_node(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
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
            if (parser_expr_backtrack(p, m, first) == NULL) {
                return NULL;
            }
            break;
        }
        parser_vec_push(p, &v, e);
    }
    return seq_node(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

/* star_named_expression: '*' bitwise_or | named_expression */
Expr *parser_expr_star_named(Parser *p)
{
    if (at(p, TOK_STAR)) {
        return parser_expr_star_expression(p);
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
        Expr *target = name_node(p, name);
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
    return parser_expr_named_after(p, e, m0);
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

Expr *parser_expr_named_after(Parser *p, Expr *e, int m0)
{
    if (at(p, TOK_COLONEQUAL)) {
        if (checks_on(p)) {
            /* invalid_named_expression: expression ':=' expression */
            int save = p->mark;
            advance(p);
            Expr *v = parser_expr_expression(p);
            if (v != NULL) {
                return parser_raise_loc(p, e->loc, "cannot use assignment expressions with %s",
                                        parser_expr_name(e));
            }
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = save;
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
    if (p->memo_logging) {
        if (p->memo_log_len + 2 > p->memo_log_cap) {
            int cap = p->memo_log_cap != 0 ? p->memo_log_cap * 2 : 64;
            int *log = realloc(p->memo_log, (size_t)cap * sizeof *log);
            if (log == NULL) {
                fputs("gilvm: out of memory\n", stderr);
                abort();
            }
            p->memo_log = log;
            p->memo_log_cap = cap;
        }
        p->memo_log[p->memo_log_len++] = (int)rule;
        p->memo_log[p->memo_log_len++] = start;
    }
}

int parser_memo_log_start(Parser *p)
{
    p->memo_logging++;
    return p->memo_log_len;
}

void parser_memo_log_stop(Parser *p, int from, bool forget)
{
    if (forget) {
        for (int i = from; i < p->memo_log_len; i += 2) {
            p->memo[p->memo_log[i]][p->memo_log[i + 1]].end = 0;
        }
    }
    if (forget) {
        p->memo_log_len = from;
    }
    p->memo_logging--;
    if (p->memo_logging == 0) {
        p->memo_log_len = 0;
    }
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
Expr *parser_expr_backtrack(Parser *p, int mark, Expr *left)
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
            return parser_expr_backtrack(p, m, a);
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
            return parser_expr_backtrack(p, m, a);
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
            return parser_expr_backtrack(p, m, a);
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
            return parser_expr_backtrack(p, m, a);
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
            return parser_expr_backtrack(p, m, a);
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
            return parser_expr_backtrack(p, m, a);
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
    /* `1 ** 1 ** ...` nests to the right: count it, or a long chain overflows the C stack. */
    if (!parser_enter(p)) {
        return NULL;
    }
    Expr *b = factor(p);
    leave(p);
    return b != NULL ? binop(p, start, a, AST_POW, b) : parser_expr_backtrack(p, m, a);
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
            if (parser_atom_for_if_clauses(p, &n) != NULL) {
                parser_raise_loc(p, l, "iterable unpacking cannot be used in comprehension");
            }
        }
    } else if (p->toks[m]->type != TOK_LPAR && (parser_expr_can_start(p))) {
        PtrVec elts = {0};
        Token *comma = NULL;
        bool trailing = false;
        if (parser_atom_star_named_list(p, &elts, &comma, &trailing) && comma != NULL && at_for(p)) {
            int n;
            if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
    Expr *e = parser_atom_parse(p);
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
                return parser_expr_backtrack(p, m, e);
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
            if (!parser_args_call(p, c, false) || !accept(p, TOK_RPAR)) {
                parser_fail(p);
                return parser_expr_backtrack(p, m, e);
            }
            c->loc = parser_loc_from(p, start);
            e = c;
        } else if (at(p, TOK_LSQB)) {
            advance(p);
            Expr *s = slices(p);
            if (s == NULL || !accept(p, TOK_RSQB)) {
                parser_fail(p);
                return parser_expr_backtrack(p, m, e);
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
            return parser_expr_named_after(p, e, m0);
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
    Expr *first = at(p, TOK_STAR) ? parser_expr_star_expression(p) : slice(p);
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
        Expr *e = at(p, TOK_STAR) ? parser_expr_star_expression(p) : slice(p);
        if (e == NULL) {
            return NULL;
        }
        parser_vec_push(p, &v, e);
    }
    return seq_node(p, EXPR_TUPLE, &v, parser_loc_from(p, start));
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static Expr *lambdef(Parser *p)
{
    Token *kw = advance(p);
    Arguments *args = parser_args_params(p, true);
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
