// SPDX-License-Identifier: MIT
/**
 * @file compiler.c
 * @brief Code generation: AST to code objects (see compiler.h).
 *
 * The compiler walks the tree once per code object ("unit"), appending
 * instructions to a buffer. Jumps name labels; assembly replaces labels by
 * instruction indices at the end.
 *
 * ## Exceptions and the frame-block stack
 *
 * Each unit keeps a stack of the blocks the current point is nested in
 * (loops, try bodies, except handlers, finally bodies). A block that
 * catches exceptions names a handler label and the stack depth to unwind
 * to. Every emitted instruction records the innermost such block active at
 * that moment; assembly turns runs of instructions with the same handler
 * into the exception table (code.h). `break`, `continue` and `return` leave
 * blocks by emitting each block's exit code (pop a loop iterator, restore
 * the handled exception, run a finally body) with the block temporarily
 * popped, so that an exception in a finally body run this way is not caught
 * by the same finally again.
 *
 * ## Stack depth
 *
 * The unit tracks the evaluation stack depth as it emits (each opcode's
 * effect comes from vm/opcodes.h); a label remembers the depth of the first
 * jump to it, and code after an instruction that never falls through
 * continues at its label's depth. The maximum sizes the frame.
 */
#include "compiler.h"

#include <errno.h>
#include <math.h>

#include "arena.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "opcodes.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "symtable.h"
#include "tuple.h"

typedef enum FBlockKind {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,   /* try body of try/except: handler catches */
    FB_FINALLY_TRY,  /* try body of try/finally: unwinding runs the finally body */
    FB_FINALLY_END,  /* finally body run because of an exception: [prev, exc] on the stack */
    FB_EXCEPT,       /* inside except clauses: [prev] on the stack */
    FB_EXCEPT_NAME,  /* inside `except E as name:` body: name is cleared on exit */
    FB_WITH          /* inside a with body: [exit] on the stack */
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    int start;          /* loops: continue target */
    int exit;           /* loops: break target */
    int handler;        /* label of the exception handler, or -1 */
    int depth;          /* stack depth the handler unwinds to */
    Stmt *node;         /* FB_FINALLY_TRY: the try statement; FB_WITH: the with statement */
    const char *name;   /* FB_EXCEPT_NAME: the name to clear */
} FBlock;

/* CPython's limit on statically nested blocks (CO_MAXBLOCKS). */
#define MAX_FBLOCKS 20

/* An open-addressing table of indices into a list (consts, names): 0 empty, else index + 1. */
typedef struct Index {
    int32_t *slots;
    size_t cap; /* a power of two, or 0 */
} Index;

typedef struct Label {
    int pos;   /* instruction index, or -1 until placed */
    int depth; /* stack depth on entry, or -1 unknown */
} Label;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    uint32_t *code;
    int32_t *lines;
    int32_t *handlers; /* per instruction: label of the active handler, or -1 */
    int32_t *hdepths;  /* per instruction: the active handler's depth */
    size_t n, cap;
    Label *labels;
    int nlabels, cap_labels;
    Value consts; /* list */
    Value names;  /* list of interned str */
    Index cindex; /* finds a constant in consts */
    Index nindex; /* finds a name in names */
    const char **lp_names; /* fast locals in slot order */
    int32_t *lp_index;     /* hash table of lp_names numbers + 1 (0: empty) */
    size_t lp_cap;         /* its size, a power of two over twice the names */
    uint8_t *lp_kinds;
    int nlp;
    int nfree;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    int depth, maxdepth;
    int line;
    int argcount, posonly, kwonly, flags;
    const char *name;
    const char *qualname;
    int firstlineno;
    bool interactive;
} Unit;

typedef struct Compiler {
    Arena arena;
    SymTable st;
    Value filename;
    Unit *u;
    SyntaxErr err;
    bool failed;     /* a SyntaxError is in err */
    bool py_error;   /* a Python exception is already raised (MemoryError, ...) */
    ParseMode mode;
    int depth;       /* expressions and statements being compiled */
    int max_depth;   /* the symbol table's bound (symtable_build) */
} Compiler;

/* ---- Errors ---- */

static void error_at(Compiler *c, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void error_at(Compiler *c, Loc loc, const char *fmt, ...)
{
    if (c->failed || c->py_error)
        return;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parser_error_at(&c->err, SYNTAX_ERROR, loc, "%s", msg);
    c->failed = true;
}

static bool failed(Compiler *c)
{
    return c->failed || c->py_error;
}

/* Enter one level of the tree; false (RecursionError raised) when too deep. The symbol table
 * has checked the same bound, so only the C stack (bigger frames here) can still stop it. */
static bool enter(Compiler *c)
{
    if (++c->depth > c->max_depth || thread_c_stack_low(thread_current())) {
        c->depth--;
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
        c->py_error = true;
        return false;
    }
    return true;
}

/* ---- Emission ---- */

static void grow(Compiler *c, Unit *u)
{
    if (u->n < u->cap)
        return;
    size_t cap = u->cap ? u->cap * 2 : 64;
    u->code = realloc(u->code, cap * sizeof *u->code);
    u->lines = realloc(u->lines, cap * sizeof *u->lines);
    u->handlers = realloc(u->handlers, cap * sizeof *u->handlers);
    u->hdepths = realloc(u->hdepths, cap * sizeof *u->hdepths);
    if (!u->code || !u->lines || !u->handlers || !u->hdepths) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    u->cap = cap;
}

static void current_handler(Unit *u, int32_t *label, int32_t *depth)
{
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        if (u->fblocks[i].handler >= 0) {
            *label = u->fblocks[i].handler;
            *depth = u->fblocks[i].depth;
            return;
        }
    }
    *label = -1;
    *depth = 0;
}

static int jump_effect(Opcode op, uint32_t arg)
{
    switch (op) {
    case OP_FOR_ITER:
    case OP_SEND:
        return -1;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
    case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD:
        return 0;
    default:
        return opcode_stack_effect(op, arg);
    }
}

static void emit(Compiler *c, Opcode op, uint32_t arg)
{
    Unit *u = c->u;
    if (arg > INSTR_ARG_MAX) {
        Loc loc = {u->line, 0, u->line, 0};
        error_at(c, loc, "too many constants, names or instructions in one code object");
        return;
    }
    grow(c, u);
    u->code[u->n] = INSTR(op, arg);
    u->lines[u->n] = u->line;
    current_handler(u, &u->handlers[u->n], &u->hdepths[u->n]);
    u->n++;
    if (opcode_flags(op) & OPF_JUMP) {
        Label *l = &u->labels[arg];
        int d = u->depth + jump_effect(op, arg);
        if (l->depth < 0)
            l->depth = d;
    }
    u->depth += opcode_stack_effect(op, arg);
    if (u->depth > u->maxdepth)
        u->maxdepth = u->depth;
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->cap_labels) {
        u->cap_labels = u->cap_labels ? u->cap_labels * 2 : 16;
        u->labels = realloc(u->labels, (size_t)u->cap_labels * sizeof *u->labels);
        if (u->labels == NULL) {
            fputs("gilvm: out of memory\n", stderr);
            abort();
        }
    }
    u->labels[u->nlabels].pos = -1;
    u->labels[u->nlabels].depth = -1;
    return u->nlabels++;
}

static bool last_is_nofall(Unit *u)
{
    return u->n > 0 && (opcode_flags(INSTR_OP(u->code[u->n - 1])) & OPF_NOFALL);
}

static void use_label(Compiler *c, int label)
{
    Unit *u = c->u;
    Label *l = &u->labels[label];
    l->pos = (int)u->n;
    if (last_is_nofall(u) && l->depth >= 0)
        u->depth = l->depth;
    else if (l->depth < 0)
        l->depth = u->depth;
}

/* A handler label: entered with the stack unwound to depth and the exception pushed. */
static void use_handler_label(Compiler *c, int label, int depth)
{
    Unit *u = c->u;
    u->labels[label].pos = (int)u->n;
    u->depth = depth + 1;
    if (u->depth > u->maxdepth)
        u->maxdepth = u->depth;
}

/* ---- Constants and names ---- */

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}

/* Equal constants hash alike (1, True and 1.0 may collide; const_same tells them apart). */
static uint64_t const_hash(Value v)
{
    if (str_check(v) || int_check(v))
        return mix((uint64_t)obj_hash(v)); /* never fails for str and int */
    if (float_check(v)) {
        uint64_t bits;
        memcpy(&bits, &FLOAT_AS_DOUBLE(v), sizeof bits);
        return mix(bits);
    }
    return mix((uint64_t)v);
}

/* Constants share a slot when of one type and equal (floats bit for bit: 0.0 and -0.0 differ). */
static bool const_same(Value k, Value v)
{
    if (k == v)
        return true;
    if (TYPE_OF(k) != TYPE_OF(v))
        return false;
    if (str_check(v))
        return str_eq(k, v);
    if (int_is_big(v))
        return int_compare(k, v) == 0;
    if (float_check(v))
        return memcmp(&FLOAT_AS_DOUBLE(k), &FLOAT_AS_DOUBLE(v), sizeof(double)) == 0;
    return false;
}

/* Names are interned: the same name is the same object. */
static uint64_t name_hash(Value v)
{
    return mix((uint64_t)v);
}

static bool name_same(Value k, Value v)
{
    return k == v;
}

/* The index of v in list (found through ix, kept at most half full), appending v if absent: so
 * that a function with 100,000 constants or names compiles in linear time. -1 on error. */
static int index_add(Index *ix, Value list, Value v, uint64_t (*hash)(Value),
                     bool (*same)(Value, Value))
{
    ListObj *l = (ListObj *)AS_OBJ(list);
    if (2 * (l->size + 1) > ix->cap) {
        size_t cap = ix->cap != 0 ? 2 * ix->cap : 16;
        int32_t *slots = calloc(cap, sizeof *slots);
        if (slots == NULL) {
            exc_nomemory();
            return -1;
        }
        for (size_t i = 0; i < l->size; i++) {
            size_t j = hash(l->items[i]) & (cap - 1);
            while (slots[j] != 0)
                j = (j + 1) & (cap - 1);
            slots[j] = (int32_t)i + 1;
        }
        free(ix->slots);
        ix->slots = slots;
        ix->cap = cap;
    }
    size_t mask = ix->cap - 1, j = hash(v) & mask;
    for (; ix->slots[j] != 0; j = (j + 1) & mask)
        if (same(l->items[ix->slots[j] - 1], v))
            return ix->slots[j] - 1;
    if (list_append(list, v) < 0)
        return -1;
    ix->slots[j] = (int32_t)l->size;
    return (int)l->size - 1;
}

static int add_const(Compiler *c, Value v)
{
    int i = index_add(&c->u->cindex, c->u->consts, v, const_hash, const_same);
    if (i < 0) {
        c->py_error = true;
        return 0;
    }
    return i;
}

/* Add a constant, stealing the reference. */
static int add_const_steal(Compiler *c, Value v)
{
    if (v == VNULL) {
        c->py_error = true;
        return 0;
    }
    int i = add_const(c, v);
    decref(v);
    return i;
}

static Value intern(Compiler *c, const char *s)
{
    Value v = str_intern_cstr(s);
    if (v == VNULL)
        c->py_error = true;
    return v;
}

static int add_name(Compiler *c, const char *name)
{
    Unit *u = c->u;
    Value v = intern(c, name);
    if (v == VNULL)
        return 0;
    int i = index_add(&u->nindex, u->names, v, name_hash, name_same);
    if (i < 0) {
        c->py_error = true;
        return 0;
    }
    return i;
}

static void load_const(Compiler *c, Value v)
{
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
}

/* ---- Units ---- */

/* The slot of u->lp_index where name is, or where it would go (FNV-1a, linear probing). */
static size_t lp_slot(Unit *u, const char *name)
{
    uint64_t h = 14695981039346656037ULL;
    for (const unsigned char *p = (const unsigned char *)name; *p != '\0'; p++)
        h = (h ^ *p) * 1099511628211ULL;
    size_t mask = u->lp_cap - 1, j = (size_t)h & mask;
    while (u->lp_index[j] != 0 && strcmp(u->lp_names[u->lp_index[j] - 1], name) != 0)
        j = (j + 1) & mask;
    return j;
}

static int lp_index(Unit *u, const char *name)
{
    return u->lp_cap != 0 ? u->lp_index[lp_slot(u, name)] - 1 : -1;
}

static void lp_add(Compiler *c, Unit *u, const char *name, uint8_t kind)
{
    u->lp_names[u->nlp] = name;
    u->lp_kinds[u->nlp] = kind;
    u->nlp++;
    u->lp_index[lp_slot(u, name)] = u->nlp;
}

static void add_param_slot(Compiler *c, Unit *u, const char *name)
{
    Symbol *sym = symtable_lookup(u->scope, name);
    uint8_t kind = LOCAL_KIND_LOCAL;
    if (sym != NULL && sym->scope == SC_CELL)
        kind |= LOCAL_KIND_CELL;
    lp_add(c, u, name, kind);
}

/* Lay out the fast locals: parameters, other locals, cells, free variables. */
static void layout_locals(Compiler *c, Unit *u, Arguments *args)
{
    Scope *s = u->scope;
    u->lp_names = arena_alloc(&c->arena, sizeof(char *) * (size_t)(s->nsyms + 2));
    u->lp_kinds = arena_alloc(&c->arena, (size_t)(s->nsyms + 2));
    for (u->lp_cap = 8; u->lp_cap < 2 * (size_t)(s->nsyms + 2); u->lp_cap *= 2)
        ;
    u->lp_index = arena_alloc(&c->arena, sizeof(int32_t) * u->lp_cap);
    memset(u->lp_index, 0, sizeof(int32_t) * u->lp_cap);
    if (s->kind == SCOPE_MODULE)
        return;
    if (s->kind == SCOPE_CLASS) {
        /* A class body's namespace is a dict; only cells and free variables are fast. */
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_CELL)
                lp_add(c, u, s->syms[i].name, LOCAL_KIND_CELL);
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == SC_FREE || (s->syms[i].flags & SYM_DEF_FREE_CLASS)) {
                lp_add(c, u, s->syms[i].name, LOCAL_KIND_FREE);
                u->nfree++;
            }
        return;
    }
    if (args != NULL) {
        for (int i = 0; i < args->nposonly; i++)
            add_param_slot(c, u, args->posonly[i].name);
        for (int i = 0; i < args->nargs; i++)
            add_param_slot(c, u, args->args[i].name);
        for (int i = 0; i < args->nkwonly; i++)
            add_param_slot(c, u, args->kwonly[i].name);
        if (args->vararg != NULL)
            add_param_slot(c, u, args->vararg->name);
        if (args->kwarg != NULL)
            add_param_slot(c, u, args->kwarg->name);
    } else if (s->kind == SCOPE_COMPREHENSION) {
        add_param_slot(c, u, ".0");
    }
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_LOCAL && lp_index(u, s->syms[i].name) < 0)
            lp_add(c, u, s->syms[i].name, LOCAL_KIND_LOCAL);
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_CELL && lp_index(u, s->syms[i].name) < 0)
            lp_add(c, u, s->syms[i].name, LOCAL_KIND_CELL);
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == SC_FREE) {
            lp_add(c, u, s->syms[i].name, LOCAL_KIND_FREE);
            u->nfree++;
        }
}

static const char *make_qualname(Compiler *c, Scope *s)
{
    Unit *p = c->u;
    if (p == NULL || p->scope->kind == SCOPE_MODULE)
        return s->name;
    /* A name declared global in the parent is qualified from the top. */
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_CLASS) {
        Symbol *sym = symtable_lookup(p->scope, s->name);
        if (sym != NULL && sym->scope == SC_GLOBAL_EXPLICIT)
            return s->name;
    }
    const char *base = p->qualname;
    const char *sep = p->scope->kind == SCOPE_CLASS ? "." : ".<locals>.";
    size_t len = strlen(base) + strlen(sep) + strlen(s->name) + 1;
    char *q = arena_alloc(&c->arena, len);
    snprintf(q, len, "%s%s%s", base, sep, s->name);
    return q;
}

static bool enter_unit(Compiler *c, Scope *s, Arguments *args, int firstline)
{
    Unit *u = calloc(1, sizeof *u);
    if (u == NULL) {
        fputs("gilvm: out of memory\n", stderr);
        abort();
    }
    u->scope = s;
    u->name = s->name;
    u->qualname = make_qualname(c, s);
    u->parent = c->u;
    u->firstlineno = firstline;
    u->line = firstline;
    u->consts = list_new(4);
    u->names = list_new(4);
    if (u->consts == VNULL || u->names == VNULL) {
        xdecref(u->consts);
        xdecref(u->names);
        free(u);
        c->py_error = true;
        return false;
    }
    c->u = u;
    layout_locals(c, u, args);
    if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION)
        u->flags |= CO_OPTIMIZED;
    if (u->nfree > 0)
        u->flags |= CO_NESTED;
    if (s->is_generator)
        u->flags |= CO_GENERATOR;
    if (args != NULL) {
        u->posonly = args->nposonly;
        u->argcount = args->nposonly + args->nargs;
        u->kwonly = args->nkwonly;
        if (args->vararg != NULL)
            u->flags |= CO_VARARGS;
        if (args->kwarg != NULL)
            u->flags |= CO_VARKEYWORDS;
    } else if (s->kind == SCOPE_COMPREHENSION) {
        u->argcount = 1;
    }
    /* Prologue: wrap captured parameters in cells, copy the closure in. */
    for (int i = 0; i < u->nlp; i++)
        if (u->lp_kinds[i] & LOCAL_KIND_CELL)
            emit(c, OP_MAKE_CELL, (uint32_t)i);
    if (u->nfree > 0)
        emit(c, OP_COPY_FREE_VARS, (uint32_t)u->nfree);
    return true;
}

static void free_unit(Unit *u)
{
    free(u->code);
    free(u->lines);
    free(u->handlers);
    free(u->hdepths);
    free(u->labels);
    xdecref(u->consts);
    xdecref(u->names);
    free(u->cindex.slots);
    free(u->nindex.slots);
    free(u);
}

static Value tuple_of_cstrs(const char **names, int n)
{
    Value t = tuple_new((size_t)n);
    if (t == VNULL)
        return VNULL;
    for (int i = 0; i < n; i++) {
        Value s = str_intern_cstr(names[i]);
        if (s == VNULL) {
            decref(t);
            return VNULL;
        }
        TUPLE_ITEMS(t)[i] = s;
    }
    return t;
}

/* Turn the finished unit into a code object and pop it. */
static Value assemble(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    if (failed(c)) {
        free_unit(u);
        return VNULL;
    }
    /* Resolve jump labels. */
    for (size_t i = 0; i < u->n; i++) {
        Opcode op = INSTR_OP(u->code[i]);
        if (opcode_flags(op) & OPF_JUMP) {
            Label *l = &u->labels[INSTR_ARG(u->code[i])];
            CHECK(l->pos >= 0);
            u->code[i] = INSTR(op, (uint32_t)l->pos);
        }
    }
    CodeObj *co = code_new();
    if (co == NULL) {
        free_unit(u);
        c->py_error = true;
        return VNULL;
    }
    /* Exception table: runs of instructions sharing a handler. */
    size_t nexc = 0;
    for (size_t i = 0; i < u->n; i++)
        if (u->handlers[i] >= 0 && (i == 0 || u->handlers[i - 1] != u->handlers[i]))
            nexc++;
    co->exctable = nexc ? malloc(nexc * sizeof(ExcEntry)) : NULL;
    co->nexc = 0;
    for (size_t i = 0; i < u->n; i++) {
        if (u->handlers[i] < 0)
            continue;
        if (i == 0 || u->handlers[i - 1] != u->handlers[i]) {
            ExcEntry *e = &co->exctable[co->nexc++];
            e->start = (uint32_t)i;
            e->target = (uint32_t)u->labels[u->handlers[i]].pos;
            e->depth = (uint32_t)u->hdepths[i];
        }
        co->exctable[co->nexc - 1].end = (uint32_t)i + 1;
    }
    co->code = u->code;
    co->lines = u->lines;
    co->ncode = (uint32_t)u->n;
    u->code = NULL;
    u->lines = NULL;
    co->consts = list_as_tuple(u->consts);
    co->names = list_as_tuple(u->names);
    co->localsplus_names = tuple_of_cstrs(u->lp_names, u->nlp);
    co->localsplus_kinds = malloc((size_t)u->nlp + 1);
    if (co->localsplus_kinds != NULL && u->nlp > 0)
        memcpy(co->localsplus_kinds, u->lp_kinds, (size_t)u->nlp);
    co->nlocalsplus = u->nlp;
    co->nfree = u->nfree;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags;
    co->stacksize = u->maxdepth + 1;
    co->firstlineno = u->firstlineno;
    co->name = str_intern_cstr(u->name);
    co->qualname = str_from_cstr(u->qualname);
    co->filename = newref(c->filename);
    free_unit(u);
    if (co->consts == VNULL || co->names == VNULL || co->localsplus_names == VNULL ||
        co->localsplus_kinds == NULL || co->name == VNULL || co->qualname == VNULL ||
        (nexc && co->exctable == NULL)) {
        decref(OBJ_VAL(co));
        c->py_error = true;
        return VNULL;
    }
    return OBJ_VAL(co);
}

/* ---- Frame blocks ---- */

static FBlock *push_fblock(Compiler *c, FBlockKind kind, Loc loc)
{
    Unit *u = c->u;
    if (u->nfblocks == MAX_FBLOCKS) {
        error_at(c, loc, "too many statically nested blocks");
        return NULL;
    }
    FBlock *f = &u->fblocks[u->nfblocks++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->handler = -1;
    f->depth = u->depth;
    return f;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

static void compile_stmts(Compiler *c, StmtList body);
static void compile_expr(Compiler *c, Expr *e);
static void compile_name(Compiler *c, const char *name, ExprCtx ctx, Loc loc);
static void compile_with_exit_normal(Compiler *c);

/* Emit the code that leaves block f; TOS is preserved when preserve_tos. */
static void unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos)
{
    switch (f->kind) {
    case FB_WHILE:
    case FB_TRY_EXCEPT:
        break;
    case FB_FOR:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY:
        /* The finally body runs with the return value (if any) on the stack. */
        compile_stmts(c, f->node->u.try_.finalbody);
        break;
    case FB_FINALLY_END:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0); /* the exception */
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_EXCEPT:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_EXCEPT_NAME: {
        Loc loc = {c->u->line, 0, c->u->line, 0};
        load_const(c, NONE_VAL);
        compile_name(c, f->name, CTX_STORE, loc);
        compile_name(c, f->name, CTX_DEL, loc);
        break;
    }
    case FB_WITH:
        if (preserve_tos)
            emit(c, OP_SWAP, 2);
        compile_with_exit_normal(c);
        break;
    }
}

/* Unwind every block up to (not including) index stop, emitting exit code. */
static void unwind_to(Compiler *c, int stop, bool preserve_tos)
{
    Unit *u = c->u;
    int saved_n = u->nfblocks;
    FBlock saved[MAX_FBLOCKS];
    memcpy(saved, u->fblocks, sizeof(FBlock) * (size_t)saved_n);
    for (int i = saved_n - 1; i >= stop; i--) {
        FBlock f = saved[i];
        u->nfblocks = i;
        unwind_fblock(c, &f, preserve_tos);
    }
    u->nfblocks = saved_n;
    memcpy(u->fblocks, saved, sizeof(FBlock) * (size_t)saved_n);
}

/* ---- Names ---- */

static void compile_name(Compiler *c, const char *name, ExprCtx ctx, Loc loc)
{
    Unit *u = c->u;
    Scope *s = u->scope;
    Symbol *sym = symtable_lookup(s, name);
    SymScope sc = sym != NULL ? sym->scope : SC_GLOBAL_IMPLICIT;
    static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const Opcode named[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
    if (s->kind == SCOPE_MODULE) {
        emit(c, global[ctx], (uint32_t)add_name(c, name));
        return;
    }
    if (s->kind == SCOPE_CLASS) {
        if (sc == SC_GLOBAL_EXPLICIT)
            emit(c, global[ctx], (uint32_t)add_name(c, name));
        else if (sc == SC_FREE && ctx == CTX_LOAD && !(sym->flags & SYM_DEF_LOCAL))
            emit(c, OP_LOAD_DEREF, (uint32_t)lp_index(u, name));
        else
            emit(c, named[ctx], (uint32_t)add_name(c, name));
        return;
    }
    switch (sc) {
    case SC_LOCAL:
        emit(c, fast[ctx], (uint32_t)lp_index(u, name));
        break;
    case SC_CELL:
    case SC_FREE:
        emit(c, deref[ctx], (uint32_t)lp_index(u, name));
        break;
    default:
        emit(c, global[ctx], (uint32_t)add_name(c, name));
        break;
    }
    (void)loc;
}

/* ---- Expressions ---- */

static Value const_value(Compiler *c, ConstLit *k, Loc loc)
{
    switch (k->kind) {
    case CONST_NONE:
        return NONE_VAL;
    case CONST_TRUE:
        return TRUE_VAL;
    case CONST_FALSE:
        return FALSE_VAL;
    case CONST_ELLIPSIS:
        return ELLIPSIS_VAL;
    case CONST_INT: {
        Value v = int_from_string(k->text, k->len, k->base);
        if (v == VNULL)
            c->py_error = true;
        return v;
    }
    case CONST_FLOAT: {
        char *end;
        double d = strtod(k->text, &end);
        Value v = float_new(d);
        if (v == VNULL)
            c->py_error = true;
        return v;
    }
    case CONST_IMAG:
        error_at(c, loc, "complex numbers are not supported by gilvm");
        return VNULL;
    case CONST_BYTES:
        error_at(c, loc, "bytes literals are not supported by gilvm");
        return VNULL;
    case CONST_STR: {
        Value s = str_new(k->text, k->len);
        if (s == VNULL) {
            c->py_error = true;
            return VNULL;
        }
        return str_intern(s);
    }
    }
    return VNULL;
}

/* True if e is a constant the compiler can put in consts. */
static void compile_const(Compiler *c, Expr *e)
{
    Value v = const_value(c, &e->u.constant, e->loc);
    if (v == VNULL)
        return;
    emit(c, OP_LOAD_CONST, (uint32_t)add_const(c, v));
    decref(v);
}

static bool has_starred(ExprList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]->kind == EXPR_STARRED)
            return true;
    return false;
}

/*
 * Build a list, tuple or set from elements that may contain *starred:
 * collect into a list with LIST_APPEND/LIST_EXTEND.
 */
static void compile_sequence_build(Compiler *c, ExprList elts, ExprKind kind)
{
    if (!has_starred(elts)) {
        for (int i = 0; i < elts.len; i++)
            compile_expr(c, elts.items[i]);
        if (kind == EXPR_TUPLE)
            emit(c, OP_BUILD_TUPLE, (uint32_t)elts.len);
        else
            emit(c, OP_BUILD_LIST, (uint32_t)elts.len);
        return;
    }
    emit(c, OP_BUILD_LIST, 0);
    for (int i = 0; i < elts.len; i++) {
        Expr *e = elts.items[i];
        if (e->kind == EXPR_STARRED) {
            compile_expr(c, e->u.starred.value);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            compile_expr(c, e);
            emit(c, OP_LIST_APPEND, 1);
        }
    }
    if (kind == EXPR_TUPLE)
        emit(c, OP_LIST_TO_TUPLE, 0);
}

/* True if e is a constant after CPython's AST folding: a literal, -literal, or a tuple of those. */
static bool is_foldable(Expr *e)
{
    switch (e->kind) {
    case EXPR_CONST:
        return e->u.constant.kind != CONST_IMAG && e->u.constant.kind != CONST_BYTES;
    case EXPR_UNARYOP: {
        Expr *o = e->u.unaryop.operand;
        return e->u.unaryop.op == AST_UNARY_NEG && o->kind == EXPR_CONST &&
               (o->u.constant.kind == CONST_INT || o->u.constant.kind == CONST_FLOAT);
    }
    case EXPR_TUPLE:
        for (int i = 0; i < e->u.seq.elts.len; i++)
            if (!is_foldable(e->u.seq.elts.items[i]))
                return false;
        return true;
    default:
        return false;
    }
}

/* The value of a foldable expression: a new reference, or VNULL with c->py_error set. */
static Value fold_value(Compiler *c, Expr *e)
{
    if (e->kind == EXPR_CONST)
        return const_value(c, &e->u.constant, e->loc);
    if (e->kind == EXPR_UNARYOP) {
        Expr *o = e->u.unaryop.operand;
        Value v = const_value(c, &o->u.constant, o->loc);
        if (v == VNULL)
            return VNULL;
        Value neg = obj_unop(v, UNOP_NEG);
        decref(v);
        if (neg == VNULL)
            c->py_error = true;
        return neg;
    }
    int n = e->u.seq.elts.len;
    Value t = tuple_new((size_t)n);
    if (t == VNULL) {
        c->py_error = true;
        return VNULL;
    }
    for (int i = 0; i < n; i++) {
        Value item = fold_value(c, e->u.seq.elts.items[i]);
        if (item == VNULL) {
            decref(t);
            return VNULL;
        }
        TUPLE_ITEMS(t)[i] = item;
    }
    return t;
}

/*
 * A set display of at least min_len constants as the frozenset constant
 * CPython 3.11 makes of it (set_fold_constant), or VNULL if e is not one
 * (or on error, with c->py_error set). The folded constant fixes the
 * iteration order of the set, which programs see when they print it.
 */
static Value fold_set_display(Compiler *c, Expr *e, int min_len)
{
    if (e->kind != EXPR_SET || e->u.seq.elts.len < min_len)
        return VNULL;
    ExprList elts = e->u.seq.elts;
    for (int i = 0; i < elts.len; i++)
        if (!is_foldable(elts.items[i]))
            return VNULL;
    Value t = tuple_new((size_t)elts.len);
    if (t == VNULL) {
        c->py_error = true;
        return VNULL;
    }
    for (int i = 0; i < elts.len; i++) {
        Value item = fold_value(c, elts.items[i]);
        if (item == VNULL) {
            decref(t);
            return VNULL;
        }
        TUPLE_ITEMS(t)[i] = item;
    }
    Value f = set_fold_constant(t);
    decref(t);
    if (f == VNULL)
        c->py_error = true; /* an unhashable constant cannot occur; out of memory */
    return f;
}

/*
 * The iterable of a for loop or comprehension: as CPython's AST optimizer,
 * a set display of constants becomes a frozenset constant.
 */
static void compile_iterable(Compiler *c, Expr *iter)
{
    Value f = fold_set_display(c, iter, 1);
    if (f != VNULL)
        emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, f));
    else if (!c->py_error)
        compile_expr(c, iter);
}

static void compile_set_display(Compiler *c, Expr *e)
{
    ExprList elts = e->u.seq.elts;
    /* Three or more constants: BUILD_SET 0, the folded frozenset, SET_UPDATE (as CPython). */
    Value f = fold_set_display(c, e, 3);
    if (f != VNULL) {
        emit(c, OP_BUILD_SET, 0);
        emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, f));
        emit(c, OP_SET_UPDATE, 1);
        return;
    }
    if (c->py_error)
        return;
    if (!has_starred(elts)) {
        for (int i = 0; i < elts.len; i++)
            compile_expr(c, elts.items[i]);
        emit(c, OP_BUILD_SET, (uint32_t)elts.len);
        return;
    }
    emit(c, OP_BUILD_SET, 0);
    for (int i = 0; i < elts.len; i++) {
        Expr *e = elts.items[i];
        if (e->kind == EXPR_STARRED) {
            compile_expr(c, e->u.starred.value);
            emit(c, OP_SET_UPDATE, 1);
        } else {
            compile_expr(c, e);
            emit(c, OP_SET_ADD, 1);
        }
    }
}

static void compile_dict(Compiler *c, Expr *e)
{
    int n = e->u.dict.len;
    bool unpack = false;
    for (int i = 0; i < n; i++)
        if (e->u.dict.keys[i] == NULL)
            unpack = true;
    if (!unpack) {
        for (int i = 0; i < n; i++) {
            compile_expr(c, e->u.dict.keys[i]);
            compile_expr(c, e->u.dict.values[i]);
        }
        emit(c, OP_BUILD_MAP, (uint32_t)n);
        return;
    }
    emit(c, OP_BUILD_MAP, 0);
    for (int i = 0; i < n; i++) {
        if (e->u.dict.keys[i] == NULL) {
            compile_expr(c, e->u.dict.values[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, e->u.dict.keys[i]);
            compile_expr(c, e->u.dict.values[i]);
            emit(c, OP_MAP_ADD, 1);
        }
    }
}

static const CmpOp cmp_map[] = {CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE};

static void compile_cmpop(Compiler *c, AstCmpOp op)
{
    switch (op) {
    case AST_CMP_IS:
        emit(c, OP_IS_OP, 0);
        break;
    case AST_CMP_IS_NOT:
        emit(c, OP_IS_OP, 1);
        break;
    case AST_CMP_IN:
        emit(c, OP_CONTAINS_OP, 0);
        break;
    case AST_CMP_NOT_IN:
        emit(c, OP_CONTAINS_OP, 1);
        break;
    default:
        emit(c, OP_COMPARE_OP, (uint32_t)cmp_map[op]);
        break;
    }
}

static void compile_compare(Compiler *c, Expr *e)
{
    int n = e->u.compare.comparators.len;
    compile_expr(c, e->u.compare.left);
    if (n == 1) {
        compile_expr(c, e->u.compare.comparators.items[0]);
        compile_cmpop(c, e->u.compare.ops[0]);
        return;
    }
    int cleanup = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->u.compare.comparators.items[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        compile_cmpop(c, e->u.compare.ops[i]);
        emit(c, OP_JUMP_IF_FALSE_OR_POP, (uint32_t)cleanup);
    }
    compile_expr(c, e->u.compare.comparators.items[n - 1]);
    compile_cmpop(c, e->u.compare.ops[n - 1]);
    int end = new_label(c);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    use_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    use_label(c, end);
}

/* Jump to label when the truth of e equals cond; otherwise fall through. */
static void compile_jump_if(Compiler *c, Expr *e, int label, bool cond)
{
    if (e->kind == EXPR_UNARYOP && e->u.unaryop.op == AST_UNARY_NOT) {
        compile_jump_if(c, e->u.unaryop.operand, label, !cond);
        return;
    }
    if (e->kind == EXPR_BOOLOP) {
        bool is_and = e->u.boolop.is_and;
        ExprList vals = e->u.boolop.values;
        if (is_and == cond) {
            /* (a and b) true -> jump only if all true; (a or b) false likewise. */
            int skip = new_label(c);
            for (int i = 0; i < vals.len - 1; i++)
                compile_jump_if(c, vals.items[i], skip, !cond);
            compile_jump_if(c, vals.items[vals.len - 1], label, cond);
            use_label(c, skip);
        } else {
            for (int i = 0; i < vals.len; i++)
                compile_jump_if(c, vals.items[i], label, cond);
        }
        return;
    }
    compile_expr(c, e);
    emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, (uint32_t)label);
}

static void compile_boolop(Compiler *c, Expr *e)
{
    int end = new_label(c);
    ExprList vals = e->u.boolop.values;
    Opcode op = e->u.boolop.is_and ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < vals.len - 1; i++) {
        compile_expr(c, vals.items[i]);
        emit(c, op, (uint32_t)end);
    }
    compile_expr(c, vals.items[vals.len - 1]);
    use_label(c, end);
}

static void compile_binop_op(Compiler *c, int op, bool inplace)
{
    if (inplace) {
        if (op == BINOP_ADD)
            emit(c, OP_INPLACE_ADD, 0);
        else if (op == BINOP_SUB)
            emit(c, OP_INPLACE_SUB, 0);
        else
            emit(c, OP_INPLACE_OP, (uint32_t)op);
        return;
    }
    if (op == BINOP_ADD)
        emit(c, OP_BINARY_ADD, 0);
    else if (op == BINOP_SUB)
        emit(c, OP_BINARY_SUB, 0);
    else if (op == BINOP_MUL)
        emit(c, OP_BINARY_MUL, 0);
    else
        emit(c, OP_BINARY_OP, (uint32_t)op);
}

/* Keyword names of a call as a constant tuple. */
static void load_kwnames(Compiler *c, Keyword *kws, int n)
{
    Value t = tuple_new((size_t)n);
    if (t == VNULL) {
        c->py_error = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        Value s = str_intern_cstr(kws[i].name);
        if (s == VNULL) {
            decref(t);
            c->py_error = true;
            return;
        }
        TUPLE_ITEMS(t)[i] = s;
    }
    emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, t));
}

/*
 * Arguments of a call whose callable and self-slot are on the stack.
 * extra: number of positional values already pushed (decorator calls: 0).
 */
static void compile_call_args(Compiler *c, ExprList args, Keyword *kws, int nkws)
{
    bool dyn = has_starred(args);
    for (int i = 0; i < nkws; i++)
        if (kws[i].name == NULL)
            dyn = true;
    if (!dyn) {
        for (int i = 0; i < args.len; i++)
            compile_expr(c, args.items[i]);
        for (int i = 0; i < nkws; i++)
            compile_expr(c, kws[i].value);
        if (nkws > 0) {
            load_kwnames(c, kws, nkws);
            emit(c, OP_CALL_KW, (uint32_t)(args.len + nkws));
        } else {
            emit(c, OP_CALL, (uint32_t)args.len);
        }
        return;
    }
    /* f(*a, **k): build an argument tuple (or pass a lone *a as is: CALL_EX converts it,
       naming the function in its error) and a keyword dict. */
    if (args.len == 1 && args.items[0]->kind == EXPR_STARRED)
        compile_expr(c, args.items[0]->u.starred.value);
    else
        compile_sequence_build(c, args, EXPR_TUPLE);
    if (nkws > 0) {
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < nkws; i++) {
            if (kws[i].name == NULL) {
                compile_expr(c, kws[i].value);
                emit(c, OP_DICT_MERGE, 1);
            } else {
                Value s = intern(c, kws[i].name);
                if (s == VNULL)
                    return;
                load_const(c, s);
                compile_expr(c, kws[i].value);
                emit(c, OP_MAP_ADD, 1);
            }
        }
        emit(c, OP_CALL_EX, 1);
    } else {
        emit(c, OP_CALL_EX, 0);
    }
}

static void compile_call(Compiler *c, Expr *e)
{
    Expr *f = e->u.call.func;
    if (f->kind == EXPR_ATTRIBUTE) {
        compile_expr(c, f->u.attribute.value);
        int saved = c->u->line;
        c->u->line = f->loc.end_line;
        emit(c, OP_LOAD_METHOD, (uint32_t)add_name(c, f->u.attribute.attr));
        c->u->line = saved;
    } else {
        compile_expr(c, f);
        emit(c, OP_PUSH_NULL, 0);
    }
    compile_call_args(c, e->u.call.args, e->u.call.keywords, e->u.call.nkeywords);
}

static Value compile_function_body(Compiler *c, Scope *s, Arguments *args, StmtList *body,
                                   Expr *lambda_body, int firstline);
static void make_closure(Compiler *c, Value code, int flags);

/* Defaults: pushes the tuple and/or dict; returns MAKE_FUNCTION flags. */
static int compile_defaults(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (a->ndefaults > 0) {
        for (int i = 0; i < a->ndefaults; i++)
            compile_expr(c, a->defaults[i]);
        emit(c, OP_BUILD_TUPLE, (uint32_t)a->ndefaults);
        flags |= 0x01;
    }
    int nkw = 0;
    for (int i = 0; i < a->nkwonly; i++)
        if (a->kw_defaults[i] != NULL)
            nkw++;
    if (nkw > 0) {
        for (int i = 0; i < a->nkwonly; i++) {
            if (a->kw_defaults[i] == NULL)
                continue;
            Value s = intern(c, a->kwonly[i].name);
            if (s == VNULL)
                return flags;
            load_const(c, s);
            compile_expr(c, a->kw_defaults[i]);
        }
        emit(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 0x02;
    }
    return flags;
}

static void compile_lambda(Compiler *c, Expr *e)
{
    Scope *s = symtable_child(c->u->scope, e);
    int flags = compile_defaults(c, e->u.lambda.args);
    Value code = compile_function_body(c, s, e->u.lambda.args, NULL, e->u.lambda.body, e->loc.line);
    if (code == VNULL)
        return;
    make_closure(c, code, flags);
    decref(code);
}

static void compile_comprehension_body(Compiler *c, Expr *e, int gen_index, int depth)
{
    Comprehension *g = &e->u.comp.generators[gen_index];
    int start = new_label(c), cont = new_label(c), end = new_label(c);
    if (gen_index == 0) {
        emit(c, OP_LOAD_FAST, 0); /* .0: the iterator of the outermost iterable */
    } else {
        compile_iterable(c, g->iter);
        emit(c, OP_GET_ITER, 0);
    }
    use_label(c, start);
    emit(c, OP_FOR_ITER, (uint32_t)end);
    compile_expr(c, g->target);
    for (int i = 0; i < g->ifs.len; i++)
        compile_jump_if(c, g->ifs.items[i], cont, false);
    if (gen_index + 1 < e->u.comp.ngenerators) {
        compile_comprehension_body(c, e, gen_index + 1, depth + 1);
    } else {
        switch (e->kind) {
        case EXPR_LISTCOMP:
            compile_expr(c, e->u.comp.elt);
            emit(c, OP_LIST_APPEND, (uint32_t)(depth + 1));
            break;
        case EXPR_DICTCOMP:
            compile_expr(c, e->u.comp.elt);
            compile_expr(c, e->u.comp.value);
            emit(c, OP_MAP_ADD, (uint32_t)(depth + 1));
            break;
        case EXPR_SETCOMP:
            compile_expr(c, e->u.comp.elt);
            emit(c, OP_SET_ADD, (uint32_t)(depth + 1));
            break;
        default: /* EXPR_GENEXP */
            compile_expr(c, e->u.comp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        }
    }
    use_label(c, cont);
    emit(c, OP_JUMP_BACKWARD, (uint32_t)start);
    use_label(c, end);
}

static void compile_comprehension(Compiler *c, Expr *e)
{
    Scope *s = symtable_child(c->u->scope, e);
    if (!enter_unit(c, s, NULL, e->loc.line))
        return;
    c->u->line = e->loc.line;
    if (e->kind == EXPR_GENEXP) {
        compile_comprehension_body(c, e, 0, 0);
        load_const(c, NONE_VAL);
    } else {
        if (e->kind == EXPR_LISTCOMP)
            emit(c, OP_BUILD_LIST, 0);
        else if (e->kind == EXPR_SETCOMP)
            emit(c, OP_BUILD_SET, 0);
        else
            emit(c, OP_BUILD_MAP, 0);
        compile_comprehension_body(c, e, 0, 1);
    }
    emit(c, OP_RETURN_VALUE, 0);
    Value code = assemble(c);
    if (code == VNULL)
        return;
    make_closure(c, code, 0);
    decref(code);
    emit(c, OP_PUSH_NULL, 0);
    compile_iterable(c, e->u.comp.generators[0].iter);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
}

/* Fold `-literal` into one constant. */
static bool fold_negative(Compiler *c, Expr *e)
{
    Expr *o = e->u.unaryop.operand;
    if (e->u.unaryop.op != AST_UNARY_NEG || o->kind != EXPR_CONST)
        return false;
    ConstKind k = o->u.constant.kind;
    if (k != CONST_INT && k != CONST_FLOAT)
        return false;
    Value v = const_value(c, &o->u.constant, o->loc);
    if (v == VNULL)
        return true;
    Value neg = obj_unop(v, UNOP_NEG);
    decref(v);
    if (neg == VNULL) {
        c->py_error = true;
        return true;
    }
    emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, neg));
    return true;
}

static void compile_subscript_index(Compiler *c, Expr *slice)
{
    if (slice->kind == EXPR_SLICE) {
        int n = 2;
        if (slice->u.slice.lower)
            compile_expr(c, slice->u.slice.lower);
        else
            load_const(c, NONE_VAL);
        if (slice->u.slice.upper)
            compile_expr(c, slice->u.slice.upper);
        else
            load_const(c, NONE_VAL);
        if (slice->u.slice.step) {
            compile_expr(c, slice->u.slice.step);
            n = 3;
        }
        emit(c, OP_BUILD_SLICE, (uint32_t)n);
    } else {
        compile_expr(c, slice);
    }
}

static void compile_store_target(Compiler *c, Expr *t);

static void compile_expr_kind(Compiler *c, Expr *e);

static void compile_expr(Compiler *c, Expr *e)
{
    if (failed(c) || !enter(c))
        return;
    compile_expr_kind(c, e);
    c->depth--;
}

static void compile_expr_kind(Compiler *c, Expr *e)
{
    Unit *u = c->u;
    int saved_line = u->line;
    u->line = e->loc.line;
    switch (e->kind) {
    case EXPR_CONST:
        compile_const(c, e);
        break;
    case EXPR_NAME:
        compile_name(c, e->u.name.id, e->u.name.ctx, e->loc);
        break;
    case EXPR_BOOLOP:
        compile_boolop(c, e);
        break;
    case EXPR_BINOP:
        compile_expr(c, e->u.binop.left);
        compile_expr(c, e->u.binop.right);
        compile_binop_op(c, e->u.binop.op, false);
        break;
    case EXPR_UNARYOP:
        if (fold_negative(c, e))
            break;
        compile_expr(c, e->u.unaryop.operand);
        switch (e->u.unaryop.op) {
        case AST_UNARY_NEG:
            emit(c, OP_UNARY_NEG, 0);
            break;
        case AST_UNARY_POS:
            emit(c, OP_UNARY_POS, 0);
            break;
        case AST_UNARY_INVERT:
            emit(c, OP_UNARY_INVERT, 0);
            break;
        case AST_UNARY_NOT:
            emit(c, OP_UNARY_NOT, 0);
            break;
        }
        break;
    case EXPR_COMPARE:
        compile_compare(c, e);
        break;
    case EXPR_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, e->u.ifexp.test, orelse, false);
        compile_expr(c, e->u.ifexp.body);
        emit(c, OP_JUMP_FORWARD, (uint32_t)end);
        use_label(c, orelse);
        compile_expr(c, e->u.ifexp.orelse);
        use_label(c, end);
        break;
    }
    case EXPR_NAMEDEXPR:
        compile_expr(c, e->u.named.value);
        emit(c, OP_COPY, 1);
        compile_name(c, e->u.named.target->u.name.id, CTX_STORE, e->loc);
        break;
    case EXPR_LAMBDA:
        compile_lambda(c, e);
        break;
    case EXPR_CALL:
        compile_call(c, e);
        break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, e->u.attribute.value);
        u->line = e->loc.end_line;
        switch (e->u.attribute.ctx) {
        case CTX_LOAD:
            emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, e->u.attribute.attr));
            break;
        case CTX_STORE:
            emit(c, OP_STORE_ATTR, (uint32_t)add_name(c, e->u.attribute.attr));
            break;
        case CTX_DEL:
            emit(c, OP_DELETE_ATTR, (uint32_t)add_name(c, e->u.attribute.attr));
            break;
        }
        break;
    case EXPR_SUBSCRIPT:
        compile_expr(c, e->u.subscript.value);
        compile_subscript_index(c, e->u.subscript.slice);
        switch (e->u.subscript.ctx) {
        case CTX_LOAD:
            emit(c, OP_BINARY_SUBSCR, 0);
            break;
        case CTX_STORE:
            emit(c, OP_STORE_SUBSCR, 0);
            break;
        case CTX_DEL:
            emit(c, OP_DELETE_SUBSCR, 0);
            break;
        }
        break;
    case EXPR_SLICE: {
        /* A slice outside a subscript's top level, e.g. a[1:2, 3]. */
        compile_subscript_index(c, e);
        break;
    }
    case EXPR_STARRED:
        if (e->u.starred.ctx == CTX_STORE)
            error_at(c, e->loc, "starred assignment target must be in a list or tuple");
        else
            error_at(c, e->loc, "can't use starred expression here");
        break;
    case EXPR_TUPLE:
    case EXPR_LIST:
        if (e->u.seq.ctx == CTX_STORE) {
            compile_store_target(c, e);
            break;
        }
        if (e->u.seq.ctx == CTX_DEL) {
            for (int i = 0; i < e->u.seq.elts.len; i++)
                compile_expr(c, e->u.seq.elts.items[i]);
            break;
        }
        compile_sequence_build(c, e->u.seq.elts, e->kind);
        break;
    case EXPR_SET:
        compile_set_display(c, e);
        break;
    case EXPR_DICT:
        compile_dict(c, e);
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP:
        compile_comprehension(c, e);
        break;
    case EXPR_YIELD:
        if (e->u.yield.value != NULL)
            compile_expr(c, e->u.yield.value);
        else
            load_const(c, NONE_VAL);
        u->line = e->loc.line;
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case EXPR_YIELDFROM: {
        int loop = new_label(c), exit = new_label(c);
        compile_expr(c, e->u.yield.value);
        u->line = e->loc.line;
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        load_const(c, NONE_VAL);
        use_label(c, loop);
        emit(c, OP_SEND, (uint32_t)exit);
        emit(c, OP_YIELD_VALUE, 1);
        emit(c, OP_JUMP_BACKWARD, (uint32_t)loop);
        use_label(c, exit);
        break;
    }
    case EXPR_AWAIT:
        error_at(c, e->loc, "'await' outside async function");
        break;
    case EXPR_JOINEDSTR: {
        ExprList parts = e->u.joined.values;
        if (parts.len == 0) {
            load_const(c, str_empty());
            break;
        }
        for (int i = 0; i < parts.len; i++)
            compile_expr(c, parts.items[i]);
        if (parts.len > 1 || parts.items[0]->kind != EXPR_FORMATTED) {
            u->line = e->loc.line;
            if (parts.len > 1)
                emit(c, OP_BUILD_STRING, (uint32_t)parts.len);
        }
        break;
    }
    case EXPR_FORMATTED: {
        compile_expr(c, e->u.formatted.value);
        uint32_t arg = (uint32_t)e->u.formatted.conversion & 0xFF;
        if (e->u.formatted.format_spec != NULL) {
            compile_expr(c, e->u.formatted.format_spec);
            arg |= 0x100;
        }
        u->line = e->loc.line;
        emit(c, OP_FORMAT_VALUE, arg);
        break;
    }
    }
    u->line = saved_line;
}

/* Store TOS into target t (a name, attribute, subscript, or unpacking). */
static void compile_store_target(Compiler *c, Expr *t)
{
    if (t->kind != EXPR_TUPLE && t->kind != EXPR_LIST) {
        compile_expr(c, t);
        return;
    }
    ExprList elts = t->u.seq.elts;
    int star = -1;
    for (int i = 0; i < elts.len; i++) {
        if (elts.items[i]->kind == EXPR_STARRED) {
            if (star >= 0) {
                error_at(c, t->loc, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, (uint32_t)elts.len);
    } else {
        int after = elts.len - star - 1;
        if (star > 0xFF || after > 0xFFFF) {
            error_at(c, t->loc, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (int i = 0; i < elts.len; i++) {
        Expr *e = elts.items[i];
        if (e->kind == EXPR_STARRED)
            compile_store_target(c, e->u.starred.value);
        else
            compile_store_target(c, e);
    }
}

/* ---- Functions ---- */

/* Push the closure tuple (if any) and the code, then MAKE_FUNCTION. */
static void make_closure(Compiler *c, Value code, int flags)
{
    CodeObj *co = (CodeObj *)AS_OBJ(code);
    if (co->nfree > 0) {
        Unit *u = c->u;
        for (int i = co->nlocalsplus - co->nfree; i < co->nlocalsplus; i++) {
            const char *name = STR_DATA(TUPLE_ITEMS(co->localsplus_names)[i]);
            int idx = lp_index(u, name);
            if (idx < 0) {
                Loc loc = {u->line, 0, u->line, 0};
                error_at(c, loc, "internal error: no cell for free variable '%s'", name);
                return;
            }
            emit(c, OP_LOAD_CLOSURE, (uint32_t)idx);
        }
        emit(c, OP_BUILD_TUPLE, (uint32_t)co->nfree);
        flags |= 0x08;
    }
    load_const(c, code);
    emit(c, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static Value compile_function_body(Compiler *c, Scope *s, Arguments *args, StmtList *body,
                                   Expr *lambda_body, int firstline)
{
    if (!enter_unit(c, s, args, firstline))
        return VNULL;
    if (body != NULL) {
        StmtList b = *body;
        if (s->has_docstring) {
            Value doc = const_value(c, &b.items[0]->u.expr.value->u.constant, b.items[0]->loc);
            if (doc != VNULL) {
                add_const_steal(c, doc);
                c->u->flags |= CO_HAS_DOCSTRING;
            }
            b.items++;
            b.len--;
        } else {
            add_const(c, NONE_VAL);
        }
        compile_stmts(c, b);
        load_const(c, NONE_VAL);
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        add_const(c, NONE_VAL);
        c->u->line = lambda_body->loc.line;
        compile_expr(c, lambda_body);
        emit(c, OP_RETURN_VALUE, 0);
    }
    return assemble(c);
}

static void compile_funcdef(Compiler *c, Stmt *s)
{
    ExprList decos = s->u.funcdef.decorators;
    for (int i = 0; i < decos.len; i++) {
        compile_expr(c, decos.items[i]);
        emit(c, OP_PUSH_NULL, 0);
    }
    int flags = compile_defaults(c, s->u.funcdef.args);
    Scope *fs = symtable_child(c->u->scope, s);
    int firstline = decos.len > 0 ? decos.items[0]->loc.line : s->loc.line;
    Value code = compile_function_body(c, fs, s->u.funcdef.args, &s->u.funcdef.body, NULL, firstline);
    if (code == VNULL)
        return;
    c->u->line = s->loc.line;
    make_closure(c, code, flags);
    decref(code);
    for (int i = 0; i < decos.len; i++)
        emit(c, OP_CALL, 1);
    compile_name(c, s->u.funcdef.name, CTX_STORE, s->loc);
}

static void compile_classdef(Compiler *c, Stmt *s)
{
    ExprList decos = s->u.classdef.decorators;
    for (int i = 0; i < decos.len; i++) {
        compile_expr(c, decos.items[i]);
        emit(c, OP_PUSH_NULL, 0);
    }
    c->u->line = s->loc.line;
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    emit(c, OP_PUSH_NULL, 0);
    Scope *cs = symtable_child(c->u->scope, s);
    int firstline = decos.len > 0 ? decos.items[0]->loc.line : s->loc.line;
    if (!enter_unit(c, cs, NULL, firstline))
        return;
    Unit *u = c->u;
    u->line = s->loc.line;
    /* __module__ = __name__; __qualname__ = "..."; __doc__ = "...". */
    emit(c, OP_LOAD_NAME, (uint32_t)add_name(c, "__name__"));
    emit(c, OP_STORE_NAME, (uint32_t)add_name(c, "__module__"));
    Value qn = str_from_cstr(u->qualname);
    emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, qn));
    emit(c, OP_STORE_NAME, (uint32_t)add_name(c, "__qualname__"));
    StmtList body = s->u.classdef.body;
    if (cs->has_docstring) {
        compile_expr(c, body.items[0]->u.expr.value);
        emit(c, OP_STORE_NAME, (uint32_t)add_name(c, "__doc__"));
        body.items++;
        body.len--;
    }
    compile_stmts(c, body);
    int cell = lp_index(u, "__class__");
    if (cell >= 0 && (u->lp_kinds[cell] & LOCAL_KIND_CELL))
        emit(c, OP_LOAD_CLOSURE, (uint32_t)cell);
    else
        load_const(c, NONE_VAL);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = assemble(c);
    if (code == VNULL)
        return;
    c->u->line = s->loc.line;
    make_closure(c, code, 0);
    decref(code);
    Value name = intern(c, s->u.classdef.name);
    if (name == VNULL)
        return;
    load_const(c, name);
    ExprList bases = s->u.classdef.bases;
    ExprList args = {NULL, 0};
    /* __build_class__(func, name, *bases, **keywords) */
    Expr **items = arena_alloc(&c->arena, sizeof(Expr *) * (size_t)(bases.len + 2));
    for (int i = 0; i < bases.len; i++)
        items[i] = bases.items[i];
    args.items = items;
    args.len = bases.len;
    bool dyn = has_starred(bases);
    for (int i = 0; i < s->u.classdef.nkeywords; i++)
        if (s->u.classdef.keywords[i].name == NULL)
            dyn = true;
    if (dyn) {
        error_at(c, s->loc, "gilvm does not support * or ** in class bases");
        return;
    }
    for (int i = 0; i < args.len; i++)
        compile_expr(c, args.items[i]);
    c->u->line = s->loc.line;
    if (s->u.classdef.nkeywords > 0) {
        for (int i = 0; i < s->u.classdef.nkeywords; i++)
            compile_expr(c, s->u.classdef.keywords[i].value);
        load_kwnames(c, s->u.classdef.keywords, s->u.classdef.nkeywords);
        emit(c, OP_CALL_KW, (uint32_t)(2 + args.len + s->u.classdef.nkeywords));
    } else {
        emit(c, OP_CALL, (uint32_t)(2 + args.len));
    }
    for (int i = 0; i < decos.len; i++)
        emit(c, OP_CALL, 1);
    compile_name(c, s->u.classdef.name, CTX_STORE, s->loc);
}

/* ---- Statements ---- */

static void compile_assign(Compiler *c, Stmt *s)
{
    ExprList targets = s->u.assign.targets;
    compile_expr(c, s->u.assign.value);
    for (int i = 0; i < targets.len; i++) {
        if (i < targets.len - 1)
            emit(c, OP_COPY, 1);
        compile_store_target(c, targets.items[i]);
    }
}

static void compile_augassign(Compiler *c, Stmt *s)
{
    Expr *t = s->u.augassign.target;
    int op = s->u.augassign.op;
    switch (t->kind) {
    case EXPR_NAME:
        compile_name(c, t->u.name.id, CTX_LOAD, t->loc);
        compile_expr(c, s->u.augassign.value);
        compile_binop_op(c, op, true);
        compile_name(c, t->u.name.id, CTX_STORE, t->loc);
        break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_COPY, 1);
        emit(c, OP_LOAD_ATTR, (uint32_t)add_name(c, t->u.attribute.attr));
        compile_expr(c, s->u.augassign.value);
        compile_binop_op(c, op, true);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, (uint32_t)add_name(c, t->u.attribute.attr));
        break;
    case EXPR_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_subscript_index(c, t->u.subscript.slice);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->u.augassign.value);
        compile_binop_op(c, op, true);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        error_at(c, t->loc, "illegal expression for augmented assignment");
        break;
    }
}

static void compile_if(Compiler *c, Stmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    compile_jump_if(c, s->u.if_.test, orelse, false);
    compile_stmts(c, s->u.if_.body);
    if (s->u.if_.orelse.len > 0) {
        emit(c, OP_JUMP_FORWARD, (uint32_t)end);
        use_label(c, orelse);
        compile_stmts(c, s->u.if_.orelse);
    } else {
        use_label(c, orelse);
    }
    use_label(c, end);
}

static bool is_constant_true(Expr *e)
{
    if (e->kind != EXPR_CONST)
        return false;
    ConstLit *k = &e->u.constant;
    if (k->kind == CONST_TRUE)
        return true;
    if (k->kind == CONST_INT) {
        for (size_t i = 0; i < k->len; i++)
            if (k->text[i] != '0')
                return true;
    }
    return false;
}

static void compile_while(Compiler *c, Stmt *s)
{
    int start = new_label(c), orelse = new_label(c), end = new_label(c);
    use_label(c, start);
    if (!is_constant_true(s->u.while_.test))
        compile_jump_if(c, s->u.while_.test, orelse, false);
    FBlock *f = push_fblock(c, FB_WHILE, s->loc);
    if (f == NULL)
        return;
    f->start = start;
    f->exit = end;
    compile_stmts(c, s->u.while_.body);
    pop_fblock(c);
    c->u->line = s->loc.line;
    emit(c, OP_JUMP_BACKWARD, (uint32_t)start);
    use_label(c, orelse);
    compile_stmts(c, s->u.while_.orelse);
    use_label(c, end);
}

static void compile_for(Compiler *c, Stmt *s)
{
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    compile_iterable(c, s->u.for_.iter);
    c->u->line = s->loc.line;
    emit(c, OP_GET_ITER, 0);
    use_label(c, start);
    emit(c, OP_FOR_ITER, (uint32_t)cleanup);
    FBlock *f = push_fblock(c, FB_FOR, s->loc);
    if (f == NULL)
        return;
    f->start = start;
    f->exit = end;
    compile_store_target(c, s->u.for_.target);
    compile_stmts(c, s->u.for_.body);
    pop_fblock(c);
    c->u->line = s->loc.line;
    emit(c, OP_JUMP_BACKWARD, (uint32_t)start);
    use_label(c, cleanup);
    compile_stmts(c, s->u.for_.orelse);
    use_label(c, end);
}

static void compile_return(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int depth = u->depth;
    if (s->u.return_.value != NULL)
        compile_expr(c, s->u.return_.value);
    else
        load_const(c, NONE_VAL);
    unwind_to(c, 0, true);
    u->line = s->loc.line;
    emit(c, OP_RETURN_VALUE, 0);
    u->depth = depth;
}

static void compile_break_continue(Compiler *c, Stmt *s, bool is_break)
{
    Unit *u = c->u;
    int loop = -1;
    for (int i = u->nfblocks - 1; i >= 0; i--)
        if (u->fblocks[i].kind == FB_WHILE || u->fblocks[i].kind == FB_FOR) {
            loop = i;
            break;
        }
    if (loop < 0) {
        error_at(c, s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    FBlock target = u->fblocks[loop];
    int depth = u->depth;
    unwind_to(c, loop + 1, false);
    u->line = s->loc.line;
    if (is_break) {
        if (target.kind == FB_FOR)
            emit(c, OP_POP_TOP, 0);
        emit(c, OP_JUMP_FORWARD, (uint32_t)target.exit);
    } else {
        emit(c, OP_JUMP_BACKWARD, (uint32_t)target.start);
    }
    u->depth = depth;
}

static void compile_raise(Compiler *c, Stmt *s)
{
    int n = 0;
    if (s->u.raise.exc != NULL) {
        compile_expr(c, s->u.raise.exc);
        n = 1;
        if (s->u.raise.cause != NULL) {
            compile_expr(c, s->u.raise.cause);
            n = 2;
        }
    }
    c->u->line = s->loc.line;
    emit(c, OP_RAISE_VARARGS, (uint32_t)n);
}

static void compile_assert(Compiler *c, Stmt *s)
{
    int end = new_label(c);
    compile_jump_if(c, s->u.assert_.test, end, true);
    c->u->line = s->loc.line;
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg != NULL) {
        emit(c, OP_PUSH_NULL, 0);
        compile_expr(c, s->u.assert_.msg);
        c->u->line = s->loc.line;
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE_VARARGS, 1);
    use_label(c, end);
}

static void compile_delete(Compiler *c, Stmt *s)
{
    ExprList t = s->u.delete.targets;
    for (int i = 0; i < t.len; i++)
        compile_expr(c, t.items[i]);
}

/* The except clauses; entered at the handler label with [exc] pushed at depth d. */
static void compile_except_handlers(Compiler *c, Stmt *s, int end, int depth)
{
    Unit *u = c->u;
    int cleanup = new_label(c);
    FBlock *fe = push_fblock(c, FB_EXCEPT, s->loc);
    if (fe == NULL)
        return;
    fe->handler = cleanup;
    fe->depth = depth + 1; /* keep the previously handled exception */
    emit(c, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < s->u.try_.nhandlers; i++) {
        ExceptHandler *h = &s->u.try_.handlers[i];
        u->line = h->loc.line;
        if (h->type == NULL && i < s->u.try_.nhandlers - 1) {
            error_at(c, h->loc, "default 'except:' must be last");
            return;
        }
        int next = new_label(c);
        if (h->type != NULL) {
            compile_expr(c, h->type);
            u->line = h->loc.line;
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit(c, OP_POP_JUMP_IF_FALSE, (uint32_t)next);
        }
        if (h->name != NULL) {
            compile_name(c, h->name, CTX_STORE, h->loc);
            int name_cleanup = new_label(c);
            FBlock *fn = push_fblock(c, FB_EXCEPT_NAME, h->loc);
            if (fn == NULL)
                return;
            fn->handler = name_cleanup;
            fn->depth = depth + 1;
            fn->name = h->name;
            compile_stmts(c, h->body);
            pop_fblock(c);
            /* Normal exit: leave the handler, clear the name. */
            u->nfblocks--; /* POP_EXCEPT runs outside the cleanup region */
            emit(c, OP_POP_EXCEPT, 0);
            load_const(c, NONE_VAL);
            compile_name(c, h->name, CTX_STORE, h->loc);
            compile_name(c, h->name, CTX_DEL, h->loc);
            emit(c, OP_JUMP_FORWARD, (uint32_t)end);
            u->nfblocks++;
            /* Exceptional exit from the body: clear the name, re-raise into cleanup. */
            use_handler_label(c, name_cleanup, depth + 1);
            load_const(c, NONE_VAL);
            compile_name(c, h->name, CTX_STORE, h->loc);
            compile_name(c, h->name, CTX_DEL, h->loc);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            compile_stmts(c, h->body);
            u->nfblocks--;
            emit(c, OP_POP_EXCEPT, 0);
            emit(c, OP_JUMP_FORWARD, (uint32_t)end);
            u->nfblocks++;
        }
        /* Stack at next: [prev, exc] (the match test popped its result). */
        use_label(c, next);
        u->depth = depth + 2;
    }
    /* No clause matched: re-raise (the cleanup handler restores the previous exception). */
    emit(c, OP_RERAISE, 0);
    pop_fblock(c);
    use_handler_label(c, cleanup, depth + 1);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void compile_try_except(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int handler = new_label(c), end = new_label(c);
    int depth = u->depth;
    FBlock *f = push_fblock(c, FB_TRY_EXCEPT, s->loc);
    if (f == NULL)
        return;
    f->handler = handler;
    f->depth = depth;
    compile_stmts(c, s->u.try_.body);
    pop_fblock(c);
    compile_stmts(c, s->u.try_.orelse);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    use_handler_label(c, handler, depth);
    compile_except_handlers(c, s, end, depth);
    use_label(c, end);
    u->depth = depth;
}

static void compile_try_finally(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    int handler = new_label(c), end = new_label(c), cleanup = new_label(c);
    int depth = u->depth;
    FBlock *f = push_fblock(c, FB_FINALLY_TRY, s->loc);
    if (f == NULL)
        return;
    f->handler = handler;
    f->depth = depth;
    f->node = s;
    if (s->u.try_.nhandlers > 0)
        compile_try_except(c, s);
    else
        compile_stmts(c, s->u.try_.body);
    pop_fblock(c);
    /* Normal path: run the finally body. */
    compile_stmts(c, s->u.try_.finalbody);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    /* Exceptional path. */
    use_handler_label(c, handler, depth);
    FBlock *fe = push_fblock(c, FB_FINALLY_END, s->loc);
    if (fe == NULL)
        return;
    fe->handler = cleanup;
    fe->depth = depth + 1;
    emit(c, OP_PUSH_EXC_INFO, 0);
    compile_stmts(c, s->u.try_.finalbody);
    emit(c, OP_RERAISE, 0);
    pop_fblock(c);
    use_handler_label(c, cleanup, depth + 1);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    use_label(c, end);
    u->depth = depth;
}

static void compile_try(Compiler *c, Stmt *s)
{
    if (s->u.try_.finalbody.len > 0)
        compile_try_finally(c, s);
    else
        compile_try_except(c, s);
}

static void compile_with_exit_normal(Compiler *c)
{
    emit(c, OP_WITH_EXIT, 0);
}

/* with items[i], items[i+1], ...: body (each item nests the next). */
static void compile_with_items(Compiler *c, Stmt *s, int i)
{
    Unit *u = c->u;
    WithItem *item = &s->u.with.items[i];
    int handler = new_label(c), cleanup = new_label(c), suppress = new_label(c),
        end = new_label(c);
    int base = u->depth;
    compile_expr(c, item->context_expr);
    u->line = s->loc.line;
    emit(c, OP_BEFORE_WITH, 0);
    int depth = u->depth - 1; /* [exit] stays below the body */
    FBlock *f = push_fblock(c, FB_WITH, s->loc);
    if (f == NULL)
        return;
    f->handler = handler;
    f->depth = depth;
    f->node = s;
    if (item->optional_vars != NULL)
        compile_store_target(c, item->optional_vars);
    else
        emit(c, OP_POP_TOP, 0);
    if (i + 1 < s->u.with.nitems)
        compile_with_items(c, s, i + 1);
    else
        compile_stmts(c, s->u.with.body);
    pop_fblock(c);
    u->line = s->loc.line;
    emit(c, OP_WITH_EXIT, 0);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    /* An exception in the body: [exit, exc]. */
    use_handler_label(c, handler, depth);
    FBlock *fe = push_fblock(c, FB_EXCEPT, s->loc);
    if (fe == NULL)
        return;
    fe->handler = cleanup;
    fe->depth = depth + 1;
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit(c, OP_WITH_EXCEPT_START, 0);
    emit(c, OP_POP_JUMP_IF_TRUE, (uint32_t)suppress);
    emit(c, OP_RERAISE, 0);
    pop_fblock(c);
    use_label(c, suppress);
    u->depth = depth + 3;
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_JUMP_FORWARD, (uint32_t)end);
    /* An exception in __exit__ (or re-raised): [exit, prev, exc2]. */
    use_handler_label(c, cleanup, depth + 1);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_RERAISE, 0);
    use_label(c, end);
    u->depth = base;
}

static void compile_import(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->u.import.len; i++) {
        Alias *a = &s->u.import.names[i];
        c->u->line = a->loc.line;
        load_const(c, SMALLINT_VAL(0));
        load_const(c, NONE_VAL);
        emit(c, OP_IMPORT_NAME, (uint32_t)add_name(c, a->name));
        if (a->asname != NULL) {
            const char *dot = strrchr(a->name, '.');
            if (dot != NULL) {
                /* import a.b as c: bind the submodule. */
                emit(c, OP_IMPORT_FROM, (uint32_t)add_name(c, dot + 1));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
            }
            compile_name(c, a->asname, CTX_STORE, a->loc);
        } else {
            const char *dot = strchr(a->name, '.');
            const char *top = dot ? arena_strndup(&c->arena, a->name, (size_t)(dot - a->name))
                                  : a->name;
            compile_name(c, top, CTX_STORE, a->loc);
        }
    }
}

static void compile_importfrom(Compiler *c, Stmt *s)
{
    int n = s->u.importfrom.len;
    Value fromlist = tuple_new((size_t)n);
    if (fromlist == VNULL) {
        c->py_error = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        Value name = str_intern_cstr(s->u.importfrom.names[i].name);
        if (name == VNULL) {
            decref(fromlist);
            c->py_error = true;
            return;
        }
        TUPLE_ITEMS(fromlist)[i] = name;
    }
    load_const(c, SMALLINT_VAL(s->u.importfrom.level));
    emit(c, OP_LOAD_CONST, (uint32_t)add_const_steal(c, fromlist));
    const char *module = s->u.importfrom.module ? s->u.importfrom.module : "";
    emit(c, OP_IMPORT_NAME, (uint32_t)add_name(c, module));
    if (n == 1 && strcmp(s->u.importfrom.names[0].name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < n; i++) {
        Alias *a = &s->u.importfrom.names[i];
        emit(c, OP_IMPORT_FROM, (uint32_t)add_name(c, a->name));
        compile_name(c, a->asname ? a->asname : a->name, CTX_STORE, a->loc);
    }
    emit(c, OP_POP_TOP, 0);
}

static void compile_stmt_kind(Compiler *c, Stmt *s);

static void compile_stmt(Compiler *c, Stmt *s)
{
    if (failed(c) || !enter(c))
        return;
    compile_stmt_kind(c, s);
    c->depth--;
}

static void compile_stmt_kind(Compiler *c, Stmt *s)
{
    Unit *u = c->u;
    u->line = s->loc.line;
    switch (s->kind) {
    case STMT_EXPR:
        compile_expr(c, s->u.expr.value);
        u->line = s->loc.line;
        if (u->interactive && u->scope->kind == SCOPE_MODULE)
            emit(c, OP_PRINT_EXPR, 0);
        else
            emit(c, OP_POP_TOP, 0);
        break;
    case STMT_ASSIGN:
        compile_assign(c, s);
        break;
    case STMT_AUGASSIGN:
        compile_augassign(c, s);
        break;
    case STMT_ANNASSIGN:
        if (s->u.annassign.value != NULL) {
            compile_expr(c, s->u.annassign.value);
            compile_store_target(c, s->u.annassign.target);
        }
        break;
    case STMT_IF:
        compile_if(c, s);
        break;
    case STMT_WHILE:
        compile_while(c, s);
        break;
    case STMT_FOR:
        compile_for(c, s);
        break;
    case STMT_BREAK:
        compile_break_continue(c, s, true);
        break;
    case STMT_CONTINUE:
        compile_break_continue(c, s, false);
        break;
    case STMT_PASS:
        break;
    case STMT_RETURN:
        compile_return(c, s);
        break;
    case STMT_FUNCTIONDEF:
        compile_funcdef(c, s);
        break;
    case STMT_CLASSDEF:
        compile_classdef(c, s);
        break;
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        break;
    case STMT_TRY:
        compile_try(c, s);
        break;
    case STMT_RAISE:
        compile_raise(c, s);
        break;
    case STMT_ASSERT:
        compile_assert(c, s);
        break;
    case STMT_DELETE:
        compile_delete(c, s);
        break;
    case STMT_IMPORT:
        compile_import(c, s);
        break;
    case STMT_IMPORTFROM:
        compile_importfrom(c, s);
        break;
    case STMT_WITH:
        compile_with_items(c, s, 0);
        break;
    }
}

static void compile_stmts(Compiler *c, StmtList body)
{
    for (int i = 0; i < body.len && !failed(c); i++)
        compile_stmt(c, body.items[i]);
}

/* ---- Entry points ---- */

/* The text of line `line` (1-based) of src, as a new str without the newline. */
static Value source_line(const char *src, size_t len, int line)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL)
            return VNULL;
        p = nl + 1;
    }
    if (p > end || line < 1)
        return VNULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    return str_new(p, n);
}

Value compiler_raise_syntax_error(const SyntaxErr *err, Value filename, const char *src,
                                  size_t len)
{
    Type *type = err->kind == TAB_ERROR           ? &exc_TabError
                 : err->kind == INDENTATION_ERROR ? &exc_IndentationError
                                                  : &exc_SyntaxError;
    Value msg = str_from_cstr(err->msg);
    /* The parser supplies the text itself when it is not the source line (the inside
     * of an f-string replacement field). */
    Value text = err->text[0] != '\0' ? str_from_cstr(err->text)
                 : src != NULL         ? source_line(src, len, err->line)
                                       : VNULL;
    if (text == VNULL) {
        exc_clear();
        text = newref(NONE_VAL);
    }
    Value lineno = SMALLINT_VAL(err->line);
    Value offset = err->col > 0 || err->col < 0 ? SMALLINT_VAL(err->col) : NONE_VAL;
    Value end_lineno = err->end_line > 0 ? SMALLINT_VAL(err->end_line) : NONE_VAL;
    Value end_offset = err->end_col != 0 ? SMALLINT_VAL(err->end_col) : NONE_VAL;
    if (msg == VNULL) {
        decref(text);
        return VNULL;
    }
    Value info = tuple_pack(6, filename, lineno, offset, text, end_lineno, end_offset);
    Value args[2] = {msg, info};
    Value e = info != VNULL ? exc_new(type, args, 2) : VNULL;
    xdecref(info);
    if (e != VNULL) {
        Value d = dict_new();
        ExcObj *x = (ExcObj *)AS_OBJ(e);
        x->dict = d;
        if (d == VNULL || dict_set_cstr(d, "msg", msg) < 0 ||
            dict_set_cstr(d, "filename", filename) < 0 || dict_set_cstr(d, "lineno", lineno) < 0 ||
            dict_set_cstr(d, "offset", offset) < 0 || dict_set_cstr(d, "text", text) < 0 ||
            dict_set_cstr(d, "end_lineno", end_lineno) < 0 ||
            dict_set_cstr(d, "end_offset", end_offset) < 0) {
            decref(e);
            e = VNULL;
        }
    }
    decref(msg);
    decref(text);
    if (e == VNULL)
        return VNULL;
    exc_raise_instance(e);
    decref(e);
    return VNULL;
}

Value compiler_compile(const char *src, size_t len, Value filename, ParseMode mode)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    arena_init(&c.arena);
    c.filename = filename;
    c.mode = mode;
    int limit = thread_current()->rt->recursion_limit;
    c.max_depth = limit > INT32_MAX / 3 ? INT32_MAX : 3 * limit;
    Value result = VNULL;
    AstModule *mod = parser_parse(&c.arena, src, len, mode, &c.err);
    if (mod == NULL) {
        c.failed = true;
        goto done;
    }
    int st_rc = symtable_build(&c.st, &c.arena, mod, &c.err);
    if (st_rc < 0) {
        c.failed = true;
        c.py_error = st_rc == -2; /* RecursionError raised */
        goto done;
    }
    if (!enter_unit(&c, c.st.top, NULL, 1))
        goto done;
    c.u->interactive = mode == PARSE_SINGLE;
    if (mode == PARSE_EVAL) {
        compile_expr(&c, mod->expr);
        emit(&c, OP_RETURN_VALUE, 0);
    } else {
        compile_stmts(&c, mod->body);
        load_const(&c, NONE_VAL);
        emit(&c, OP_RETURN_VALUE, 0);
    }
    result = assemble(&c);
done:
    while (c.u != NULL) {
        Unit *u = c.u;
        c.u = u->parent;
        free_unit(u);
    }
    if (c.failed && !c.py_error) {
        xdecref(result);
        result = VNULL;
        compiler_raise_syntax_error(&c.err, filename, src, len);
    }
    arena_free(&c.arena);
    return result;
}
