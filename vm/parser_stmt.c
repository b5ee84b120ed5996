// SPDX-License-Identifier: MIT
/**
 * @file parser_stmt.c
 * @brief Statements and the start rules (file, interactive, eval input).
 *
 * The functions follow the rules of CPython 3.11's grammar
 * (Grammar/python.gram); where a rule has an `invalid_*` alternative, the
 * imitation sits at the point where the normal parse would fail and runs only
 * on the second pass (see parser_impl.h).
 */
#include "parser_impl.h"

static StmtList vec_stmts(PtrVec *v)
{
    StmtList l = {(Stmt **)v->items, v->len};
    return l;
}

/* ----------------------------------------------------------- blocks */

static bool statement(Parser *p, PtrVec *out);
static StmtList block(Parser *p);

/* `&&'x'` in CPython's grammar: the token must be there, else "expected 'x'"
 * at whatever token is found, on the first pass already. */
static Token *expect_forced(Parser *p, TokType t, const char *what)
{
    if (at(p, t)) {
        return advance(p);
    }
    if (!failed(p)) {
        parser_raise_loc(p, tok_loc(cur(p)), "expected %s", what);
    }
    return NULL;
}

/* A compound statement's ':' and the start of its block: on the second pass,
 * "expected ':'" when the line ends early and "expected an indented block
 * after ..." when the block is missing. Returns false on failure. */
static bool block_colon(Parser *p, const char *after, int line, bool colon_check)
{
    if (!at(p, TOK_COLON)) {
        if (colon_check && p->call_invalid && at(p, TOK_NEWLINE)) {
            parser_raise_last(p, SYNTAX_ERROR, "expected ':'");
        }
        parser_fail(p);
        return false;
    }
    advance(p);
    if (p->call_invalid && at(p, TOK_NEWLINE) && peek(p, 1)->type != TOK_INDENT && !failed(p)) {
        parser_raise_last(p, INDENTATION_ERROR, "expected an indented block after %s on line %d", after,
                          line);
        return false;
    }
    return true;
}

/* statements: statement+ (until DEDENT or ENDMARKER) */
static StmtList statements(Parser *p)
{
    PtrVec v = {0};
    while (!failed(p) && !at(p, TOK_DEDENT) && !at(p, TOK_ENDMARKER)) {
        if (!statement(p, &v)) {
            break;
        }
    }
    StmtList l = vec_stmts(&v);
    return l;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
static bool simple_stmts(Parser *p, PtrVec *out);

static StmtList block(Parser *p)
{
    StmtList empty = {NULL, 0};
    if (!parser_enter(p)) {
        return empty;
    }
    StmtList body = empty;
    if (at(p, TOK_NEWLINE)) {
        if (peek(p, 1)->type != TOK_INDENT) {
            if (p->call_invalid && !failed(p)) {
                parser_raise_last(p, INDENTATION_ERROR, "expected an indented block");
            }
            parser_fail(p);
        } else {
            advance(p);
            advance(p);
            body = statements(p);
            if (!failed(p)) {
                if (body.len == 0 || !accept(p, TOK_DEDENT)) {
                    parser_fail(p);
                }
            }
        }
    } else {
        PtrVec v = {0};
        if (simple_stmts(p, &v)) {
            body = vec_stmts(&v);
        }
    }
    leave(p);
    return failed(p) ? empty : body;
}

/* --- simple statements --- */

static bool is_augassign(TokType t, AstBinOp *op)
{
    switch (t) {
    case TOK_PLUSEQUAL: *op = AST_ADD; return true;
    case TOK_MINEQUAL: *op = AST_SUB; return true;
    case TOK_STAREQUAL: *op = AST_MUL; return true;
    case TOK_ATEQUAL: *op = AST_MATMUL; return true;
    case TOK_SLASHEQUAL: *op = AST_TRUEDIV; return true;
    case TOK_PERCENTEQUAL: *op = AST_MOD; return true;
    case TOK_AMPEREQUAL: *op = AST_AND; return true;
    case TOK_VBAREQUAL: *op = AST_OR; return true;
    case TOK_CIRCUMFLEXEQUAL: *op = AST_XOR; return true;
    case TOK_LEFTSHIFTEQUAL: *op = AST_LSHIFT; return true;
    case TOK_RIGHTSHIFTEQUAL: *op = AST_RSHIFT; return true;
    case TOK_DOUBLESTAREQUAL: *op = AST_POW; return true;
    case TOK_DOUBLESLASHEQUAL: *op = AST_FLOORDIV; return true;
    default: return false;
    }
}

/* annotated_rhs: yield_expr | star_expressions */
static Expr *annotated_rhs(Parser *p)
{
    return at(p, TOK_YIELD) ? parser_expr_yield(p) : parser_expr_star_expressions(p);
}

/* Whether tokens from..to are one pair of matching parentheses. */
static bool wraps_parens(Parser *p, int from, int to)
{
    if (from >= to || p->toks[from]->type != TOK_LPAR || p->toks[to]->type != TOK_RPAR) {
        return false;
    }
    int base = p->toks[to]->level;
    for (int i = from + 1; i < to; i++) {
        if (p->toks[i]->level <= base) {
            return false;
        }
    }
    return true;
}

/* single_target: a name, attribute or subscript, maybe parenthesized */
static bool single_target(const Expr *e)
{
    return e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_SUBSCRIPT;
}

/* The statement-level forms that start with an expression: expression
 * statements, assignments, augmented and annotated assignments. */
static Stmt *expr_stmt(Parser *p)
{
    Token *start = cur(p);
    int start_mark = p->mark;

    /* NAME ':' expression ['=' annotated_rhs] */
    if (start->type == TOK_NAME && peek(p, 1)->type == TOK_COLON) {
        Expr *target = parser_new_expr(p, EXPR_NAME, tok_loc(start));
        target->u.name.id = parser_tok_str(p, start);
        target->u.name.ctx = CTX_STORE;
        advance(p);
        advance(p);
        Expr *ann = parser_expr_expression(p);
        if (ann == NULL) {
            return NULL;
        }
        Expr *value = NULL;
        if (accept(p, TOK_EQUAL)) {
            if ((value = annotated_rhs(p)) == NULL) {
                return NULL;
            }
        }
        Stmt *s = parser_new_stmt(p, STMT_ANNASSIGN, parser_loc_from(p, start));
        s->u.annassign.target = target;
        s->u.annassign.annotation = ann;
        s->u.annassign.value = value;
        s->u.annassign.simple = true;
        return s;
    }

    Expr *e = parser_expr_star_expressions(p);
    if (e == NULL) {
        return NULL;
    }

    if (at(p, TOK_COLON)) {
        /* annotated assignment to an attribute, subscript or (name) */
        int colon_mark = p->mark;
        bool ok = single_target(e);
        if (!ok && !p->call_invalid) {
            return parser_fail(p);
        }
        advance(p);
        Expr *ann = parser_expr_expression(p);
        if (ann == NULL) {
            return NULL;
        }
        if (!ok) {
            if (e->kind == EXPR_LIST) {
                return parser_raise_loc(p, e->loc, "only single target (not list) can be annotated");
            }
            if (e->kind == EXPR_TUPLE) {
                if (wraps_parens(p, start_mark, colon_mark - 1)) {
                    return parser_raise_loc(p, e->loc, "only single target (not tuple) can be annotated");
                }
                return parser_raise_loc(p, e->u.seq.elts.items[0]->loc,
                                        "only single target (not tuple) can be annotated");
            }
            if (e->kind != EXPR_STARRED) {
                return parser_raise_loc(p, e->loc, "illegal target for annotation");
            }
            return parser_fail(p);
        }
        Expr *value = NULL;
        if (accept(p, TOK_EQUAL)) {
            if ((value = annotated_rhs(p)) == NULL) {
                return NULL;
            }
        }
        parser_expr_set_ctx(e, CTX_STORE);
        Stmt *s = parser_new_stmt(p, STMT_ANNASSIGN, parser_loc_from(p, start));
        s->u.annassign.target = e;
        s->u.annassign.annotation = ann;
        s->u.annassign.value = value;
        s->u.annassign.simple = e->kind == EXPR_NAME && !wraps_parens(p, start_mark, colon_mark - 1);
        return s;
    }

    AstBinOp op;
    if (is_augassign(cur(p)->type, &op)) {
        bool ok = single_target(e);
        if (!ok && !p->call_invalid) {
            return parser_fail(p);
        }
        advance(p);
        Expr *value = annotated_rhs(p);
        if (value == NULL) {
            return NULL;
        }
        if (!ok) {
            return parser_raise_loc(p, e->loc, "'%s' is an illegal expression for augmented assignment",
                                    parser_expr_name(e));
        }
        parser_expr_set_ctx(e, CTX_STORE);
        Stmt *s = parser_new_stmt(p, STMT_AUGASSIGN, parser_loc_from(p, start));
        s->u.augassign.target = e;
        s->u.augassign.op = op;
        s->u.augassign.value = value;
        return s;
    }

    if (at(p, TOK_EQUAL)) {
        PtrVec targets = {0};
        parser_vec_push(p, &targets, e);
        int first_eq = p->mark;
        bool no_value = false;
        while (at(p, TOK_EQUAL)) {
            advance(p);
            Expr *v = annotated_rhs(p);
            if (v == NULL) {
                /* invalid_assignment needs no value after the last '=' */
                if (p->error == PERR_RAISED || !p->call_invalid) {
                    return NULL;
                }
                parser_clear_generic(p);
                no_value = true;
                break;
            }
            parser_vec_push(p, &targets, v);
        }
        Expr *value = no_value ? NULL : targets.items[--targets.len];
        int bad = -1;
        for (int i = 0; i < targets.len && bad < 0; i++) {
            Expr *t = targets.items[i];
            if (t->kind == EXPR_YIELD || t->kind == EXPR_YIELDFROM ||
                parser_expr_invalid_target(t, STAR_TARGETS) != NULL) {
                bad = i;
            }
        }
        if (bad >= 0 || no_value) {
            if (!p->call_invalid) {
                return parser_fail(p);
            }
            /* invalid_named_expression on the last element before the first '=' */
            Expr *last = e;
            int last_start = start_mark;
            if (e->kind == EXPR_TUPLE && !wraps_parens(p, start_mark, first_eq - 1)) {
                /* the last element starts after the last comma at the tuple's depth */
                last = e->u.seq.elts.items[e->u.seq.elts.len - 1];
                int base = p->toks[first_eq]->level;
                for (int m = first_eq - 1; m > start_mark; m--) {
                    if (p->toks[m]->type == TOK_COMMA && p->toks[m]->level == base) {
                        last_start = m + 1;
                        break;
                    }
                }
            }
            if (last->kind != EXPR_STARRED) {
                parser_expr_check_named_eq(p, last, last_start, first_eq);
                if (failed(p)) {
                    return NULL;
                }
            }
            if (bad >= 0) {
                Expr *t = targets.items[bad];
                if (t->kind == EXPR_YIELD || t->kind == EXPR_YIELDFROM) {
                    return parser_raise_loc(p, t->loc, "assignment to yield expression not possible");
                }
                parser_expr_raise_invalid_target(p, STAR_TARGETS, t);
            }
            return parser_fail(p);
        }
        for (int i = 0; i < targets.len; i++) {
            parser_expr_set_ctx(targets.items[i], CTX_STORE);
        }
        Stmt *s = parser_new_stmt(p, STMT_ASSIGN, parser_loc_from(p, start));
        s->u.assign.targets = parser_vec_exprs(&targets);
        s->u.assign.value = value;
        return s;
    }

    if (p->call_invalid && (e->kind == EXPR_TUPLE || at(p, TOK_COLONEQUAL)) && !at(p, TOK_NEWLINE) &&
        !at(p, TOK_SEMI)) {
        /* invalid_assignment: star_named_expression ',' star_named_expressions* ':' ...
         * reads the rest as lists of elements, checking each for `x = y` and
         * `f() := y` (the first one even without a comma after it) */
        int end = p->mark;
        p->mark = start_mark;
        if (parser_expr_star_named(p) != NULL && accept(p, TOK_COMMA)) {
            while (parser_expr_can_start(p) || at(p, TOK_STAR)) {
                if (parser_expr_star_named(p) == NULL) {
                    break;
                }
                accept(p, TOK_COMMA);
            }
        }
        if (p->error == PERR_RAISED) {
            return NULL;
        }
        parser_clear_generic(p);
        p->mark = end;
    }
    Stmt *s = parser_new_stmt(p, STMT_EXPR, parser_loc_from(p, start));
    s->u.expr.value = e;
    return s;
}

/* dotted_name: NAME ('.' NAME)* */
static const char *dotted_name(Parser *p)
{
    if (!at(p, TOK_NAME)) {
        return parser_fail(p);
    }
    int first = p->mark;
    advance(p);
    while (at(p, TOK_DOT) && peek(p, 1)->type == TOK_NAME) {
        advance(p);
        advance(p);
    }
    if (p->mark == first + 1) {
        return parser_tok_str(p, p->toks[first]);
    }
    /* Join the parts without the whitespace that may separate them. */
    size_t n = 0;
    for (int i = first; i < p->mark; i++) {
        n += (size_t)p->toks[i]->len;
    }
    char *s = arena_alloc(p->arena, n + 1);
    size_t k = 0;
    for (int i = first; i < p->mark; i++) {
        memcpy(s + k, p->toks[i]->start, (size_t)p->toks[i]->len);
        k += (size_t)p->toks[i]->len;
    }
    s[k] = '\0';
    return s;
}

/* import_name: 'import' ','.(dotted_name ['as' NAME])+ */
static Stmt *import_name(Parser *p)
{
    Token *kw = advance(p);
    PtrVec names = {0};
    do {
        Token *t0 = cur(p);
        const char *name = dotted_name(p);
        if (name == NULL) {
            return NULL;
        }
        Alias *a = arena_alloc(p->arena, sizeof *a);
        a->name = name;
        if (accept(p, TOK_AS)) {
            if (!at(p, TOK_NAME)) {
                return parser_fail(p);
            }
            a->asname = parser_tok_str(p, advance(p));
        }
        a->loc = parser_loc_from(p, t0);
        parser_vec_push(p, &names, a);
    } while (accept(p, TOK_COMMA));
    Stmt *s = parser_new_stmt(p, STMT_IMPORT, parser_loc_from(p, kw));
    Alias *arr = arena_alloc(p->arena, (size_t)names.len * sizeof *arr);
    for (int i = 0; i < names.len; i++) {
        arr[i] = *(Alias *)names.items[i];
    }
    s->u.import.names = arr;
    s->u.import.len = names.len;
    return s;
}

/* import_from_as_names: ','.(NAME ['as' NAME])+ */
static bool import_from_as_names(Parser *p, PtrVec *names, bool parens)
{
    for (;;) {
        if (!at(p, TOK_NAME)) {
            parser_fail(p);
            return false;
        }
        Token *t0 = advance(p);
        Alias *a = arena_alloc(p->arena, sizeof *a);
        a->name = parser_tok_str(p, t0);
        if (accept(p, TOK_AS)) {
            if (!at(p, TOK_NAME)) {
                parser_fail(p);
                return false;
            }
            a->asname = parser_tok_str(p, advance(p));
        }
        a->loc = parser_loc_from(p, t0);
        parser_vec_push(p, names, a);
        if (!at(p, TOK_COMMA)) {
            return true;
        }
        if (parens && peek(p, 1)->type == TOK_RPAR) {
            advance(p);
            return true;
        }
        if (!parens && peek(p, 1)->type == TOK_NEWLINE) {
            if (p->call_invalid) {
                advance(p);
                parser_raise_last(p, SYNTAX_ERROR, "trailing comma not allowed without surrounding parentheses");
                return false;
            }
            advance(p);
            parser_fail(p);
            return false;
        }
        advance(p);
    }
}

/* import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
static Stmt *import_from(Parser *p)
{
    Token *kw = advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT)) {
            level++;
        } else if (accept(p, TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (level == 0 || !at(p, TOK_IMPORT)) {
        if ((module = dotted_name(p)) == NULL) {
            return NULL;
        }
    }
    if (!accept(p, TOK_IMPORT)) {
        return parser_fail(p);
    }
    PtrVec names = {0};
    if (at(p, TOK_STAR)) {
        Token *t = advance(p);
        Alias *a = arena_alloc(p->arena, sizeof *a);
        a->name = "*";
        a->loc = tok_loc(t);
        parser_vec_push(p, &names, a);
    } else if (accept(p, TOK_LPAR)) {
        if (!import_from_as_names(p, &names, true)) {
            return NULL;
        }
        if (!accept(p, TOK_RPAR)) {
            return parser_fail(p);
        }
    } else {
        if (!import_from_as_names(p, &names, false)) {
            return NULL;
        }
    }
    Stmt *s = parser_new_stmt(p, STMT_IMPORTFROM, parser_loc_from(p, kw));
    Alias *arr = arena_alloc(p->arena, (size_t)names.len * sizeof *arr);
    for (int i = 0; i < names.len; i++) {
        arr[i] = *(Alias *)names.items[i];
    }
    s->u.importfrom.module = module;
    s->u.importfrom.names = arr;
    s->u.importfrom.len = names.len;
    s->u.importfrom.level = level;
    return s;
}

/* global_stmt / nonlocal_stmt: keyword ','.NAME+ */
static Stmt *names_stmt(Parser *p, StmtKind kind)
{
    Token *kw = advance(p);
    PtrVec names = {0}, locs = {0};
    do {
        if (!at(p, TOK_NAME)) {
            return parser_fail(p);
        }
        Token *t = advance(p);
        parser_vec_push(p, &names, (void *)parser_tok_str(p, t));
        parser_vec_push(p, &locs, t);
    } while (accept(p, TOK_COMMA));
    Stmt *s = parser_new_stmt(p, kind, parser_loc_from(p, kw));
    s->u.names.names = (const char **)names.items;
    s->u.names.len = names.len;
    s->u.names.locs = arena_alloc(p->arena, (size_t)names.len * sizeof(Loc));
    for (int i = 0; i < names.len; i++) {
        s->u.names.locs[i] = tok_loc((Token *)locs.items[i]);
    }
    return s;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
static Stmt *del_stmt(Parser *p)
{
    Token *kw = advance(p);
    int m0 = p->mark;
    PtrVec targets = {0};
    bool ok = true;
    while (parser_expr_can_start(p)) {
        Expr *t = parser_expr_expression(p);
        if (t == NULL) {
            ok = false;
            break;
        }
        parser_vec_push(p, &targets, t);
        if (parser_expr_invalid_target(t, DEL_TARGETS) != NULL) {
            ok = false;
        }
        if (!accept(p, TOK_COMMA)) {
            break;
        }
    }
    if (p->error == PERR_RAISED) {
        return NULL;
    }
    if (!ok || targets.len == 0 || !(at(p, TOK_SEMI) || at(p, TOK_NEWLINE))) {
        if (!p->call_invalid) {
            return parser_fail(p);
        }
        /* invalid_del_stmt: 'del' star_expressions */
        parser_clear_generic(p);
        p->mark = m0;
        Expr *all = parser_expr_star_expressions(p);
        if (all != NULL) {
            parser_expr_raise_invalid_target(p, DEL_TARGETS, all);
        }
        return parser_fail(p);
    }
    for (int i = 0; i < targets.len; i++) {
        parser_expr_set_ctx(targets.items[i], CTX_DEL);
    }
    Stmt *s = parser_new_stmt(p, STMT_DELETE, parser_loc_from(p, kw));
    s->u.delete.targets = parser_vec_exprs(&targets);
    return s;
}

static Stmt *simple_stmt(Parser *p)
{
    Token *t = cur(p);
    Stmt *s;
    switch (t->type) {
    case TOK_RETURN: {
        advance(p);
        Expr *v = NULL;
        if (parser_expr_can_start(p) || at(p, TOK_STAR)) {
            if ((v = parser_expr_star_expressions(p)) == NULL) {
                return NULL;
            }
        }
        s = parser_new_stmt(p, STMT_RETURN, parser_loc_from(p, t));
        s->u.return_.value = v;
        return s;
    }
    case TOK_IMPORT:
        return import_name(p);
    case TOK_FROM:
        return import_from(p);
    case TOK_RAISE: {
        advance(p);
        Expr *exc = NULL, *cause = NULL;
        if (parser_expr_can_start(p)) {
            if ((exc = parser_expr_expression(p)) == NULL) {
                return NULL;
            }
            if (accept(p, TOK_FROM)) {
                if ((cause = parser_expr_expression(p)) == NULL) {
                    return NULL;
                }
            }
        }
        s = parser_new_stmt(p, STMT_RAISE, parser_loc_from(p, t));
        s->u.raise.exc = exc;
        s->u.raise.cause = cause;
        return s;
    }
    case TOK_PASS:
    case TOK_BREAK:
    case TOK_CONTINUE:
        advance(p);
        return parser_new_stmt(p, t->type == TOK_PASS ? STMT_PASS : t->type == TOK_BREAK ? STMT_BREAK : STMT_CONTINUE,
                               tok_loc(t));
    case TOK_DEL:
        return del_stmt(p);
    case TOK_YIELD: {
        Expr *y = parser_expr_yield(p);
        if (y == NULL) {
            return NULL;
        }
        if (at(p, TOK_EQUAL)) {
            if (p->call_invalid) {
                return parser_raise_loc(p, y->loc, "assignment to yield expression not possible");
            }
            return parser_fail(p);
        }
        s = parser_new_stmt(p, STMT_EXPR, y->loc);
        s->u.expr.value = y;
        return s;
    }
    case TOK_ASSERT: {
        advance(p);
        Expr *test = parser_expr_expression(p);
        if (test == NULL) {
            return NULL;
        }
        Expr *msg = NULL;
        if (accept(p, TOK_COMMA)) {
            if ((msg = parser_expr_expression(p)) == NULL) {
                return NULL;
            }
        }
        s = parser_new_stmt(p, STMT_ASSERT, parser_loc_from(p, t));
        s->u.assert_.test = test;
        s->u.assert_.msg = msg;
        return s;
    }
    case TOK_GLOBAL:
        return names_stmt(p, STMT_GLOBAL);
    case TOK_NONLOCAL:
        return names_stmt(p, STMT_NONLOCAL);
    default:
        if (parser_expr_can_start(p) || at(p, TOK_STAR)) {
            return expr_stmt(p);
        }
        return parser_fail(p);
    }
}

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
static bool simple_stmts(Parser *p, PtrVec *out)
{
    for (;;) {
        Stmt *s = simple_stmt(p);
        if (s == NULL) {
            return false;
        }
        parser_vec_push(p, out, s);
        if (!accept(p, TOK_SEMI)) {
            break;
        }
        if (at(p, TOK_NEWLINE)) {
            break;
        }
    }
    if (!accept(p, TOK_NEWLINE)) {
        parser_fail(p);
        return false;
    }
    return true;
}

/* --- compound statements --- */

static Stmt *if_stmt(Parser *p, bool elif);

/* else_block: invalid_else_stmt | 'else' &&':' block */
static bool else_block(Parser *p, StmtList *out)
{
    Token *kw = advance(p);
    if (!at(p, TOK_COLON)) {
        return expect_forced(p, TOK_COLON, "':'") != NULL;
    }
    if (!block_colon(p, "'else' statement", kw->line, false)) {
        return false;
    }
    *out = block(p);
    return !failed(p);
}

/* if_stmt / elif_stmt */
static Stmt *if_stmt(Parser *p, bool elif)
{
    Token *kw = advance(p);
    Expr *test = parser_expr_named(p);
    if (test == NULL) {
        return NULL;
    }
    if (!block_colon(p, elif ? "'elif' statement" : "'if' statement", kw->line, true)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    StmtList orelse = {NULL, 0};
    if (at(p, TOK_ELIF)) {
        Stmt *e = if_stmt(p, true);
        if (e == NULL) {
            return NULL;
        }
        orelse.items = arena_alloc(p->arena, sizeof(Stmt *));
        orelse.items[0] = e;
        orelse.len = 1;
    } else if (at(p, TOK_ELSE)) {
        if (!else_block(p, &orelse)) {
            return NULL;
        }
    }
    Stmt *s = parser_new_stmt(p, STMT_IF, parser_loc_from(p, kw));
    s->u.if_.test = test;
    s->u.if_.body = body;
    s->u.if_.orelse = orelse;
    return s;
}

static Stmt *while_stmt(Parser *p)
{
    Token *kw = advance(p);
    Expr *test = parser_expr_named(p);
    if (test == NULL) {
        return NULL;
    }
    if (!block_colon(p, "'while' statement", kw->line, true)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    StmtList orelse = {NULL, 0};
    if (at(p, TOK_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    Stmt *s = parser_new_stmt(p, STMT_WHILE, parser_loc_from(p, kw));
    s->u.while_.test = test;
    s->u.while_.body = body;
    s->u.while_.orelse = orelse;
    return s;
}

static Stmt *for_stmt(Parser *p)
{
    Token *kw = advance(p);
    int m0 = p->mark;
    Expr *target = parser_expr_targets_for(p);
    if (target == NULL) {
        if (p->error != PERR_GENERIC || !p->call_invalid) {
            return NULL;
        }
    }
    if (target == NULL || parser_expr_invalid_target(target, FOR_TARGETS) != NULL || !at(p, TOK_IN)) {
        if (!p->call_invalid) {
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
    Expr *iter = parser_expr_star_expressions(p);
    if (iter == NULL) {
        return NULL;
    }
    if (!block_colon(p, "'for' statement", kw->line, true)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    StmtList orelse = {NULL, 0};
    if (at(p, TOK_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    parser_expr_set_ctx(target, CTX_STORE);
    Stmt *s = parser_new_stmt(p, STMT_FOR, parser_loc_from(p, kw));
    s->u.for_.target = target;
    s->u.for_.iter = iter;
    s->u.for_.body = body;
    s->u.for_.orelse = orelse;
    return s;
}

/* with_item: expression ['as' star_target &(',' | ')' | ':')] */
static bool with_item(Parser *p, PtrVec *items, bool parens)
{
    Expr *ctx = parser_expr_expression(p);
    if (ctx == NULL) {
        return false;
    }
    WithItem *w = arena_alloc(p->arena, sizeof *w);
    w->context_expr = ctx;
    if (accept(p, TOK_AS)) {
        Expr *t;
        if (at(p, TOK_STAR)) {
            Token *st = advance(p);
            Expr *v = parser_expr_bitwise_or(p);
            if (v == NULL) {
                return false;
            }
            t = parser_new_expr(p, EXPR_STARRED, parser_loc_from(p, st));
            t->u.starred.value = v;
        } else {
            t = parser_expr_expression(p);
            if (t == NULL) {
                return false;
            }
        }
        bool follow = at(p, TOK_COMMA) || at(p, TOK_COLON) || at(p, TOK_RPAR);
        if (parser_expr_invalid_target(t, STAR_TARGETS) != NULL) {
            if (p->call_invalid && follow) {
                parser_expr_raise_invalid_target(p, STAR_TARGETS, t);
            }
            parser_fail(p);
            return false;
        }
        if (!follow) {
            /* invalid_with_stmt: the items end the line without ':' */
            if (p->call_invalid && !parens && at(p, TOK_NEWLINE)) {
                parser_raise_last(p, SYNTAX_ERROR, "expected ':'");
            }
            parser_fail(p);
            return false;
        }
        parser_expr_set_ctx(t, CTX_STORE);
        w->optional_vars = t;
    }
    parser_vec_push(p, items, w);
    return true;
}

static Stmt *with_stmt(Parser *p)
{
    Token *kw = advance(p);
    PtrVec items = {0};
    bool done = false;
    if (at(p, TOK_LPAR)) {
        /* 'with' '(' ','.with_item+ ','? ')' ':' block, tried first */
        int m0 = p->mark;
        advance(p);
        bool ok = true;
        for (;;) {
            if (!with_item(p, &items, true)) {
                ok = false;
                break;
            }
            if (!accept(p, TOK_COMMA) || at(p, TOK_RPAR)) {
                break;
            }
        }
        if (ok && accept(p, TOK_RPAR) && at(p, TOK_COLON)) {
            done = true;
        } else if (ok && p->call_invalid && p->toks[p->mark - 1]->type == TOK_RPAR && at(p, TOK_NEWLINE)) {
            return parser_raise_last(p, SYNTAX_ERROR, "expected ':'");
        } else {
            if (p->error == PERR_RAISED) {
                return NULL;
            }
            parser_clear_generic(p);
            p->mark = m0;
            items.len = 0;
        }
    }
    if (!done) {
        for (;;) {
            if (!with_item(p, &items, false)) {
                return NULL;
            }
            if (!accept(p, TOK_COMMA)) {
                break;
            }
        }
    }
    if (!block_colon(p, "'with' statement", kw->line, true)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    Stmt *s = parser_new_stmt(p, STMT_WITH, parser_loc_from(p, kw));
    s->u.with.nitems = items.len;
    s->u.with.items = arena_alloc(p->arena, (size_t)items.len * sizeof(WithItem));
    for (int i = 0; i < items.len; i++) {
        s->u.with.items[i] = *(WithItem *)items.items[i];
    }
    s->u.with.body = body;
    return s;
}

/* except_block */
static bool except_block(Parser *p, PtrVec *handlers)
{
    Token *kw = advance(p);
    ExceptHandler *h = arena_alloc(p->arena, sizeof *h);
    if (at(p, TOK_STAR)) {
        parser_raise_range(p, tok_loc(kw), tok_loc(cur(p)), "'except*' is not supported");
        return false;
    }
    if (!at(p, TOK_COLON)) {
        if (at(p, TOK_NEWLINE)) {
            if (p->call_invalid) {
                parser_raise_last(p, SYNTAX_ERROR, "expected ':'");
            }
            parser_fail(p);
            return false;
        }
        Expr *type = parser_expr_expression(p);
        if (type == NULL) {
            return false;
        }
        if (p->call_invalid && at(p, TOK_COMMA)) {
            /* 'except' expression ',' expressions ['as' NAME] ':' */
            int m = p->mark;
            advance(p);
            Expr *rest = parser_expr_expressions(p);
            if (rest != NULL) {
                if (accept(p, TOK_AS) && !accept(p, TOK_NAME)) {
                    rest = NULL;
                }
                if (rest != NULL && at(p, TOK_COLON)) {
                    advance(p);
                    parser_raise_starting_from(p, type->loc, "multiple exception types must be parenthesized");
                    return false;
                }
            }
            if (failed(p) && p->error == PERR_RAISED) {
                return false;
            }
            parser_clear_generic(p);
            p->mark = m;
        }
        h->type = type;
        if (accept(p, TOK_AS)) {
            if (!at(p, TOK_NAME)) {
                parser_fail(p);
                return false;
            }
            h->name = parser_tok_str(p, advance(p));
        }
    }
    if (!block_colon(p, "'except' statement", kw->line, true)) {
        return false;
    }
    h->body = block(p);
    if (failed(p)) {
        return false;
    }
    h->loc = parser_loc_from(p, kw);
    parser_vec_push(p, handlers, h);
    return true;
}

static Stmt *try_stmt(Parser *p)
{
    Token *kw = advance(p);
    if (!at(p, TOK_COLON)) {
        expect_forced(p, TOK_COLON, "':'");
        return NULL;
    }
    if (!block_colon(p, "'try' statement", kw->line, false)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    if (!at(p, TOK_EXCEPT) && !at(p, TOK_FINALLY)) {
        if (p->call_invalid) {
            return parser_raise_last(p, SYNTAX_ERROR, "expected 'except' or 'finally' block");
        }
        return parser_fail(p);
    }
    PtrVec handlers = {0};
    while (at(p, TOK_EXCEPT)) {
        if (!except_block(p, &handlers)) {
            return NULL;
        }
    }
    StmtList orelse = {NULL, 0}, finalbody = {NULL, 0};
    if (handlers.len > 0 && at(p, TOK_ELSE) && !else_block(p, &orelse)) {
        return NULL;
    }
    if (at(p, TOK_FINALLY)) {
        Token *fk = advance(p);
        if (!at(p, TOK_COLON)) {
            expect_forced(p, TOK_COLON, "':'");
            return NULL;
        }
        if (!block_colon(p, "'finally' statement", fk->line, false)) {
            return NULL;
        }
        finalbody = block(p);
        if (failed(p)) {
            return NULL;
        }
    }
    Stmt *s = parser_new_stmt(p, STMT_TRY, parser_loc_from(p, kw));
    s->u.try_.body = body;
    s->u.try_.nhandlers = handlers.len;
    s->u.try_.handlers = arena_alloc(p->arena, (size_t)handlers.len * sizeof(ExceptHandler));
    for (int i = 0; i < handlers.len; i++) {
        s->u.try_.handlers[i] = *(ExceptHandler *)handlers.items[i];
    }
    s->u.try_.orelse = orelse;
    s->u.try_.finalbody = finalbody;
    return s;
}

static Stmt *funcdef(Parser *p, Token *start, ExprList decorators)
{
    Token *kw = advance(p);
    if (!at(p, TOK_NAME)) {
        return parser_fail(p);
    }
    Token *name = advance(p);
    if (expect_forced(p, TOK_LPAR, "'('") == NULL) {
        return NULL;
    }
    Arguments *args = parser_args_params(p, false);
    if (args == NULL) {
        return NULL;
    }
    if (!accept(p, TOK_RPAR)) {
        return parser_fail(p);
    }
    Expr *returns = NULL;
    if (accept(p, TOK_RARROW)) {
        if ((returns = parser_expr_expression(p)) == NULL) {
            return NULL;
        }
    }
    if (!at(p, TOK_COLON)) {
        expect_forced(p, TOK_COLON, "':'");
        return NULL;
    }
    if (!block_colon(p, "function definition", kw->line, false)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    Stmt *s = parser_new_stmt(p, STMT_FUNCTIONDEF, parser_loc_from(p, start));
    s->u.funcdef.name = parser_tok_str(p, name);
    s->u.funcdef.args = args;
    s->u.funcdef.body = body;
    s->u.funcdef.decorators = decorators;
    s->u.funcdef.returns = returns;
    return s;
}

static Stmt *classdef(Parser *p, Token *start, ExprList decorators)
{
    Token *kw = advance(p);
    if (!at(p, TOK_NAME)) {
        return parser_fail(p);
    }
    Token *name = advance(p);
    Expr *call = parser_new_expr(p, EXPR_CALL, tok_loc(name));
    if (accept(p, TOK_LPAR)) {
        if (!parser_args_call(p, call, true)) {
            return NULL;
        }
        if (!accept(p, TOK_RPAR)) {
            return parser_fail(p);
        }
    }
    if (!block_colon(p, "class definition", kw->line, true)) {
        return NULL;
    }
    StmtList body = block(p);
    if (failed(p)) {
        return NULL;
    }
    Stmt *s = parser_new_stmt(p, STMT_CLASSDEF, parser_loc_from(p, start));
    s->u.classdef.name = parser_tok_str(p, name);
    s->u.classdef.bases = call->u.call.args;
    s->u.classdef.keywords = call->u.call.keywords;
    s->u.classdef.nkeywords = call->u.call.nkeywords;
    s->u.classdef.body = body;
    s->u.classdef.decorators = decorators;
    return s;
}

static Stmt *compound_stmt(Parser *p)
{
    Token *t = cur(p);
    switch (t->type) {
    case TOK_IF:
        return if_stmt(p, false);
    case TOK_WHILE:
        return while_stmt(p);
    case TOK_FOR:
        return for_stmt(p);
    case TOK_WITH:
        return with_stmt(p);
    case TOK_TRY:
        return try_stmt(p);
    case TOK_DEF: {
        ExprList none = {NULL, 0};
        return funcdef(p, t, none);
    }
    case TOK_CLASS: {
        ExprList none = {NULL, 0};
        return classdef(p, t, none);
    }
    case TOK_AT: {
        PtrVec decos = {0};
        while (at(p, TOK_AT)) {
            advance(p);
            Expr *d = parser_expr_named(p);
            if (d == NULL) {
                return NULL;
            }
            if (!accept(p, TOK_NEWLINE)) {
                return parser_fail(p);
            }
            parser_vec_push(p, &decos, d);
        }
        if (at(p, TOK_DEF)) {
            Stmt *s = funcdef(p, cur(p), parser_vec_exprs(&decos));
            return s;
        }
        if (at(p, TOK_CLASS)) {
            return classdef(p, cur(p), parser_vec_exprs(&decos));
        }
        if (at(p, TOK_ASYNC)) {
            return parser_raise_loc(p, tok_loc(cur(p)), "'async' is not supported");
        }
        return parser_fail(p);
    }
    case TOK_ASYNC:
        if (peek(p, 1)->type == TOK_DEF || peek(p, 1)->type == TOK_FOR || peek(p, 1)->type == TOK_WITH) {
            return parser_raise_loc(p, tok_loc(t), "'async' is not supported");
        }
        return parser_fail(p);
    default:
        return NULL;
    }
}

static bool is_compound_start(TokType t)
{
    switch (t) {
    case TOK_IF:
    case TOK_WHILE:
    case TOK_FOR:
    case TOK_WITH:
    case TOK_TRY:
    case TOK_DEF:
    case TOK_CLASS:
    case TOK_AT:
    case TOK_ASYNC:
        return true;
    default:
        return false;
    }
}

/* statement: compound_stmt | simple_stmts */
static bool statement(Parser *p, PtrVec *out)
{
    if (!parser_enter(p)) {
        return false;
    }
    bool ok;
    if (is_compound_start(cur(p)->type)) {
        Stmt *s = compound_stmt(p);
        if (s != NULL) {
            parser_vec_push(p, out, s);
        }
        ok = s != NULL;
    } else {
        ok = simple_stmts(p, out);
    }
    leave(p);
    return ok && !failed(p);
}

/* -------------------------------------------------------- start rules */

/* file: [statements] ENDMARKER */
static AstModule *file_rule(Parser *p)
{
    AstModule *m = arena_alloc(p->arena, sizeof *m);
    m->body = statements(p);
    if (failed(p)) {
        return NULL;
    }
    if (!at(p, TOK_ENDMARKER)) {
        return parser_fail(p);
    }
    return m;
}

/* interactive: statement_newline */
static AstModule *interactive_rule(Parser *p)
{
    AstModule *m = arena_alloc(p->arena, sizeof *m);
    if (at(p, TOK_ENDMARKER) || accept(p, TOK_NEWLINE)) {
        return m;
    }
    PtrVec v = {0};
    if (is_compound_start(cur(p)->type)) {
        Stmt *s = compound_stmt(p);
        if (s == NULL) {
            return NULL;
        }
        if (!accept(p, TOK_NEWLINE)) {
            return parser_fail(p);
        }
        parser_vec_push(p, &v, s);
    } else if (!simple_stmts(p, &v)) {
        return NULL;
    }
    m->body = vec_stmts(&v);
    return m;
}

/* eval: expressions NEWLINE* ENDMARKER */
static AstModule *eval_rule(Parser *p)
{
    AstModule *m = arena_alloc(p->arena, sizeof *m);
    m->expr = parser_expr_expressions(p);
    if (m->expr == NULL) {
        return NULL;
    }
    while (accept(p, TOK_NEWLINE)) {
    }
    if (!at(p, TOK_ENDMARKER)) {
        return parser_fail(p);
    }
    return m;
}

AstModule *parser_stmt_run(Parser *p)
{
    switch (p->mode) {
    case PARSE_SINGLE:
        return interactive_rule(p);
    case PARSE_EVAL:
        return eval_rule(p);
    default:
        return file_rule(p);
    }
}

