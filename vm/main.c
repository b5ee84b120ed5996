// SPDX-License-Identifier: MIT
/**
 * @file main.c
 * @brief The command line: run a file, `-c`, stdin, `dis`, the REPL.
 *
 * Exit statuses follow CPython: 0 on success, 1 for an uncaught exception
 * or a syntax error, 2 for bad usage or an unreadable file, the code given
 * to sys.exit() otherwise.
 */
#include <errno.h>
#include <signal.h>
#include <limits.h>
#include <unistd.h>

#include "code.h"
#include "compiler.h"
#include "dict.h"
#include "dis.h"
#include "eval.h"
#include "exc.h"
#include "import.h"
#include "int.h"
#include "repl.h"
#include "runtime.h"
#include "str.h"
#include "traceback.h"

static void usage(FILE *out)
{
    fputs("usage: gilvm [option] ... [-c cmd | file | -] [arg] ...\n"
          "       gilvm dis FILE            disassemble every code object of FILE\n"
          "\n"
          "Run a Python 3 program (a subset of the language) under a chosen locking design.\n"
          "\n"
          "Options:\n"
          "  -c cmd              program passed in as a string\n"
          "  -                   read the program from standard input (the default when\n"
          "                      stdin is not a terminal; on a terminal: interactive mode)\n"
          "  --strategy NAME     locking strategy (also GILVM_STRATEGY); see --list-strategies\n"
          "  --list-strategies   list the strategies with a one-line description\n"
          "  --stats             print each thread's lock counters on stderr at exit (and\n"
          "                      count the fast paths: owner-local counts, biased locks)\n"
          "  --switch-interval S gil: the switch interval in seconds (default 0.005)\n"
          "  --check-interval N  gil-legacy: instructions between releases (default 100)\n"
          "  --no-immortal       objlock/brc: count references to module-level functions,\n"
          "                      classes, modules and code like any object (shows the contention)\n"
          "  -h, --help          show this help and exit\n"
          "  -V, --version       show the version and exit\n"
          "\n"
          "Arguments after the program name are passed in sys.argv[1:].\n",
          out);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("gilvm: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nusage: gilvm [option] ... [-c cmd | file | -] [arg] ...\n"
          "Try `gilvm --help' for more information.\n",
          stderr);
    return 2;
}

static void list_strategies(void)
{
    for (const Strategy *const *s = strategy_registry; *s != NULL; s++)
        printf("%-12s %s\n", (*s)->name, (*s)->summary);
}

/* report_exception()'s status for an uncaught KeyboardInterrupt: die by SIGINT (main()). */
#define STATUS_SIGINT 0x100

/*
 * If the program replaced sys.excepthook, let its hook report e and return true (as CPython;
 * a hook that fails is reported, then e itself); false to print e the usual way.
 */
static bool user_excepthook(Value e)
{
    Value sys = thread_current()->rt->sys;
    Value hook = obj_getattr_cstr(sys, "excepthook");
    Value orig = hook != VNULL ? obj_getattr_cstr(sys, "__excepthook__") : VNULL;
    if (hook == VNULL || orig == VNULL || hook == orig) {
        exc_clear();
        xdecref(hook);
        xdecref(orig);
        return false;
    }
    decref(orig);
    Value tb = obj_getattr_cstr(e, "__traceback__");
    if (tb == VNULL) {
        exc_clear();
        tb = newref(NONE_VAL);
    }
    Value args[3] = {OBJ_VAL(TYPE_OF(e)), e, tb};
    Value r = obj_call(hook, args, 3);
    decref(tb);
    decref(hook);
    if (r == VNULL) {
        Value err = exc_fetch();
        fflush(stdout);
        fputs("Error in sys.excepthook:\n", stderr);
        if (err != VNULL)
            traceback_print_exception(err, stderr);
        fputs("\nOriginal exception was:\n", stderr);
        traceback_print_exception(e, stderr);
        xdecref(err);
    }
    xdecref(r);
    return true;
}

/* Exit status for an uncaught exception; prints it (SystemExit prints only its message). */
static int report_exception(void)
{
    Value e = exc_fetch();
    int status = 1;
    if (e == VNULL)
        return 1;
    if (type_is_subtype(TYPE_OF(e), &exc_SystemExit)) {
        Value code = obj_getattr_cstr(e, "code");
        if (code == VNULL) {
            exc_clear();
        } else if (code == NONE_VAL) {
            status = 0;
        } else if (int_check(code)) {
            int64_t n;
            if (int_as_i64(code, &n) < 0) {
                exc_clear();
                n = -1;
            }
            status = (int)(n & 0xFF);
        } else {
            Value s = obj_str(code);
            fflush(stdout);
            if (s != VNULL) {
                fprintf(stderr, "%s\n", STR_DATA(s));
                decref(s);
            } else {
                exc_clear();
            }
            status = 1;
        }
        xdecref(code);
    } else {
        if (!user_excepthook(e))
            traceback_print_exception(e, stderr);
        if (type_is_subtype(TYPE_OF(e), &exc_KeyboardInterrupt))
            status = STATUS_SIGINT;
    }
    decref(e);
    return status;
}

/* The process's exit status for status; STATUS_SIGINT does not return. */
static int final_status(int status)
{
    if (status == STATUS_SIGINT) {
        /* As CPython 3.8+: a program stopped by Ctrl-C ends by SIGINT, so that the shell
         * running it (a loop, make) sees the interrupt and stops too. */
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
        status = 128 + SIGINT;
    }
    return status;
}

/* Compile and run src as __main__. */
static int run_source(Runtime *rt, const char *src, size_t len, const char *filename, bool set_file)
{
    ThreadState *ts = rt->main_thread;
    Value fname = str_from_cstr(filename);
    if (fname == VNULL)
        return report_exception();
    Value code = compiler_compile(src, len, fname, PARSE_FILE);
    if (code == VNULL) {
        decref(fname);
        return report_exception();
    }
    Value globals = ((ModuleObj *)AS_OBJ(rt->main_module))->dict;
    if (set_file && dict_set_cstr(globals, "__file__", fname) < 0) {
        decref(fname);
        decref(code);
        return report_exception();
    }
    decref(fname);
    Value r = eval_code(ts, code, globals, VNULL);
    decref(code);
    if (r == VNULL)
        return report_exception();
    decref(r);
    return 0;
}

static char *read_stream(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int run_dis(const char *path)
{
    size_t len;
    char *src = import_read_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "gilvm: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return 2;
    }
    RuntimeOptions opts = {0};
    Runtime *rt = runtime_init(&opts);
    if (rt == NULL) {
        free(src);
        return 1;
    }
    int status = 0;
    Value fname = str_from_cstr(path);
    Value code = fname != VNULL ? compiler_compile(src, len, fname, PARSE_FILE) : VNULL;
    free(src);
    xdecref(fname);
    if (code == VNULL) {
        status = report_exception();
    } else {
        dis_code(code, stdout);
        decref(code);
    }
    runtime_fini(rt);
    return status;
}

/* The directory of path, made absolute (sys.path[0]). */
static char *script_dir_of(const char *path)
{
    char buf[PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return getcwd(buf, sizeof buf) ? strdup(buf) : strdup("");
    size_t n = (size_t)(slash - path);
    char dir[PATH_MAX];
    if (n == 0)
        n = 1;
    if (n >= sizeof dir)
        n = sizeof dir - 1;
    memcpy(dir, path, n);
    dir[n] = '\0';
    if (realpath(dir, buf) != NULL)
        return strdup(buf);
    return strdup(dir);
}

int main(int argc, char **argv)
{
    const char *strategy_name = getenv("GILVM_STRATEGY");
    const char *command = NULL;
    bool show_stats = false;
    double switch_interval = 0;
    int i = 1;
    if (argc >= 2 && strcmp(argv[1], "dis") == 0) {
        if (argc != 3)
            return usage_error("%s", "dis needs exactly one FILE");
        return final_status(run_dis(argv[2]));
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("gilvm %s (Python %d.%d subset)\n", GILVM_VERSION, GILVM_PY_MAJOR,
                   GILVM_PY_MINOR);
            return 0;
        }
        if (strcmp(a, "--list-strategies") == 0) {
            list_strategies();
            return 0;
        }
        if (strcmp(a, "--strategy") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s", "option --strategy needs an argument");
            strategy_name = argv[++i];
            continue;
        }
        if (strncmp(a, "--strategy=", 11) == 0) {
            strategy_name = a + 11;
            continue;
        }
        if (strcmp(a, "--stats") == 0) {
            show_stats = true;
            rc_count_fast = true;
            continue;
        }
        if (strcmp(a, "--no-immortal") == 0) {
            rc_share_off = true;
            continue;
        }
        if (strcmp(a, "--switch-interval") == 0 || strcmp(a, "--check-interval") == 0) {
            if (i + 1 >= argc)
                return usage_error("option %s needs an argument", a);
            char *end;
            double v = strtod(argv[i + 1], &end);
            if (*end != '\0' || !(v > 0))
                return usage_error("%s needs a positive number", a);
            if (a[2] == 's')
                switch_interval = v;
            else if (v > INT32_MAX || v != (double)(int)v)
                return usage_error("%s needs a positive integer", a);
            else
                gil_legacy_check_interval((int)v);
            i++;
            continue;
        }
        if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s", "Argument expected for the -c option");
            command = argv[++i];
            i++;
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] == '-' && a[1] != '\0')
            return usage_error("unknown option %s", a);
        break;
    }
    const Strategy *strategy = NULL;
    if (strategy_name != NULL && strategy_name[0] != '\0') {
        strategy = strategy_find(strategy_name);
        if (strategy == NULL) {
            char names[256];
            strategy_names(names, sizeof names);
            fprintf(stderr, "gilvm: unknown strategy '%s' (valid strategies: %s)\n", strategy_name,
                    names);
            return 2;
        }
    }

    /* What to run, and sys.argv. */
    const char *path = NULL;
    char **pargv;
    int pargc;
    char *src = NULL;
    size_t len = 0;
    bool interactive = false;
    char *dir = NULL;
    static char dash_c[] = "-c", empty[] = "", dash[] = "-";
    char *first;
    if (command != NULL) {
        first = dash_c;
        src = strdup(command);
        len = strlen(command);
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        path = argv[i];
        first = argv[i];
        i++;
        src = import_read_file(path, &len);
        if (src == NULL) {
            char abs[PATH_MAX];
            const char *shown = path;
            if (path[0] != '/' && getcwd(abs, sizeof abs) != NULL) {
                size_t n = strlen(abs);
                snprintf(abs + n, sizeof abs - n, "/%s", path);
                shown = abs;
            }
            fprintf(stderr, "gilvm: can't open file '%s': [Errno %d] %s\n", shown, errno,
                    strerror(errno));
            return 2;
        }
        dir = script_dir_of(path);
    } else {
        bool explicit_dash = i < argc;
        if (explicit_dash)
            i++;
        first = explicit_dash ? dash : empty;
        if (!explicit_dash && isatty(STDIN_FILENO)) {
            interactive = true;
        } else {
            src = read_stream(stdin, &len);
            if (src == NULL) {
                fputs("gilvm: out of memory reading stdin\n", stderr);
                return 1;
            }
        }
    }
    if (dir == NULL) {
        char buf[PATH_MAX];
        dir = strdup(getcwd(buf, sizeof buf) ? buf : "");
    }
    pargc = argc - i + 1;
    pargv = malloc(sizeof(char *) * (size_t)(pargc + 1));
    if (pargv == NULL) {
        free(src);
        free(dir);
        return 1;
    }
    pargv[0] = first;
    for (int k = 1; k < pargc; k++)
        pargv[k] = argv[i + k - 1];
    pargv[pargc] = NULL;

    RuntimeOptions opts = {strategy, pargc, pargv, dir};
    Runtime *rt = runtime_init(&opts);
    if (rt == NULL) {
        free(src);
        free(dir);
        free(pargv);
        return 1;
    }
    if (switch_interval > 0)
        rt->switch_interval = switch_interval;
    /* As CPython 3.9+, the main script's code and __file__ carry its absolute path. */
    char abspath[PATH_MAX];
    const char *shown = path;
    if (path != NULL && path[0] != '/' && getcwd(abspath, sizeof abspath) != NULL) {
        size_t n = strlen(abspath);
        snprintf(abspath + n, sizeof abspath - n, "/%s", path);
        shown = abspath;
    }
    int status;
    if (interactive)
        status = repl_run(rt);
    else
        status = run_source(rt, src, len,
                            command != NULL ? "<string>" : shown != NULL ? shown : "<stdin>",
                            path != NULL);
    if (show_stats) {
        runtime_wait_threads(rt);
        fflush(stdout);
        runtime_print_stats(rt, stderr);
    }
    runtime_fini(rt);
    free(src);
    free(dir);
    free(pargv);
    if (fflush(stdout) != 0 && status == 0)
        status = 120;
    return final_status(status);
}
