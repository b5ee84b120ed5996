// SPDX-License-Identifier: MIT
/**
 * @file parser_atom.c
 * @brief Atoms: names, numbers, constants, and the bracketed forms (tuples,
 *        groups, lists, sets, dicts, comprehensions, generator expressions).
 *
 * On the second pass the displays also recognise CPython's comprehension
 * mistakes (`[*x for ...]`, `[a, b for ...]`, `{**d for ...}`) and dictionary
 * mistakes (`{1: 2, 3}`, `{1: }`), see parser_impl.h.
 */
#include "parser_impl.h"

/* ------------------------------------------------------- comprehensions */

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
Comprehension *parser_atom_for_if_clauses(Parser *p, int *n)
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
    Comprehension *gens = parser_atom_for_if_clauses(p, &n);
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
    if (parser_atom_for_if_clauses(p, &n) != NULL) {
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

Expr *parser_atom_star_named_list(Parser *p, PtrVec *elts, Token **comma, bool *trailing)
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
                    if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
    return seq_node(p, EXPR_LIST, &elts, parser_loc_from(p, open));
}

static Expr *paren_atom(Parser *p)
{
    Token *open = advance(p);
    if (at(p, TOK_RPAR)) {
        advance(p);
        PtrVec none = {0};
        return seq_node(p, EXPR_TUPLE, &none, parser_loc_from(p, open));
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
                if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
    return seq_node(p, EXPR_TUPLE, &elts, parser_loc_from(p, open));
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
                if (parser_atom_for_if_clauses(p, &n) != NULL && at(p, TOK_RBRACE)) {
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
                first = parser_expr_named_after(p, first, m0);
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
                        if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
        if (checks_on(p)) {
            /* CPython 3.11 checks a key after the first item as if parsed
             * without its invalid_* rules: a key followed by no ':' is
             * reported as such before the key's own errors. */
            int km = p->mark;
            Expr *k0 = NULL;
            int log = parser_memo_log_start(p);
            if (parser_enter(p)) {
                p->no_invalid++;
                k0 = parser_expr_expression(p);
                p->no_invalid--;
                leave(p);
            }
            /* a key that fails this way is parsed afresh, as in CPython */
            parser_memo_log_stop(p, log, k0 == NULL);
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            if (k0 != NULL && !at(p, TOK_COLON)) {
                return parser_raise(p, SYNTAX_ERROR, k0->loc.line, k0->loc.end_col - 1 + 1, k0->loc.end_line, 0,
                                    "':' expected after dictionary key");
            }
            parser_clear_generic(p);
            p->mark = km;
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

Expr *parser_atom_parse(Parser *p)
{
    Token *t = cur(p);
    switch (t->type) {
    case TOK_NAME:
        advance(p);
        return name_node(p, t);
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

