// SPDX-License-Identifier: MIT
/**
 * @file builtins.c
 * @brief The builtins module: print, len, sorted, isinstance, ... and the
 *        builtin types and exceptions under their Python names.
 */
#include "builtins.h"

#include <math.h>

#include "../gc/gc.h"
#include "args.h"
#include "cfunc.h"
#include "code.h"
#include "compiler.h"
#include "eval.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "frame.h"
#include "int.h"
#include "itertypes.h"
#include "list.h"
#include "mod_sys.h"
#include "../gil/strategy.h"
#include "range.h"
#include "runtime.h"
#include "set.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"
#include "typeobj.h"
#include "descr.h"

/* ---- print ---- */

/* "sep must be None or a string, not int" */
static int text_arg(Value v, const char *what, Value *out, const char *dflt)
{
    if (v == VNULL || v == NONE_VAL) {
        *out = VNULL;
        (void)dflt;
        return 0;
    }
    if (!str_check(v)) {
        exc_raise(&exc_TypeError, "%s must be None or a string, not %s", what, obj_type_name(v));
        return -1;
    }
    *out = v;
    return 0;
}

static Value builtin_print(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"sep", "end", "file", "flush"};
    Value kw[4] = {VNULL, VNULL, VNULL, VNULL};
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    if (args_parse("print", args + nargs, 0, kwnames, params, 4, 0, 0, kw) < 0)
        return VNULL;
    (void)nkw;
    Value sep, end;
    if (text_arg(kw[0], "sep", &sep, " ") < 0 || text_arg(kw[1], "end", &end, "\n") < 0)
        return VNULL;
    Value file = kw[2] != VNULL && kw[2] != NONE_VAL ? kw[2] : VNULL;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep != VNULL)
                strbuf_append_str(&b, sep);
            else
                strbuf_putc(&b, ' ');
        }
        if (strbuf_append_strof(&b, args[i]) < 0) {
            strbuf_free(&b);
            return VNULL;
        }
    }
    if (end != VNULL)
        strbuf_append_str(&b, end);
    else
        strbuf_putc(&b, '\n');
    int flush = 0;
    if (kw[3] != VNULL) {
        flush = obj_truth(kw[3]);
        if (flush < 0) {
            strbuf_free(&b);
            return VNULL;
        }
    }
    int rc = sys_write_text(file, b.data, b.len, flush);
    strbuf_free(&b);
    return rc < 0 ? VNULL : newref(NONE_VAL);
}

/* ---- Simple functions ---- */

static Value builtin_len(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int64_t n = obj_len(args[0]);
    return n < 0 ? VNULL : int_from_i64(n);
}

static Value builtin_repr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return obj_repr(args[0]);
}

static Value builtin_abs(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return obj_unop(args[0], UNOP_ABS);
}

static Value builtin_hash(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int64_t h = obj_hash(args[0]);
    return h == -1 ? VNULL : int_from_i64(h);
}

static Value builtin_id(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_from_u64((uint64_t)args[0]);
}

static Value builtin_callable(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(BOOL_VAL(TYPE_OF(args[0])->call != NULL));
}

static Value builtin_ord(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value s = args[0];
    if (!str_check(s))
        return exc_raise(&exc_TypeError, "ord() expected string of length 1, but %s found",
                         obj_type_name(s));
    if (STR_LEN(s) != 1)
        return exc_raise(&exc_TypeError,
                         "ord() expected a character, but string of length %zu found", STR_LEN(s));
    return SMALLINT_VAL(str_char_at(s, 0));
}

static Value builtin_chr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value i = obj_index(args[0]);
    if (i == VNULL)
        return VNULL;
    int64_t cp;
    int rc = int_as_i64(i, &cp);
    decref(i);
    if (rc < 0) {
        if (!exc_matches(&exc_OverflowError))
            return VNULL;
        exc_clear();
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    }
    if (cp < 0 || cp > 0x10FFFF)
        return exc_raise(&exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)cp);
}

static Value int_text(Value v, int base)
{
    Value i = obj_index(v);
    if (i == VNULL)
        return VNULL;
    Value r = int_to_base(i, base);
    decref(i);
    return r;
}

static Value builtin_hex(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_text(args[0], 16);
}

static Value builtin_oct(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_text(args[0], 8);
}

static Value builtin_bin(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return int_text(args[0], 2);
}

static Value builtin_divmod(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("divmod", nargs, 2, 2) < 0)
        return VNULL;
    Value a = args[0], b = args[1];
    if (int_check(a) && int_check(b))
        return int_divmod(a, b);
    if ((float_check(a) || int_check(a)) && (float_check(b) || int_check(b))) {
        double x, y;
        if (float_as_double(a, &x) < 0 || float_as_double(b, &y) < 0)
            return VNULL;
        return float_divmod(x, y);
    }
    /* Classes: a.__divmod__(b), then b.__rdivmod__(a). */
    static const char *const names[2] = {"__divmod__", "__rdivmod__"};
    Value operands[2][2] = {{a, b}, {b, a}};
    for (int i = 0; i < 2; i++) {
        Value self = operands[i][0], other = operands[i][1];
        if (i == 1 && TYPE_OF(a) == TYPE_OF(b))
            break;
        Value m = type_lookup(TYPE_OF(self), str_intern_cstr(names[i]));
        if (m == VNULL)
            continue;
        Value bound = obj_getattr_cstr(self, names[i]);
        if (bound == VNULL)
            return VNULL;
        Value r = obj_call(bound, &other, 1);
        decref(bound);
        if (r != NOTIMPL_VAL)
            return r;
        decref(r);
    }
    return exc_raise(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     obj_type_name(a), obj_type_name(b));
}

static Value builtin_pow(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"base", "exp", "mod"};
    Value a[3];
    if (args_parse("pow", args, nargs, kwnames, params, 3, 3, 2, a) < 0)
        return VNULL;
    if (a[2] == VNULL || a[2] == NONE_VAL)
        return obj_binop(a[0], a[1], BINOP_POW);
    if (!int_check(a[0]) || !int_check(a[1]) || !int_check(a[2]))
        return exc_raise(&exc_TypeError,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    return int_pow(a[0], a[1], a[2]);
}

static Value builtin_round(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {"number", "ndigits"};
    Value a[2];
    if (args_parse("round", args, nargs, kwnames, params, 2, 2, 1, a) < 0)
        return VNULL;
    Value x = a[0], nd = a[1] == NONE_VAL ? VNULL : a[1];
    if (float_check(x)) {
        if (nd != VNULL) {
            Value i = obj_index(nd);
            if (i == VNULL)
                return VNULL;
            Value r = float_round(FLOAT_AS_DOUBLE(x), i);
            decref(i);
            return r;
        }
        return float_round(FLOAT_AS_DOUBLE(x), VNULL);
    }
    if (int_check(x)) {
        if (nd == VNULL)
            return obj_index(x);
        Value i = obj_index(nd);
        if (i == VNULL)
            return VNULL;
        int64_t n;
        int rc = int_as_i64(i, &n);
        int sign = int_sign(i);
        decref(i);
        if (rc < 0) {
            exc_clear();
            if (sign > 0)
                return obj_index(x);
            return SMALLINT_VAL(0);
        }
        return int_round(x, n);
    }
    Value m = obj_getattr_cstr(x, "__round__");
    if (m == VNULL) {
        exc_clear();
        return exc_raise(&exc_TypeError, "type %s doesn't define __round__ method",
                         obj_type_name(x));
    }
    Value r = nd != VNULL ? obj_call(m, &nd, 1) : obj_call(m, NULL, 0);
    decref(m);
    return r;
}

/* ---- Types and attributes ---- */

static int check_class_or_tuple(Value cls, const char *fname, const char *which)
{
    if (TYPE_OF(cls) == &type_type || (TYPE_OF(cls)->flags & TYPE_TYPE_SUBCLASS))
        return 0;
    if (tuple_check(cls)) {
        for (size_t i = 0; i < TUPLE_SIZE(cls); i++)
            if (check_class_or_tuple(TUPLE_ITEMS(cls)[i], fname, which) < 0)
                return -1;
        return 0;
    }
    exc_raise(&exc_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    (void)which;
    return -1;
}

static bool matches_class(const Type *t, Value cls)
{
    if (tuple_check(cls)) {
        for (size_t i = 0; i < TUPLE_SIZE(cls); i++)
            if (matches_class(t, TUPLE_ITEMS(cls)[i]))
                return true;
        return false;
    }
    return type_is_subtype(t, (Type *)AS_OBJ(cls));
}

static Value builtin_isinstance(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("isinstance", nargs, 2, 2) < 0)
        return VNULL;
    Value cls = args[1];
    /* Check the match before the validity of later tuple entries, as CPython. */
    if (tuple_check(cls)) {
        for (size_t i = 0; i < TUPLE_SIZE(cls); i++) {
            Value c = TUPLE_ITEMS(cls)[i];
            if (check_class_or_tuple(c, "isinstance", "2") < 0)
                return VNULL;
            if (matches_class(TYPE_OF(args[0]), c))
                return newref(TRUE_VAL);
        }
        return newref(FALSE_VAL);
    }
    if (check_class_or_tuple(cls, "isinstance", "2") < 0)
        return VNULL;
    return newref(BOOL_VAL(matches_class(TYPE_OF(args[0]), cls)));
}

static Value builtin_issubclass(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("issubclass", nargs, 2, 2) < 0)
        return VNULL;
    if (TYPE_OF(args[0]) != &type_type && !(TYPE_OF(args[0])->flags & TYPE_TYPE_SUBCLASS))
        return exc_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
    if (check_class_or_tuple(args[1], "issubclass", "2") < 0)
        return VNULL;
    return newref(BOOL_VAL(matches_class((Type *)AS_OBJ(args[0]), args[1])));
}

static int attr_name(Value name, const char *fname)
{
    if (!str_check(name)) {
        exc_raise(&exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    (void)fname;
    return 0;
}

static Value builtin_getattr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("getattr", nargs, 2, 3) < 0 || attr_name(args[1], "getattr") < 0)
        return VNULL;
    Value name = str_intern(newref(args[1]));
    Value r = obj_getattr(args[0], name);
    if (r == VNULL && nargs == 3 && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return newref(args[2]);
    }
    return r;
}

static Value builtin_hasattr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("hasattr", nargs, 2, 2) < 0 || attr_name(args[1], "hasattr") < 0)
        return VNULL;
    Value name = str_intern(newref(args[1]));
    Value r = obj_getattr(args[0], name);
    if (r == VNULL) {
        if (!exc_matches(&exc_AttributeError))
            return VNULL;
        exc_clear();
        return newref(FALSE_VAL);
    }
    decref(r);
    return newref(TRUE_VAL);
}

static Value builtin_setattr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("setattr", nargs, 3, 3) < 0 || attr_name(args[1], "setattr") < 0)
        return VNULL;
    Value name = str_intern(newref(args[1]));
    return obj_setattr(args[0], name, args[2]) < 0 ? VNULL : newref(NONE_VAL);
}

static Value builtin_delattr(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("delattr", nargs, 2, 2) < 0 || attr_name(args[1], "delattr") < 0)
        return VNULL;
    Value name = str_intern(newref(args[1]));
    return obj_setattr(args[0], name, VNULL) < 0 ? VNULL : newref(NONE_VAL);
}

/* ---- Iteration ---- */

static Value builtin_iter(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("iter", nargs, 1, 2) < 0)
        return VNULL;
    if (nargs == 2)
        return itertypes_calliter(args[0], args[1]);
    return itertypes_iter(args[0]);
}

static Value builtin_next(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("next", nargs, 1, 2) < 0)
        return VNULL;
    Type *t = TYPE_OF(args[0]);
    if (t->iternext == NULL)
        return exc_raise(&exc_TypeError, "'%s' object is not an iterator", t->name);
    Value v = t->iternext(args[0]);
    if (v != VNULL)
        return v;
    if (exc_occurred()) {
        if (nargs == 2 && exc_matches(&exc_StopIteration)) {
            exc_clear();
            return newref(args[1]);
        }
        return VNULL;
    }
    if (nargs == 2)
        return newref(args[1]);
    return exc_raise_empty(&exc_StopIteration);
}

/* Apply fn to each item of iterable; fn returns 1 to stop, 0 to go on, -1 on error. */
static int for_each(Value iterable, int (*fn)(Value item, void *ctx), void *ctx)
{
    Value it = obj_iter(iterable);
    if (it == VNULL)
        return -1;
    int rc = 0;
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            rc = exc_occurred() ? -1 : 0;
            break;
        }
        rc = fn(item, ctx);
        decref(item);
        if (rc != 0)
            break;
    }
    decref(it);
    return rc;
}

static int any_step(Value item, void *ctx)
{
    int t = obj_truth(item);
    if (t < 0)
        return -1;
    return t == *(int *)ctx;
}

static Value builtin_any(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int want = 1;
    int rc = for_each(args[0], any_step, &want);
    return rc < 0 ? VNULL : newref(BOOL_VAL(rc == 1));
}

static Value builtin_all(Value self, const Value *args, size_t nargs, Value kwnames)
{
    int want = 0;
    int rc = for_each(args[0], any_step, &want);
    return rc < 0 ? VNULL : newref(BOOL_VAL(rc != 1));
}

typedef struct SumState {
    Value total;
} SumState;

static int sum_step(Value item, void *ctx)
{
    SumState *s = ctx;
    Value r;
    if (IS_SMALLINT(s->total) && IS_SMALLINT(item)) {
        intptr_t x;
        if (!__builtin_add_overflow(AS_SMALLINT(s->total), AS_SMALLINT(item), &x) &&
            SMALLINT_FITS(x)) {
            s->total = SMALLINT_VAL(x);
            return 0;
        }
    }
    if (float_check(s->total) && float_check(item)) {
        r = float_new(FLOAT_AS_DOUBLE(s->total) + FLOAT_AS_DOUBLE(item));
    } else {
        r = obj_binop(s->total, item, BINOP_ADD);
    }
    if (r == VNULL)
        return -1;
    setref(&s->total, r);
    return 0;
}

static Value builtin_sum(Value self, const Value *args, size_t nargs, Value kwnames)
{
    static const char *const params[] = {NULL, "start"};
    Value a[2];
    if (nargs == 0 && (kwnames == VNULL || TUPLE_SIZE(kwnames) == 0))
        return exc_raise(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (args_parse("sum", args, nargs, kwnames, params, 2, 2, 1, a) < 0)
        return VNULL;
    Value start = a[1] != VNULL ? a[1] : SMALLINT_VAL(0);
    if (str_check(start))
        return exc_raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    SumState s = {newref(start)};
    if (for_each(a[0], sum_step, &s) < 0) {
        decref(s.total);
        return VNULL;
    }
    return s.total;
}

/* min()/max(): is_max selects the comparison. */
static Value minmax(const Value *args, size_t nargs, Value kwnames, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    Value key = VNULL, dflt = VNULL;
    size_t nkw = kwnames != VNULL ? TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value kn = TUPLE_ITEMS(kwnames)[k];
        if (str_eq_cstr(kn, "key"))
            key = args[nargs + k];
        else if (str_eq_cstr(kn, "default"))
            dflt = args[nargs + k];
        else
            return exc_raise(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", kn, name);
    }
    if (nargs == 0)
        return exc_raise(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (key == NONE_VAL)
        key = VNULL;
    if (nargs > 1 && dflt != VNULL)
        return exc_raise(&exc_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments",
                         name);
    Value it = nargs == 1 ? obj_iter(args[0]) : VNULL;
    Value seq = VNULL;
    if (nargs > 1) {
        seq = tuple_from_array(args, nargs);
        if (seq == VNULL)
            return VNULL;
        it = obj_iter(seq);
        decref(seq);
    }
    if (it == VNULL)
        return VNULL;
    Value best = VNULL, best_key = VNULL;
    for (;;) {
        Value item = obj_next(it);
        if (item == VNULL) {
            if (exc_occurred())
                goto fail;
            break;
        }
        Value k = item;
        if (key != VNULL) {
            k = obj_call(key, &item, 1);
            if (k == VNULL) {
                decref(item);
                goto fail;
            }
        } else {
            incref(k);
        }
        if (best == VNULL) {
            best = item;
            best_key = k;
            continue;
        }
        int better = obj_compare_bool(k, best_key, is_max ? CMP_GT : CMP_LT);
        if (better < 0) {
            decref(item);
            decref(k);
            goto fail;
        }
        if (better) {
            setref(&best, item);
            setref(&best_key, k);
        } else {
            decref(item);
            decref(k);
        }
    }
    decref(it);
    xdecref(best_key);
    if (best == VNULL) {
        if (dflt != VNULL)
            return newref(dflt);
        return exc_raise(&exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    decref(it);
    xdecref(best);
    xdecref(best_key);
    return VNULL;
}

static Value builtin_min(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return minmax(args, nargs, kwnames, false);
}

static Value builtin_max(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return minmax(args, nargs, kwnames, true);
}

static Value builtin_sorted(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs != 1)
        return exc_raise(&exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    static const char *const params[] = {"key", "reverse"};
    Value kw[2];
    if (args_parse("sort", args + 1, 0, kwnames, params, 2, 0, 0, kw) < 0)
        return VNULL;
    Value l = list_from_iterable(args[0]);
    if (l == VNULL)
        return VNULL;
    int rev = 0;
    if (kw[1] != VNULL && (rev = obj_truth(kw[1])) < 0) {
        decref(l);
        return VNULL;
    }
    Value key = kw[0] == NONE_VAL ? VNULL : kw[0];
    if (list_sort(l, key, rev) < 0) {
        decref(l);
        return VNULL;
    }
    return l;
}

/* ---- Namespaces ---- */

static Value builtin_globals(Value self, const Value *args, size_t nargs, Value kwnames)
{
    ThreadState *ts = thread_current();
    Frame *f = ts->frame;
    if (f == NULL)
        return newref(ts->rt->main_module == VNULL ? NONE_VAL
                                                   : ((ModuleObj *)AS_OBJ(ts->rt->main_module))->dict);
    return newref(f->globals);
}

/* exec/eval: compile source (or take a code object) and run it in the given namespaces. */
static Value run_string(const char *fname, ParseMode mode, const Value *args, size_t nargs,
                        Value kwnames)
{
    static const char *const params[] = {"source", "globals", "locals"};
    Value a[3];
    if (args_parse(fname, args, nargs, kwnames, params, 3, 3, 1, a) < 0)
        return VNULL;
    ThreadState *ts = thread_current();
    Value globals = a[1] != VNULL && a[1] != NONE_VAL ? a[1] : VNULL;
    Value locals = a[2] != VNULL && a[2] != NONE_VAL ? a[2] : VNULL;
    if (globals != VNULL && !dict_check(globals))
        return exc_raise(&exc_TypeError, "%s() globals must be a dict, not %s", fname,
                         obj_type_name(globals));
    if (globals == VNULL) {
        Frame *f = ts->frame;
        globals = f != NULL ? f->globals : ((ModuleObj *)AS_OBJ(ts->rt->main_module))->dict;
        if (locals == VNULL && f != NULL)
            locals = f->locals;
    }
    if (locals == VNULL)
        locals = globals;
    Value code;
    if (TYPE_OF(a[0]) == &code_type) {
        code = newref(a[0]);
    } else if (str_check(a[0])) {
        Value filename = str_from_cstr("<string>");
        if (filename == VNULL)
            return VNULL;
        code = compiler_compile(STR_DATA(a[0]), STR_NBYTES(a[0]), filename, mode);
        decref(filename);
        if (code == VNULL)
            return VNULL;
    } else {
        return exc_raise(&exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                         fname);
    }
    Value r = eval_code(ts, code, globals, locals);
    decref(code);
    if (r != VNULL && mode == PARSE_FILE) {
        decref(r);
        return newref(NONE_VAL);
    }
    return r;
}

static Value builtin_exec(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return run_string("exec", PARSE_FILE, args, nargs, kwnames);
}

static Value builtin_eval(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return run_string("eval", PARSE_EVAL, args, nargs, kwnames);
}

static Value builtin_vars(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("vars", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 0) {
        Frame *f = thread_current()->frame;
        return newref(f != NULL && f->locals != VNULL ? f->locals : f != NULL ? f->globals : NONE_VAL);
    }
    Value d = obj_getattr_cstr(args[0], "__dict__");
    if (d == VNULL && exc_matches(&exc_AttributeError)) {
        exc_clear();
        return exc_raise(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* input(prompt=''): one line of stdin without its newline; the thread detaches while it waits. */
static Value builtin_input(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("input", nargs, 0, 1) < 0)
        return VNULL;
    if (nargs == 1) {
        Value p = obj_str(args[0]);
        if (p == VNULL)
            return VNULL;
        int rc = sys_write_text(VNULL, STR_DATA(p), STR_NBYTES(p), 1);
        decref(p);
        if (rc < 0)
            return VNULL;
    } else {
        fflush(stdout);
    }
    ThreadState *ts = thread_current();
    char *line = NULL;
    size_t cap = 0;
    strategy_detach(ts);
    ssize_t n = getline(&line, &cap, stdin);
    strategy_attach(ts);
    if (n < 0) {
        free(line);
        return exc_raise(&exc_EOFError, "EOF when reading a line");
    }
    if (n > 0 && line[n - 1] == '\n')
        n--;
    Value r = str_new(line, (size_t)n);
    free(line);
    return r;
}

/* Add the keys of dict d to set-like dict names. */
static int add_keys(Value names, Value d)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_set(names, k, NONE_VAL) < 0)
            return -1;
    return 0;
}

/* dir([obj]): the sorted names of the scope, or of an object's attributes. */
static Value builtin_dir(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("dir", nargs, 0, 1) < 0)
        return VNULL;
    Value names = dict_new();
    if (names == VNULL)
        return VNULL;
    int rc = 0;
    if (nargs == 0) {
        Frame *f = thread_current()->frame;
        if (f != NULL && f->locals != VNULL) {
            rc = add_keys(names, f->locals);
        } else if (f != NULL && f->func != VNULL) {
            CodeObj *co = f->code;
            for (int i = 0; i < co->nlocalsplus && rc == 0; i++) {
                Value v = f->localsplus[i];
                bool set = v != VNULL;
                if (set && (co->localsplus_kinds[i] & (LOCAL_KIND_CELL | LOCAL_KIND_FREE))) {
                    Value in = cell_get((CellObj *)AS_OBJ(v));
                    set = in != VNULL;
                    xdecref(in);
                }
                if (set)
                    rc = dict_set(names, TUPLE_ITEMS(co->localsplus_names)[i], NONE_VAL);
            }
        } else if (f != NULL) {
            rc = add_keys(names, f->globals);
        }
    } else {
        Value obj = args[0];
        if (TYPE_OF(obj) == &module_type) {
            rc = add_keys(names, ((ModuleObj *)AS_OBJ(obj))->dict);
        } else {
            Type *t = TYPE_OF(obj);
            Value d = obj_instance_dict(obj, false);
            if (d != VNULL) {
                rc = add_keys(names, d);
                decref(d);
            }
            /* A class lists its own MRO's names; an instance its type's. */
            Type *start = t == &type_type ? (Type *)AS_OBJ(obj) : t;
            for (Type *p = start; p != NULL && rc == 0; p = p->base_type)
                if (p->dict != VNULL)
                    rc = add_keys(names, p->dict);
        }
    }
    Value list = rc == 0 ? dict_keys_list(names) : VNULL;
    decref(names);
    if (list != VNULL && list_sort(list, VNULL, false) < 0)
        clearref(&list);
    return list;
}

static Value builtin_exit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_count("exit", nargs, 0, 1) < 0)
        return VNULL;
    Value e = exc_new(&exc_SystemExit, args, nargs);
    if (e != VNULL) {
        exc_raise_instance(e);
        decref(e);
    }
    return VNULL;
}

static const MethodDef builtin_functions[] = {
    {"print", builtin_print, METH_KEYWORDS, "Print values to sys.stdout, separated by sep."},
    {"len", builtin_len, METH_O, "Return the number of items in a container."},
    {"repr", builtin_repr, METH_O, "Return the canonical string representation of an object."},
    {"ascii", format_ascii_builtin, METH_O, "Return an ASCII-only representation of an object."},
    {"format", format_builtin, 0, "Return type(value).__format__(value, format_spec)."},
    {"abs", builtin_abs, METH_O, "Return the absolute value of the argument."},
    {"hash", builtin_hash, METH_O, "Return the hash value of the object."},
    {"id", builtin_id, METH_O, "Return the identity of an object."},
    {"callable", builtin_callable, METH_O, "Return whether the object is callable."},
    {"ord", builtin_ord, METH_O, "Return the Unicode code point of a one-character string."},
    {"chr", builtin_chr, METH_O, "Return a one-character string for a code point."},
    {"hex", builtin_hex, METH_O, "Return the hexadecimal representation of an integer."},
    {"oct", builtin_oct, METH_O, "Return the octal representation of an integer."},
    {"bin", builtin_bin, METH_O, "Return the binary representation of an integer."},
    {"divmod", builtin_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"pow", builtin_pow, METH_KEYWORDS, "Equivalent to base**exp with 2 arguments, or base**exp % mod."},
    {"round", builtin_round, METH_KEYWORDS, "Round a number to a given precision in decimal digits."},
    {"isinstance", builtin_isinstance, 0, "Return whether an object is an instance of a class."},
    {"issubclass", builtin_issubclass, 0, "Return whether a class is derived from another."},
    {"getattr", builtin_getattr, 0, "Get a named attribute from an object."},
    {"hasattr", builtin_hasattr, 0, "Return whether the object has an attribute with the name."},
    {"setattr", builtin_setattr, 0, "Set the named attribute on the given object."},
    {"delattr", builtin_delattr, 0, "Delete the named attribute from the given object."},
    {"iter", builtin_iter, 0, "Get an iterator from an object."},
    {"next", builtin_next, 0, "Return the next item from the iterator."},
    {"any", builtin_any, METH_O, "Return True if bool(x) is True for any x in the iterable."},
    {"all", builtin_all, METH_O, "Return True if bool(x) is True for all values x in the iterable."},
    {"sum", builtin_sum, METH_KEYWORDS, "Return the sum of a start value plus an iterable of numbers."},
    {"min", builtin_min, METH_KEYWORDS, "Return the smallest item."},
    {"max", builtin_max, METH_KEYWORDS, "Return the largest item."},
    {"sorted", builtin_sorted, METH_KEYWORDS, "Return a new sorted list of the items of an iterable."},
    {"globals", builtin_globals, METH_NOARGS, "Return the dictionary of the current global namespace."},
    {"input", builtin_input, 0, "Read a line from standard input, without its newline."},
    {"exec", builtin_exec, METH_KEYWORDS, "Execute source code or a code object in a namespace."},
    {"eval", builtin_eval, METH_KEYWORDS, "Evaluate an expression in a namespace."},
    {"dir", builtin_dir, 0, "Return the sorted names in a scope or the attributes of an object."},
    {"vars", builtin_vars, 0, "Return the __dict__ of an object (or the local namespace)."},
    {"__build_class__", typeobj_build_class, METH_KEYWORDS, "Create a class from its body (class statements)."},
    {"exit", builtin_exit, 0, "Exit the interpreter by raising SystemExit."},
    {"quit", builtin_exit, 0, "Exit the interpreter by raising SystemExit."},
    {NULL, NULL, 0, NULL},
};

Value builtins_create(Runtime *rt)
{
    Value m = module_new("builtins");
    if (m == VNULL)
        return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    if (module_add_functions(m, builtin_functions) < 0)
        goto fail;
    static const struct {
        const char *name;
        Type *type;
    } types[] = {
        {"object", &object_type},     {"type", &type_type},       {"int", &int_type},
        {"bool", &bool_type},         {"float", &float_type},     {"str", &str_type},
        {"list", &list_type},         {"tuple", &tuple_type},     {"dict", &dict_type},
        {"range", &range_type},       {"slice", &slice_type},     {"enumerate", &enumerate_type},
        {"zip", &zip_type},           {"map", &map_type},         {"filter", &filter_type},
        {"reversed", &reversed_type}, {"staticmethod", &staticmethod_type},
        {"classmethod", &classmethod_type}, {"property", &property_type},
        {"super", &super_type},       {"set", &set_type},         {"frozenset", &frozenset_type},
    };
    for (size_t i = 0; i < ARRAY_LEN(types); i++)
        if (dict_set_cstr(d, types[i].name, OBJ_VAL(types[i].type)) < 0)
            goto fail;
#define EXC_ADD(name, base)                                                                        \
    if (dict_set_cstr(d, #name, OBJ_VAL(&exc_##name)) < 0)                                         \
        goto fail;
    EXC_TYPES(EXC_ADD)
#undef EXC_ADD
    if (dict_set_cstr(d, "None", NONE_VAL) < 0 || dict_set_cstr(d, "True", TRUE_VAL) < 0 ||
        dict_set_cstr(d, "False", FALSE_VAL) < 0 ||
        dict_set_cstr(d, "NotImplemented", NOTIMPL_VAL) < 0 ||
        dict_set_cstr(d, "Ellipsis", ELLIPSIS_VAL) < 0 ||
        dict_set_cstr(d, "__debug__", TRUE_VAL) < 0)
        goto fail;
    (void)rt;
    return m;
fail:
    decref(m);
    return VNULL;
}
