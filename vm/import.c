// SPDX-License-Identifier: MIT
/** @file import.c @brief The import system (see import.h). */
#include "import.h"

#include <errno.h>

#include "code.h"
#include "compiler.h"
#include "dict.h"
#include "eval.h"
#include "exc.h"
#include "frozen.h"
#include "list.h"
#include "modules.h"
#include "runtime.h"
#include "str.h"
#include "strbuf.h"
#include "tuple.h"

static const struct {
    const char *name;
    Value (*create)(void);
} builtin_modules[] = {
    {"gc", mod_gc_create},
    {"math", mod_math_create},
    {"random", mod_random_create},
    {"time", mod_time_create},
    {"_thread", mod_thread_create},
    {"gilvm", mod_gilvm_create},
    {"native", mod_native_create},
};

char *import_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        fclose(f);
        errno = ENOMEM;
        return NULL;
    }
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                errno = ENOMEM;
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/*
 * Compile src and run it as module `name`; the module is in sys.modules
 * while its code runs, and removed if the code fails. A file module gets
 * __file__; a package gets __path__.
 */
static Value run_module_source(ThreadState *ts, Value name, const char *src, size_t len,
                               const char *filename, bool is_file, bool is_package)
{
    Value fname = str_from_cstr(filename);
    if (fname == VNULL)
        return VNULL;
    Value code = compiler_compile(src, len, fname, PARSE_FILE);
    if (code == VNULL) {
        decref(fname);
        return VNULL;
    }
    Value m = module_new(STR_DATA(name));
    if (m == VNULL) {
        decref(code);
        decref(fname);
        return VNULL;
    }
    Value d = ((ModuleObj *)AS_OBJ(m))->dict;
    Runtime *rt = ts->rt;
    Value bmod = VNULL;
    if (dict_lookup_cstr(rt->modules, "builtins", &bmod) <= 0)
        bmod = VNULL;
    int rc = is_file ? dict_set_cstr(d, "__file__", fname) : 0;
    if (rc == 0 && bmod != VNULL)
        rc = dict_set_cstr(d, "__builtins__", bmod);
    xdecref(bmod);
    if (rc == 0 && is_package) {
        Value path = list_new(0);
        rc = path != VNULL ? dict_set_cstr(d, "__path__", path) : -1;
        xdecref(path);
    }
    decref(fname);
    if (rc < 0 || dict_set(rt->modules, name, m) < 0) {
        decref(m);
        decref(code);
        return VNULL;
    }
    Value r = eval_code(ts, code, d, VNULL);
    decref(code);
    if (r == VNULL) {
        Value saved = exc_fetch();
        if (dict_del(rt->modules, name) < 0)
            exc_clear();
        exc_restore(saved);
        decref(m);
        return VNULL;
    }
    decref(r);
    /* Return what sys.modules holds now (the module may have replaced itself). */
    Value out;
    if (dict_lookup(rt->modules, name, &out) > 0) {
        decref(m);
        return out;
    }
    return m;
}

/* Run the file at path as module `name`. */
static Value load_source_module(ThreadState *ts, Value name, const char *path)
{
    size_t len;
    char *src = import_read_file(path, &len);
    if (src == NULL)
        return exc_raise(&exc_ImportError, "cannot read %s: %s", path, strerror(errno));
    Value m = run_module_source(ts, name, src, len, path, true, false);
    free(src);
    return m;
}

static const FrozenModule *find_frozen(const char *name)
{
    for (const FrozenModule *f = frozen_modules; f->name != NULL; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

static Value find_and_load(ThreadState *ts, Value name)
{
    Runtime *rt = ts->rt;
    const char *cname = STR_DATA(name);
    for (size_t i = 0; i < ARRAY_LEN(builtin_modules); i++) {
        if (strcmp(builtin_modules[i].name, cname) == 0) {
            Value m = builtin_modules[i].create();
            if (m == VNULL)
                return VNULL;
            if (dict_set(rt->modules, name, m) < 0) {
                decref(m);
                return VNULL;
            }
            return m;
        }
    }
    const FrozenModule *fz = find_frozen(cname);
    if (fz != NULL)
        return run_module_source(ts, name, fz->source, fz->len, fz->filename, false,
                                 fz->is_package != 0);
    if (strchr(cname, '.') == NULL && strchr(cname, '/') == NULL && cname[0] != '\0') {
        Value path;
        Value sysd = ((ModuleObj *)AS_OBJ(rt->sys))->dict;
        if (dict_lookup_cstr(sysd, "path", &path) > 0 && list_check(path)) {
            Value snapshot = list_as_tuple(path);
            decref(path);
            if (snapshot == VNULL)
                return VNULL;
            for (size_t i = 0; i < TUPLE_SIZE(snapshot); i++) {
                Value dir = TUPLE_ITEMS(snapshot)[i];
                if (!str_check(dir))
                    continue;
                StrBuf b;
                strbuf_init(&b);
                if (STR_NBYTES(dir) > 0) {
                    strbuf_append_str(&b, dir);
                    strbuf_putc(&b, '/');
                }
                strbuf_puts(&b, cname);
                strbuf_puts(&b, ".py");
                FILE *f = fopen(b.data, "rb");
                if (f != NULL) {
                    fclose(f);
                    Value m = load_source_module(ts, name, b.data);
                    strbuf_free(&b);
                    decref(snapshot);
                    return m;
                }
                strbuf_free(&b);
            }
            decref(snapshot);
        } else {
            xdecref(path);
        }
    }
    Value e = exc_new_fmt(&exc_ModuleNotFoundError, "No module named '%U'", name);
    if (e != VNULL) {
        ExcObj *x = (ExcObj *)AS_OBJ(e);
        x->dict = dict_new();
        if (x->dict != VNULL)
            dict_set_cstr(x->dict, "name", name);
        exc_raise_instance(e);
        decref(e);
    }
    return VNULL;
}

/* sys.modules[name], or load it. */
static Value import_one(ThreadState *ts, Value name)
{
    Value m;
    int found = dict_lookup(ts->rt->modules, name, &m);
    if (found < 0)
        return VNULL;
    if (found > 0)
        return m;
    return find_and_load(ts, name);
}

/* Import `a.b.c`: first a, then a.b (an attribute of a), then a.b.c. */
static Value import_dotted(ThreadState *ts, Value name)
{
    const char *cname = STR_DATA(name);
    const char *dot = strrchr(cname, '.');
    if (dot == NULL)
        return import_one(ts, name);
    Value parent_name = str_new(cname, (size_t)(dot - cname));
    if (parent_name == VNULL)
        return VNULL;
    Value parent = import_dotted(ts, parent_name);
    if (parent == VNULL) {
        decref(parent_name);
        return VNULL;
    }
    Value m = import_one(ts, name);
    if (m == VNULL && exc_matches(&exc_ModuleNotFoundError) && TYPE_OF(parent) == &module_type) {
        Value path;
        if (dict_lookup_cstr(((ModuleObj *)AS_OBJ(parent))->dict, "__path__", &path) > 0) {
            decref(path);
        } else {
            exc_clear();
            exc_raise(&exc_ModuleNotFoundError, "No module named '%U'; '%U' is not a package", name,
                      parent_name);
        }
    }
    if (m != VNULL) {
        Value tail = str_intern_cstr(dot + 1);
        if (tail == VNULL || obj_setattr(parent, tail, m) < 0)
            clearref(&m);
    }
    decref(parent);
    decref(parent_name);
    return m;
}

Value import_name(ThreadState *ts, Value name, Value fromlist, Value level, Value globals)
{
    if (IS_SMALLINT(level) && AS_SMALLINT(level) > 0)
        return exc_raise(&exc_ImportError,
                         "attempted relative import with no known parent package");
    Value m = import_dotted(ts, name);
    const char *dot = strchr(STR_DATA(name), '.');
    bool empty_fromlist = fromlist == NONE_VAL || (tuple_check(fromlist) && TUPLE_SIZE(fromlist) == 0);
    if (m == VNULL || dot == NULL || !empty_fromlist)
        return m;
    /* `import a.b` binds a: return the top-level package. */
    decref(m);
    Value top = str_new(STR_DATA(name), (size_t)(dot - STR_DATA(name)));
    if (top == VNULL)
        return VNULL;
    Value t = import_one(ts, top);
    decref(top);
    return t;
}

Value import_module_cstr(ThreadState *ts, const char *name)
{
    Value n = str_intern_cstr(name);
    if (n == VNULL)
        return VNULL;
    return import_name(ts, n, NONE_VAL, SMALLINT_VAL(0), VNULL);
}

Value import_from(Value module, Value name)
{
    Value v = obj_getattr(module, name);
    if (v != VNULL)
        return v;
    if (!exc_matches(&exc_AttributeError))
        return VNULL;
    exc_clear();
    Value modname = VNULL, file = VNULL;
    if (TYPE_OF(module) == &module_type) {
        ModuleObj *m = (ModuleObj *)AS_OBJ(module);
        modname = newref(m->name);
        if (dict_lookup_cstr(m->dict, "__file__", &file) <= 0)
            file = VNULL;
    }
    if (modname == VNULL)
        modname = str_from_cstr("<unknown module name>");
    Value e = file != VNULL ? exc_new_fmt(&exc_ImportError, "cannot import name '%U' from '%U' (%U)",
                                          name, modname, file)
                            : exc_new_fmt(&exc_ImportError,
                                          "cannot import name '%U' from '%U' (unknown location)",
                                          name, modname);
    if (e != VNULL) {
        ExcObj *x = (ExcObj *)AS_OBJ(e);
        x->dict = dict_new();
        if (x->dict != VNULL) {
            dict_set_cstr(x->dict, "name", modname);
            dict_set_cstr(x->dict, "path", file != VNULL ? file : NONE_VAL);
        }
        exc_raise_instance(e);
        decref(e);
    }
    xdecref(modname);
    xdecref(file);
    return VNULL;
}

int import_star(Value module, Value ns)
{
    if (TYPE_OF(module) != &module_type) {
        exc_raise(&exc_TypeError, "import * requires a module");
        return -1;
    }
    Value d = ((ModuleObj *)AS_OBJ(module))->dict;
    Value all;
    if (dict_lookup_cstr(d, "__all__", &all) > 0) {
        Value names = tuple_from_iterable(all);
        decref(all);
        if (names == VNULL)
            return -1;
        for (size_t i = 0; i < TUPLE_SIZE(names); i++) {
            Value v = obj_getattr(module, TUPLE_ITEMS(names)[i]);
            if (v == VNULL || obj_setitem(ns, TUPLE_ITEMS(names)[i], v) < 0) {
                xdecref(v);
                decref(names);
                return -1;
            }
            decref(v);
        }
        decref(names);
        return 0;
    }
    Value keys = dict_keys_list(d);
    if (keys == VNULL)
        return -1;
    Value snapshot = list_as_tuple(keys);
    decref(keys);
    if (snapshot == VNULL)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < TUPLE_SIZE(snapshot) && rc == 0; i++) {
        Value k = TUPLE_ITEMS(snapshot)[i];
        if (!str_check(k) || STR_DATA(k)[0] == '_')
            continue;
        Value v;
        if (dict_lookup(d, k, &v) > 0) {
            rc = obj_setitem(ns, k, v);
            decref(v);
        }
    }
    decref(snapshot);
    return rc;
}
