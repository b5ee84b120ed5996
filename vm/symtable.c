// SPDX-License-Identifier: MIT
/**
 * @file symtable.c
 * @brief Scope analysis (see symtable.h).
 *
 * Two passes. The first walks the tree in source order, opening a scope
 * for each def, lambda, comprehension and class, and records per scope the
 * names bound, used and declared, reporting CPython's errors for
 * contradictory declarations. The second resolves every name top-down,
 * knowing which names the enclosing functions bind, and bottom-up turns
 * the locals that inner scopes capture into cells.
 */
#include "symtable.h"

#include <stdarg.h>

#include "exc.h"
#include "runtime.h"

typedef struct Walker {
    SymTable *st;
    Scope *cur;
    SyntaxErr *err;
    bool failed;
    bool too_deep;  /* failed with RecursionError raised, not a SyntaxError */
    int depth;      /* statements and expressions being visited */
    int max_depth;  /* CPython's bound: 3 per level of the recursion limit */
} Walker;

/* Enter one level of the tree; false (RecursionError raised) past the bound
 * or near the end of the C stack. Pair every true with leave(). */
static bool enter(Walker *w)
{
    if (++w->depth > w->max_depth || thread_c_stack_low(thread_current())) {
        w->depth--;
        if (!w->failed) {
            exc_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
            w->failed = w->too_deep = true;
        }
        return false;
    }
    return true;
}

static void leave(Walker *w)
{
    w->depth--;
}

static void fail(Walker *w, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void fail(Walker *w, Loc loc, const char *fmt, ...)
{
    if (w->failed)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parser_error_at(w->err, SYNTAX_ERROR, loc, "%s", msg);
    w->failed = true;
}

/* FNV-1a: scopes with 100,000 names must not make every lookup a linear search. */
static size_t name_hash(const char *name)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)name; *p != '\0'; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return (size_t)h;
}

/* The slot of s->index where name is, or where it would go. */
static size_t index_slot(Scope *s, const char *name)
{
    size_t mask = (size_t)s->cap_index - 1, j = name_hash(name) & mask;
    while (s->index[j] != 0 && strcmp(s->syms[s->index[j] - 1].name, name) != 0)
        j = (j + 1) & mask;
    return j;
}

Symbol *symtable_lookup(Scope *s, const char *name)
{
    if (s->index == NULL)
        return NULL;
    int k = s->index[index_slot(s, name)];
    return k != 0 ? &s->syms[k - 1] : NULL;
}

Scope *symtable_child(Scope *s, const void *node)
{
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node)
            return s->children[i];
    return NULL;
}

static Symbol *add_symbol(Walker *w, Scope *s, const char *name)
{
    Symbol *sym = symtable_lookup(s, name);
    if (sym != NULL)
        return sym;
    if (s->nsyms == s->cap_syms) {
        int cap = s->cap_syms ? s->cap_syms * 2 : 8;
        Symbol *n = arena_alloc(w->st->arena, sizeof(Symbol) * (size_t)cap);
        if (s->nsyms)
            memcpy(n, s->syms, sizeof(Symbol) * (size_t)s->nsyms);
        s->syms = n;
        s->cap_syms = cap;
        /* The index stays over twice as big as the symbols: rebuild it at the same time. */
        s->cap_index = 4 * cap;
        s->index = arena_alloc(w->st->arena, sizeof(int) * (size_t)s->cap_index);
        memset(s->index, 0, sizeof(int) * (size_t)s->cap_index);
        for (int i = 0; i < s->nsyms; i++)
            s->index[index_slot(s, s->syms[i].name)] = i + 1;
    }
    s->index[index_slot(s, name)] = s->nsyms + 1;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = 0;
    sym->scope = SC_UNKNOWN;
    return sym;
}

static void note(Walker *w, const char *name, int flag, Loc loc)
{
    Symbol *sym = add_symbol(w, w->cur, name);
    if ((flag & SYM_DEF_PARAM) && (sym->flags & SYM_DEF_PARAM)) {
        fail(w, loc, "duplicate argument '%s' in function definition", name);
        return;
    }
    sym->flags |= flag;
}

static Scope *open_scope(Walker *w, ScopeKind kind, const char *name, const void *node, int line)
{
    Scope *s = arena_alloc(w->st->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = w->cur;
    s->lineno = line;
    if (w->cur != NULL) {
        Scope *p = w->cur;
        if (p->nchildren == p->cap_children) {
            int cap = p->cap_children ? p->cap_children * 2 : 4;
            Scope **n = arena_alloc(w->st->arena, sizeof(Scope *) * (size_t)cap);
            if (p->nchildren)
                memcpy(n, p->children, sizeof(Scope *) * (size_t)p->nchildren);
            p->children = n;
            p->cap_children = cap;
        }
        p->children[p->nchildren++] = s;
    }
    w->cur = s;
    return s;
}

static void visit_expr(Walker *w, Expr *e);
static void visit_stmts(Walker *w, StmtList body);

static void visit_exprs(Walker *w, ExprList l)
{
    for (int i = 0; i < l.len; i++)
        visit_expr(w, l.items[i]);
}

static void visit_params(Walker *w, Arguments *a)
{
    for (int i = 0; i < a->nposonly; i++)
        note(w, a->posonly[i].name, SYM_DEF_PARAM, a->posonly[i].loc);
    for (int i = 0; i < a->nargs; i++)
        note(w, a->args[i].name, SYM_DEF_PARAM, a->args[i].loc);
    if (a->vararg != NULL)
        note(w, a->vararg->name, SYM_DEF_PARAM, a->vararg->loc);
    for (int i = 0; i < a->nkwonly; i++)
        note(w, a->kwonly[i].name, SYM_DEF_PARAM, a->kwonly[i].loc);
    if (a->kwarg != NULL)
        note(w, a->kwarg->name, SYM_DEF_PARAM, a->kwarg->loc);
}

/* Defaults and annotations are evaluated in the enclosing scope. */
static void visit_defaults(Walker *w, Arguments *a)
{
    for (int i = 0; i < a->ndefaults; i++)
        visit_expr(w, a->defaults[i]);
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults[i] != NULL)
            visit_expr(w, a->kw_defaults[i]);
}

static void visit_comprehension(Walker *w, Expr *e, const char *name)
{
    Comprehension *gens = e->u.comp.generators;
    /* The outermost iterable runs in the enclosing scope. */
    visit_expr(w, gens[0].iter);
    Scope *outer = w->cur;
    Scope *s = open_scope(w, SCOPE_COMPREHENSION, name, e, e->loc.line);
    if (e->kind == EXPR_GENEXP)
        s->is_generator = true;
    note(w, ".0", SYM_DEF_PARAM, e->loc);
    for (int i = 0; i < e->u.comp.ngenerators; i++) {
        if (i > 0)
            visit_expr(w, gens[i].iter);
        visit_expr(w, gens[i].target);
        visit_exprs(w, gens[i].ifs);
    }
    visit_expr(w, e->u.comp.elt);
    if (e->u.comp.value != NULL)
        visit_expr(w, e->u.comp.value);
    w->cur = outer;
}

static void visit_expr_kind(Walker *w, Expr *e);

static void visit_expr(Walker *w, Expr *e)
{
    if (e == NULL || w->failed || !enter(w))
        return;
    visit_expr_kind(w, e);
    leave(w);
}

static void visit_expr_kind(Walker *w, Expr *e)
{
    switch (e->kind) {
    case EXPR_CONST:
        break;
    case EXPR_NAME:
        if (e->u.name.ctx == CTX_LOAD) {
            note(w, e->u.name.id, SYM_USE, e->loc);
            if (strcmp(e->u.name.id, "super") == 0 && w->cur->kind == SCOPE_FUNCTION) {
                /* super() in a method reads the class from the __class__ cell. */
                note(w, "__class__", SYM_USE, e->loc);
                for (Scope *s = w->cur; s != NULL; s = s->parent)
                    if (s->kind == SCOPE_CLASS) {
                        s->needs_class_cell = true;
                        break;
                    }
            }
        } else
            note(w, e->u.name.id, SYM_DEF_LOCAL, e->loc);
        if (strcmp(e->u.name.id, "__class__") == 0)
            for (Scope *s = w->cur; s != NULL; s = s->parent)
                if (s->kind == SCOPE_CLASS) {
                    s->needs_class_cell = true;
                    break;
                }
        break;
    case EXPR_BOOLOP:
        visit_exprs(w, e->u.boolop.values);
        break;
    case EXPR_BINOP:
        visit_expr(w, e->u.binop.left);
        visit_expr(w, e->u.binop.right);
        break;
    case EXPR_UNARYOP:
        visit_expr(w, e->u.unaryop.operand);
        break;
    case EXPR_COMPARE:
        visit_expr(w, e->u.compare.left);
        visit_exprs(w, e->u.compare.comparators);
        break;
    case EXPR_IFEXP:
        visit_expr(w, e->u.ifexp.test);
        visit_expr(w, e->u.ifexp.body);
        visit_expr(w, e->u.ifexp.orelse);
        break;
    case EXPR_NAMEDEXPR: {
        /* The target of := in a comprehension binds in the enclosing function. */
        Scope *saved = w->cur;
        while (w->cur->kind == SCOPE_COMPREHENSION)
            w->cur = w->cur->parent;
        note(w, e->u.named.target->u.name.id, SYM_DEF_LOCAL, e->loc);
        Scope *target_scope = w->cur;
        w->cur = saved;
        if (target_scope != saved)
            note(w, e->u.named.target->u.name.id, SYM_USE, e->loc);
        visit_expr(w, e->u.named.value);
        break;
    }
    case EXPR_LAMBDA: {
        visit_defaults(w, e->u.lambda.args);
        Scope *outer = w->cur;
        open_scope(w, SCOPE_FUNCTION, "<lambda>", e, e->loc.line);
        visit_params(w, e->u.lambda.args);
        visit_expr(w, e->u.lambda.body);
        w->cur = outer;
        break;
    }
    case EXPR_CALL:
        visit_expr(w, e->u.call.func);
        visit_exprs(w, e->u.call.args);
        for (int i = 0; i < e->u.call.nkeywords; i++)
            visit_expr(w, e->u.call.keywords[i].value);
        break;
    case EXPR_ATTRIBUTE:
        visit_expr(w, e->u.attribute.value);
        break;
    case EXPR_SUBSCRIPT:
        visit_expr(w, e->u.subscript.value);
        visit_expr(w, e->u.subscript.slice);
        break;
    case EXPR_SLICE:
        visit_expr(w, e->u.slice.lower);
        visit_expr(w, e->u.slice.upper);
        visit_expr(w, e->u.slice.step);
        break;
    case EXPR_STARRED:
        visit_expr(w, e->u.starred.value);
        break;
    case EXPR_TUPLE:
    case EXPR_LIST:
    case EXPR_SET:
        visit_exprs(w, e->u.seq.elts);
        break;
    case EXPR_DICT:
        for (int i = 0; i < e->u.dict.len; i++) {
            visit_expr(w, e->u.dict.keys[i]);
            visit_expr(w, e->u.dict.values[i]);
        }
        break;
    case EXPR_LISTCOMP:
        visit_comprehension(w, e, "<listcomp>");
        break;
    case EXPR_SETCOMP:
        visit_comprehension(w, e, "<setcomp>");
        break;
    case EXPR_DICTCOMP:
        visit_comprehension(w, e, "<dictcomp>");
        break;
    case EXPR_GENEXP:
        visit_comprehension(w, e, "<genexpr>");
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM:
    case EXPR_AWAIT:
        if (w->cur->kind == SCOPE_MODULE || w->cur->kind == SCOPE_CLASS) {
            fail(w, e->loc, "'%s' outside function",
                 e->kind == EXPR_AWAIT ? "await" : "yield");
            return;
        }
        w->cur->is_generator = true;
        visit_expr(w, e->u.yield.value);
        break;
    case EXPR_JOINEDSTR:
        visit_exprs(w, e->u.joined.values);
        break;
    case EXPR_FORMATTED:
        visit_expr(w, e->u.formatted.value);
        visit_expr(w, e->u.formatted.format_spec);
        break;
    }
}

static void declare(Walker *w, Stmt *s, bool global)
{
    const char *what = global ? "global" : "nonlocal";
    for (int i = 0; i < s->u.names.len; i++) {
        const char *name = s->u.names.names[i];
        Loc loc = s->loc;
        Symbol *sym = symtable_lookup(w->cur, name);
        int flags = sym != NULL ? sym->flags : 0;
        if (flags & SYM_DEF_PARAM) {
            fail(w, loc, "name '%s' is parameter and %s", name, what);
            return;
        }
        if (global && (flags & SYM_DEF_NONLOCAL)) {
            fail(w, loc, "name '%s' is nonlocal and global", name);
            return;
        }
        if (!global && (flags & SYM_DEF_GLOBAL)) {
            fail(w, loc, "name '%s' is nonlocal and global", name);
            return;
        }
        if (flags & SYM_USE) {
            fail(w, loc, "name '%s' is used prior to %s declaration", name, what);
            return;
        }
        if (flags & SYM_DEF_LOCAL) {
            fail(w, loc, "name '%s' is assigned to before %s declaration", name, what);
            return;
        }
        if (!global && w->cur->kind == SCOPE_MODULE) {
            fail(w, s->loc, "nonlocal declaration not allowed at module level");
            return;
        }
        note(w, name, global ? SYM_DEF_GLOBAL : SYM_DEF_NONLOCAL, loc);
        symtable_lookup(w->cur, name)->decl_loc = loc;
    }
}

static bool is_docstring(StmtList body)
{
    if (body.len == 0)
        return false;
    Stmt *s = body.items[0];
    return s->kind == STMT_EXPR && s->u.expr.value->kind == EXPR_CONST &&
           s->u.expr.value->u.constant.kind == CONST_STR;
}

static void visit_stmt_kind(Walker *w, Stmt *s);

static void visit_stmt(Walker *w, Stmt *s)
{
    if (w->failed || !enter(w))
        return;
    visit_stmt_kind(w, s);
    leave(w);
}

static void visit_stmt_kind(Walker *w, Stmt *s)
{
    switch (s->kind) {
    case STMT_EXPR:
        visit_expr(w, s->u.expr.value);
        break;
    case STMT_ASSIGN:
        visit_expr(w, s->u.assign.value);
        visit_exprs(w, s->u.assign.targets);
        break;
    case STMT_AUGASSIGN:
        if (s->u.augassign.target->kind == EXPR_NAME)
            note(w, s->u.augassign.target->u.name.id, SYM_USE, s->loc);
        visit_expr(w, s->u.augassign.value);
        visit_expr(w, s->u.augassign.target);
        break;
    case STMT_ANNASSIGN:
        if (s->u.annassign.value != NULL)
            visit_expr(w, s->u.annassign.value);
        if (s->u.annassign.simple && s->u.annassign.target->kind == EXPR_NAME) {
            Symbol *sym = symtable_lookup(w->cur, s->u.annassign.target->u.name.id);
            if (sym != NULL && (sym->flags & (SYM_DEF_GLOBAL | SYM_DEF_NONLOCAL))) {
                fail(w, s->loc, "annotated name '%s' can't be %s",
                     s->u.annassign.target->u.name.id,
                     (sym->flags & SYM_DEF_GLOBAL) ? "global" : "nonlocal");
                return;
            }
            if (s->u.annassign.value != NULL || w->cur->kind != SCOPE_MODULE)
                note(w, s->u.annassign.target->u.name.id, SYM_DEF_LOCAL, s->loc);
        } else if (s->u.annassign.target->kind != EXPR_NAME) {
            visit_expr(w, s->u.annassign.target);
        }
        break;
    case STMT_IF:
        visit_expr(w, s->u.if_.test);
        visit_stmts(w, s->u.if_.body);
        visit_stmts(w, s->u.if_.orelse);
        break;
    case STMT_WHILE:
        visit_expr(w, s->u.while_.test);
        visit_stmts(w, s->u.while_.body);
        visit_stmts(w, s->u.while_.orelse);
        break;
    case STMT_FOR:
        visit_expr(w, s->u.for_.iter);
        visit_expr(w, s->u.for_.target);
        visit_stmts(w, s->u.for_.body);
        visit_stmts(w, s->u.for_.orelse);
        break;
    case STMT_BREAK:
    case STMT_CONTINUE:
    case STMT_PASS:
        break;
    case STMT_RETURN:
        if (w->cur->kind != SCOPE_FUNCTION) {
            fail(w, s->loc, "'return' outside function");
            return;
        }
        visit_expr(w, s->u.return_.value);
        break;
    case STMT_FUNCTIONDEF: {
        visit_exprs(w, s->u.funcdef.decorators);
        visit_defaults(w, s->u.funcdef.args);
        note(w, s->u.funcdef.name, SYM_DEF_LOCAL, s->loc);
        Scope *outer = w->cur;
        Scope *fs = open_scope(w, SCOPE_FUNCTION, s->u.funcdef.name, s, s->loc.line);
        fs->has_docstring = is_docstring(s->u.funcdef.body);
        visit_params(w, s->u.funcdef.args);
        visit_stmts(w, s->u.funcdef.body);
        w->cur = outer;
        break;
    }
    case STMT_CLASSDEF: {
        visit_exprs(w, s->u.classdef.decorators);
        visit_exprs(w, s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.nkeywords; i++)
            visit_expr(w, s->u.classdef.keywords[i].value);
        note(w, s->u.classdef.name, SYM_DEF_LOCAL, s->loc);
        Scope *outer = w->cur;
        Scope *cs = open_scope(w, SCOPE_CLASS, s->u.classdef.name, s, s->loc.line);
        cs->has_docstring = is_docstring(s->u.classdef.body);
        visit_stmts(w, s->u.classdef.body);
        w->cur = outer;
        break;
    }
    case STMT_GLOBAL:
        declare(w, s, true);
        break;
    case STMT_NONLOCAL:
        declare(w, s, false);
        break;
    case STMT_TRY:
        visit_stmts(w, s->u.try_.body);
        for (int i = 0; i < s->u.try_.nhandlers; i++) {
            ExceptHandler *h = &s->u.try_.handlers[i];
            visit_expr(w, h->type);
            if (h->name != NULL)
                note(w, h->name, SYM_DEF_LOCAL, h->loc);
            visit_stmts(w, h->body);
        }
        visit_stmts(w, s->u.try_.orelse);
        visit_stmts(w, s->u.try_.finalbody);
        break;
    case STMT_RAISE:
        visit_expr(w, s->u.raise.exc);
        visit_expr(w, s->u.raise.cause);
        break;
    case STMT_ASSERT:
        visit_expr(w, s->u.assert_.test);
        visit_expr(w, s->u.assert_.msg);
        break;
    case STMT_DELETE:
        visit_exprs(w, s->u.delete.targets);
        break;
    case STMT_IMPORT:
        for (int i = 0; i < s->u.import.len; i++) {
            Alias *a = &s->u.import.names[i];
            if (a->asname != NULL) {
                note(w, a->asname, SYM_DEF_LOCAL, a->loc);
            } else {
                /* `import a.b` binds a. */
                const char *dot = strchr(a->name, '.');
                const char *name =
                    dot ? arena_strndup(w->st->arena, a->name, (size_t)(dot - a->name)) : a->name;
                note(w, name, SYM_DEF_LOCAL, a->loc);
            }
        }
        break;
    case STMT_IMPORTFROM:
        for (int i = 0; i < s->u.importfrom.len; i++) {
            Alias *a = &s->u.importfrom.names[i];
            if (strcmp(a->name, "*") == 0) {
                if (w->cur->kind != SCOPE_MODULE) {
                    fail(w, s->loc, "import * only allowed at module level");
                    return;
                }
                continue;
            }
            note(w, a->asname ? a->asname : a->name, SYM_DEF_LOCAL, a->loc);
        }
        break;
    case STMT_WITH:
        for (int i = 0; i < s->u.with.nitems; i++) {
            visit_expr(w, s->u.with.items[i].context_expr);
            visit_expr(w, s->u.with.items[i].optional_vars);
        }
        visit_stmts(w, s->u.with.body);
        break;
    }
}

static void visit_stmts(Walker *w, StmtList body)
{
    for (int i = 0; i < body.len && !w->failed; i++)
        visit_stmt(w, body.items[i]);
}

/* ---- Resolution ---- */

/* A set of names: a growable array in insertion order, with a hash table of positions + 1. */
typedef struct NameSet {
    const char **names;
    int len, cap;
    int *index; /* 4 * cap slots */
} NameSet;

static size_t set_slot(const NameSet *s, const char *name)
{
    size_t mask = 4 * (size_t)s->cap - 1, j = name_hash(name) & mask;
    while (s->index[j] != 0 && strcmp(s->names[s->index[j] - 1], name) != 0)
        j = (j + 1) & mask;
    return j;
}

static bool set_has(const NameSet *s, const char *name)
{
    return s != NULL && s->cap != 0 && s->index[set_slot(s, name)] != 0;
}

static void set_add(Arena *a, NameSet *s, const char *name)
{
    if (set_has(s, name))
        return;
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        const char **n = arena_alloc(a, sizeof(char *) * (size_t)cap);
        if (s->len)
            memcpy(n, s->names, sizeof(char *) * (size_t)s->len);
        s->names = n;
        s->cap = cap;
        s->index = arena_alloc(a, sizeof(int) * 4 * (size_t)cap);
        memset(s->index, 0, sizeof(int) * 4 * (size_t)cap);
        for (int i = 0; i < s->len; i++)
            s->index[set_slot(s, s->names[i])] = i + 1;
    }
    s->index[set_slot(s, name)] = s->len + 1;
    s->names[s->len++] = name;
}

static void set_copy(Arena *a, NameSet *dst, const NameSet *src)
{
    for (int i = 0; i < src->len; i++)
        set_add(a, dst, src->names[i]);
}

/*
 * Resolve scope s. bound: names bound by enclosing function scopes (visible
 * as free variables). free_out receives the free variables s and its
 * children need from outside s.
 */
static int analyze(Walker *w, Scope *s, const NameSet *bound, NameSet *free_out)
{
    Arena *a = w->st->arena;
    bool is_func = s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION;
    for (int i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYM_DEF_GLOBAL) {
            sym->scope = SC_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYM_DEF_NONLOCAL) {
            if (!set_has(bound, sym->name)) {
                fail(w, sym->decl_loc, "no binding for nonlocal '%s' found", sym->name);
                return -1;
            }
            sym->scope = SC_FREE;
        } else if (sym->flags & (SYM_DEF_LOCAL | SYM_DEF_PARAM)) {
            sym->scope = SC_LOCAL;
        } else if (set_has(bound, sym->name)) {
            sym->scope = SC_FREE;
        } else {
            sym->scope = SC_GLOBAL_IMPLICIT;
        }
    }
    /* What children may capture: enclosing functions' names plus this function's locals. */
    NameSet child_bound = {0};
    if (bound != NULL && s->kind != SCOPE_MODULE)
        set_copy(a, &child_bound, bound);
    if (is_func) {
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_LOCAL || s->syms[i].scope == SC_FREE)
                set_add(a, &child_bound, s->syms[i].name);
        /* A global declaration hides the enclosing binding. */
        NameSet filtered = {0};
        for (int i = 0; i < child_bound.len; i++) {
            Symbol *sym = symtable_lookup(s, child_bound.names[i]);
            if (sym == NULL || sym->scope != SC_GLOBAL_EXPLICIT)
                set_add(a, &filtered, child_bound.names[i]);
        }
        child_bound = filtered;
    }
    if (s->kind == SCOPE_CLASS && s->needs_class_cell)
        set_add(a, &child_bound, "__class__");
    NameSet child_free = {0};
    for (int i = 0; i < s->nchildren; i++) {
        NameSet f = {0};
        if (analyze(w, s->children[i], &child_bound, &f) < 0)
            return -1;
        set_copy(a, &child_free, &f);
    }
    /* Captured locals become cells; names captured from further out pass through. */
    for (int i = 0; i < child_free.len; i++) {
        const char *name = child_free.names[i];
        Symbol *sym = symtable_lookup(s, name);
        if (s->kind == SCOPE_CLASS) {
            if (strcmp(name, "__class__") == 0) {
                Symbol *cell = add_symbol(w, s, name);
                cell->scope = SC_CELL;
                continue;
            }
            /* Class names are not visible to methods: the variable comes from outside and
               passes through the class body's closure. */
            if (sym == NULL) {
                sym = add_symbol(w, s, name);
                sym->scope = SC_FREE;
            } else if (sym->scope != SC_FREE) {
                sym->flags |= SYM_DEF_FREE_CLASS;
            }
            set_add(a, free_out, name);
            continue;
        }
        if (sym != NULL && sym->scope == SC_LOCAL && is_func) {
            sym->scope = SC_CELL;
        } else if (sym != NULL && (sym->scope == SC_CELL || sym->scope == SC_FREE)) {
            if (sym->scope == SC_FREE)
                set_add(a, free_out, name);
        } else if (is_func) {
            sym = add_symbol(w, s, name);
            sym->scope = SC_FREE;
            set_add(a, free_out, name);
        } else {
            set_add(a, free_out, name);
        }
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_FREE && s->kind != SCOPE_CLASS)
            set_add(a, free_out, s->syms[i].name);
    return 0;
}

int symtable_build(SymTable *st, Arena *arena, AstModule *mod, SyntaxErr *err)
{
    int limit = thread_current()->rt->recursion_limit;
    Walker w = {st, NULL, err, false, false, 0, limit > INT32_MAX / 3 ? INT32_MAX : 3 * limit};
    st->arena = arena;
    st->top = open_scope(&w, SCOPE_MODULE, "<module>", mod, 1);
    if (mod->expr != NULL)
        visit_expr(&w, mod->expr);
    else
        visit_stmts(&w, mod->body);
    if (w.failed)
        return w.too_deep ? -2 : -1;
    NameSet free = {0};
    if (analyze(&w, st->top, NULL, &free) < 0)
        return -1;
    return 0;
}
