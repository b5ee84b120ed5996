// SPDX-License-Identifier: MIT
/**
 * @file parser_args.c
 * @brief Call arguments and the parameters of def and lambda, with the
 *        second-pass imitations of CPython's invalid_arguments, invalid_kwarg,
 *        invalid_parameters, invalid_star_etc and invalid_kwds rules.
 */
#include "parser_impl.h"

/* --------------------------------------------------------- call arguments */

static Expr *last_comprehension_item(Comprehension *c, int n)
{
    Comprehension *last = &c[n - 1];
    return last->ifs.len > 0 ? last->ifs.items[last->ifs.len - 1] : last->iter;
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
                    if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
                    if (parser_atom_for_if_clauses(p, &n) != NULL) {
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
                Comprehension *gens = parser_atom_for_if_clauses(p, &n);
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

bool parser_args_call(Parser *p, Expr *call, bool in_class)
{
    return arguments(p, call, p->toks[p->mark - 1], !in_class);
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
        a->annotation = star_annotation && at(p, TOK_STAR) ? parser_expr_star_expression(p) : parser_expr_expression(p);
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

Arguments *parser_args_params(Parser *p, bool lambda)
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

