// SPDX-License-Identifier: MIT
/**
 * @file mod_sys.c
 * @brief The sys module: argv, exit, recursion limit, switch interval,
 *        reference counts, the standard streams.
 */
#include "mod_sys.h"

#include <unistd.h>

#include "../gc/alloc.h"
#include "args.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "strbuf.h"
#include "traceback.h"
#include "tuple.h"

/* ---- Standard streams ---- */

/** sys.stdout / sys.stderr / sys.stdin: a C stream as a Python object. */
typedef struct TextStreamObj {
    Obj base;        /**< header */
    FILE *fp;        /**< the stream */
    const char *name; /**< "<stdout>" */
} TextStreamObj;

static Value stream_write(Value self, const Value *args, size_t nargs, Value kwnames)
{
    TextStreamObj *s = (TextStreamObj *)AS_OBJ(self);
    if (!str_check(args[0]))
        return exc_raise(&exc_TypeError, "write() argument must be str, not %s",
                         obj_type_name(args[0]));
    fwrite(STR_DATA(args[0]), 1, STR_NBYTES(args[0]), s->fp);
    return int_from_i64((int64_t)STR_LEN(args[0]));
}

static Value stream_flush(Value self, const Value *args, size_t nargs, Value kwnames)
{
    fflush(((TextStreamObj *)AS_OBJ(self))->fp);
    return newref(NONE_VAL);
}

static Value stream_readline(Value self, const Value *args, size_t nargs, Value kwnames)
{
    TextStreamObj *s = (TextStreamObj *)AS_OBJ(self);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, s->fp);
    Value r = n < 0 ? str_empty() : str_new(line, (size_t)n);
    if (n < 0)
        incref(r);
    free(line);
    return r;
}

static Value stream_isatty(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(BOOL_VAL(isatty(fileno(((TextStreamObj *)AS_OBJ(self))->fp))));
}

static Value stream_repr(Value v)
{
    TextStreamObj *s = (TextStreamObj *)AS_OBJ(v);
    return str_printf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s->name,
                      s->fp == stdin ? "r" : "w");
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, METH_O, "Write a string to the stream."},
    {"flush", stream_flush, METH_NOARGS, "Flush the stream."},
    {"readline", stream_readline, METH_NOARGS, "Read one line."},
    {"isatty", stream_isatty, METH_NOARGS, "Return whether the stream is a terminal."},
    {NULL, NULL, 0, NULL},
};

Type textstream_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextStreamObj),
    .methods = stream_methods,
    .dealloc = obj_dealloc_plain,
    .repr = stream_repr,
};

static Value stream_new(FILE *fp, const char *name)
{
    TextStreamObj *s = (TextStreamObj *)alloc_object(&textstream_type);
    if (s == NULL)
        return VNULL;
    s->fp = fp;
    s->name = name;
    return OBJ_VAL(s);
}

int sys_write_text(Value file, const char *text, size_t len, int flush)
{
    ThreadState *ts = thread_current();
    Value f = file;
    bool own = false;
    if (f == VNULL) {
        if (dict_lookup_cstr(((ModuleObj *)AS_OBJ(ts->rt->sys))->dict, "stdout", &f) <= 0) {
            exc_raise(&exc_RuntimeError, "lost sys.stdout");
            return -1;
        }
        own = true;
    }
    int rc = 0;
    if (TYPE_OF(f) == &textstream_type) {
        FILE *fp = ((TextStreamObj *)AS_OBJ(f))->fp;
        fwrite(text, 1, len, fp);
        if (flush)
            fflush(fp);
    } else {
        Value s = str_new(text, len);
        Value w = s != VNULL ? obj_getattr_cstr(f, "write") : VNULL;
        Value r = w != VNULL ? obj_call(w, &s, 1) : VNULL;
        if (r == VNULL)
            rc = -1;
        xdecref(r);
        xdecref(w);
        xdecref(s);
        if (rc == 0 && flush) {
            Value fl = obj_getattr_cstr(f, "flush");
            Value r2 = fl != VNULL ? obj_call(fl, NULL, 0) : VNULL;
            if (r2 == VNULL)
                rc = -1;
            xdecref(r2);
            xdecref(fl);
        }
    }
    if (own)
        decref(f);
    return rc;
}

/* ---- Functions ---- */

static Value sys_exit(Value self, const Value *args, size_t nargs, Value kwnames)
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

static Value sys_getrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return SMALLINT_VAL(thread_current()->rt->recursion_limit);
}

static Value sys_setrecursionlimit(Value self, const Value *args, size_t nargs, Value kwnames)
{
    ThreadState *ts = thread_current();
    if (!int_check(args[0]))
        return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(args[0]));
    int64_t n;
    if (int_as_i64(args[0], &n) < 0)
        return VNULL;
    if (n < 1)
        return exc_raise(&exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX)
        return exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
    if (n <= ts->py_depth)
        return exc_raise(&exc_RecursionError,
                         "cannot set the recursion limit to %lld at the recursion depth %d: the "
                         "limit is too low",
                         (long long)n, ts->py_depth);
    ts->rt->recursion_limit = (int)n;
    return newref(NONE_VAL);
}

static Value sys_getrefcount(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value v = args[0];
    if (IS_SMALLINT(v))
        return int_from_i64((int64_t)RC_IMMORTAL);
    /* CPython's count includes the reference held by the argument itself. */
    int64_t n = rc_count(AS_OBJ(v));
    return int_from_i64(n == (int64_t)RC_IMMORTAL ? n : n + 1);
}

static Value sys_getswitchinterval(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return float_new(thread_current()->rt->switch_interval);
}

static Value sys_setswitchinterval(Value self, const Value *args, size_t nargs, Value kwnames)
{
    double d;
    if (float_as_double(args[0], &d) < 0)
        return VNULL;
    if (d <= 0)
        return exc_raise(&exc_ValueError, "switch interval must be strictly positive");
    thread_current()->rt->switch_interval = d;
    return newref(NONE_VAL);
}

static Value sys_get_int_max_str_digits(Value self, const Value *args, size_t nargs,
                                        Value kwnames)
{
    return int_from_i64(thread_current()->rt->int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value self, const Value *args, size_t nargs,
                                        Value kwnames)
{
    static const char *const params[] = {"maxdigits"};
    Value a[1];
    if (args_parse("set_int_max_str_digits", args, nargs, kwnames, params, 1, 1, 1, a) < 0)
        return VNULL;
    int64_t n;
    if (!int_check(a[0]))
        return exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(a[0]));
    if (int_as_i64(a[0], &n) < 0)
        return VNULL;
    if (n != 0 && n < 640)
        return exc_raise(&exc_ValueError, "maxdigits must be 0 or larger than 640");
    thread_current()->rt->int_max_str_digits = n;
    return newref(NONE_VAL);
}

static Value sys_exc_info(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value e = thread_current()->handled;
    if (e == VNULL)
        return tuple_pack(3, NONE_VAL, NONE_VAL, NONE_VAL);
    ExcObj *x = (ExcObj *)AS_OBJ(e);
    return tuple_pack(3, OBJ_VAL(TYPE_OF(e)), e, x->traceback != VNULL ? x->traceback : NONE_VAL);
}

static Value sys_exception(Value self, const Value *args, size_t nargs, Value kwnames)
{
    Value e = thread_current()->handled;
    return newref(e != VNULL ? e : NONE_VAL);
}

static Value sys_is_gil_enabled(Value self, const Value *args, size_t nargs, Value kwnames)
{
    return newref(BOOL_VAL(thread_current()->rt->strategy->gil_enabled));
}

static Value sys_intern(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (TYPE_OF(args[0]) != &str_type)
        return exc_raise(&exc_TypeError, "intern() argument must be str, not %s",
                         obj_type_name(args[0]));
    return str_intern(newref(args[0]));
}

/* sys.excepthook(type, value, traceback): print value and its traceback on stderr. */
static Value sys_excepthook(Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (args_no_kw("excepthook", kwnames) < 0 || args_count("excepthook", nargs, 3, 3) < 0)
        return VNULL;
    fflush(stdout);
    if (!exc_is_instance(args[1]))
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                TYPE_OF(args[1])->name);
    else
        traceback_print_exception(args[1], stderr);
    return newref(NONE_VAL);
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_NOARGS, "Return the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O, "Set the recursion limit."},
    {"getrefcount", sys_getrefcount, METH_O, "Return the reference count of an object."},
    {"getswitchinterval", sys_getswitchinterval, METH_NOARGS,
     "Return the thread switch interval in seconds."},
    {"setswitchinterval", sys_setswitchinterval, METH_O,
     "Set the ideal thread switching delay in seconds."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_NOARGS,
     "Return the maximum number of digits for int/str conversion."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS,
     "Set the maximum number of digits for int/str conversion."},
    {"excepthook", sys_excepthook, 0, "Print an exception and its traceback to stderr."},
    {"exc_info", sys_exc_info, METH_NOARGS, "Return the exception being handled."},
    {"exception", sys_exception, METH_NOARGS, "Return the exception being handled."},
    {"intern", sys_intern, METH_O, "Intern a string."},
    {"_is_gil_enabled", sys_is_gil_enabled, METH_NOARGS,
     "Whether a global interpreter lock serialises threads (the active strategy's design)."},
    {NULL, NULL, 0, NULL},
};

static int set(Value d, const char *name, Value v)
{
    if (v == VNULL)
        return -1;
    int rc = dict_set_cstr(d, name, v);
    decref(v);
    return rc;
}

Value sys_create(Runtime *rt, int argc, char **argv)
{
    Value m = module_new("sys");
    if (m == VNULL)
        return VNULL;
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    if (module_add_functions(m, sys_functions) < 0)
        goto fail;
    /* sys.__excepthook__ is the original hook itself. */
    Value hook;
    if (dict_lookup_cstr(d, "excepthook", &hook) <= 0)
        goto fail;
    int rc = dict_set_cstr(d, "__excepthook__", hook);
    decref(hook);
    if (rc < 0)
        goto fail;
    Value av = list_new((size_t)argc);
    if (av == VNULL)
        goto fail;
    for (int i = 0; i < argc; i++) {
        Value s = str_from_cstr(argv[i]);
        if (s == VNULL || list_append(av, s) < 0) {
            xdecref(s);
            decref(av);
            goto fail;
        }
        decref(s);
    }
    if (argc == 0) {
        Value s = str_empty();
        if (list_append(av, s) < 0) {
            decref(av);
            goto fail;
        }
    }
    if (set(d, "argv", av) < 0)
        goto fail;
    Value path = list_new(1);
    if (path != VNULL && rt->script_dir != VNULL && list_append(path, rt->script_dir) < 0)
        clearref(&path);
    Value vi = tuple_pack(5, SMALLINT_VAL(GILVM_PY_MAJOR), SMALLINT_VAL(GILVM_PY_MINOR),
                          SMALLINT_VAL(0), str_intern_cstr("final"), SMALLINT_VAL(0));
    Value impl_name = str_from_cstr("gilvm");
    if (set(d, "path", path) < 0 || dict_set_cstr(d, "modules", rt->modules) < 0 ||
        set(d, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        set(d, "version", str_printf("%d.%d.0 (gilvm %s)", GILVM_PY_MAJOR, GILVM_PY_MINOR,
                                     GILVM_VERSION)) < 0 ||
        set(d, "version_info", vi) < 0 || set(d, "platform", str_from_cstr("linux")) < 0 ||
        set(d, "byteorder", str_from_cstr("little")) < 0 ||
        set(d, "executable", str_from_cstr("gilvm")) < 0 ||
        set(d, "implementation_name", impl_name) < 0 ||
        set(d, "stdout", stream_new(stdout, "<stdout>")) < 0 ||
        set(d, "stderr", stream_new(stderr, "<stderr>")) < 0 ||
        set(d, "stdin", stream_new(stdin, "<stdin>")) < 0)
        goto fail;
    Value out, err, in;
    dict_lookup_cstr(d, "stdout", &out);
    dict_lookup_cstr(d, "stderr", &err);
    dict_lookup_cstr(d, "stdin", &in);
    if (set(d, "__stdout__", out) < 0 || set(d, "__stderr__", err) < 0 ||
        set(d, "__stdin__", in) < 0)
        goto fail;
    return m;
fail:
    decref(m);
    return VNULL;
}
