// SPDX-License-Identifier: MIT
/**
 * @file repl.c
 * @brief The interactive prompt: `>>> ` and `... ` prompts, statements
 *        compiled one at a time in interactive mode (expression values are
 *        echoed and kept in `_`), errors printed without leaving.
 *
 * A statement is complete when the parser says so; a compound statement
 * (def, if, for, ...) ends at an empty line, as in CPython's REPL.
 */
#include "repl.h"

#include <errno.h>

#include "code.h"
#include "compiler.h"
#include "eval.h"
#include "exc.h"
#include "int.h"
#include "str.h"
#include "strbuf.h"
#include "traceback.h"

/* One line from stdin into b (with its newline); false at end of input. */
static bool read_line(StrBuf *b, const char *prompt, bool *interrupted)
{
    fputs(prompt, stdout);
    fflush(stdout);
    char chunk[1024];
    bool any = false;
    *interrupted = false;
    for (;;) {
        errno = 0;
        if (fgets(chunk, sizeof chunk, stdin) == NULL) {
            if (errno == EINTR) {
                clearerr(stdin);
                *interrupted = true;
                return true;
            }
            return any;
        }
        any = true;
        strbuf_puts(b, chunk);
        if (strchr(chunk, '\n') != NULL)
            return true;
    }
}

/* 1: complete (code in *out), 0: needs more input, -1: error printed. */
static int try_compile(StrBuf *src, Value *out)
{
    SyntaxErr err;
    Arena arena;
    arena_init(&arena);
    AstModule *mod = parser_parse(&arena, src->data, src->len, PARSE_SINGLE, &err);
    arena_free(&arena);
    if (mod == NULL && err.incomplete)
        return 0;
    Value fname = str_from_cstr("<stdin>");
    if (fname == VNULL)
        return -1;
    *out = compiler_compile(src->data, src->len, fname, PARSE_SINGLE);
    decref(fname);
    return *out != VNULL ? 1 : -1;
}

int repl_run(Runtime *rt)
{
    ThreadState *ts = rt->main_thread;
    Value globals = ((ModuleObj *)AS_OBJ(rt->main_module))->dict;
    fprintf(stderr, "gilvm %s (Python %d.%d subset), strategy %s\n", GILVM_VERSION, GILVM_PY_MAJOR,
            GILVM_PY_MINOR, rt->strategy->name);
    for (;;) {
        StrBuf src;
        strbuf_init(&src);
        const char *prompt = ">>> ";
        Value code = VNULL;
        int state;
        for (;;) {
            bool interrupted;
            size_t before = src.len;
            if (!read_line(&src, prompt, &interrupted)) {
                strbuf_free(&src);
                fputc('\n', stdout);
                return 0;
            }
            if (interrupted) {
                atomic_store(&rt->signal_pending, 0);
                thread_breaker_clear(ts, BREAKER_SIGNAL);
                fputs("\nKeyboardInterrupt\n", stderr);
                state = -2;
                break;
            }
            bool blank = src.len - before <= 1;
            if (before == 0 && blank) {
                state = -2;
                break;
            }
            state = try_compile(&src, &code);
            if (state != 0)
                break;
            (void)blank;
            prompt = "... ";
        }
        strbuf_free(&src);
        if (state == -1) {
            Value e = exc_fetch();
            traceback_print_exception(e, stderr);
            xdecref(e);
            continue;
        }
        if (state != 1)
            continue;
        Value r = eval_code(ts, code, globals, VNULL);
        decref(code);
        fflush(stdout);
        if (r == VNULL) {
            Value e = exc_fetch();
            if (e != VNULL && type_is_subtype(TYPE_OF(e), &exc_SystemExit)) {
                exc_restore(e);
                Value ex = exc_fetch();
                Value c = obj_getattr_cstr(ex, "code");
                int status = 0;
                if (c != VNULL && int_check(c)) {
                    int64_t n = 0;
                    int_as_i64(c, &n);
                    status = (int)(n & 0xFF);
                } else if (c != VNULL && c != NONE_VAL) {
                    Value s = obj_str(c);
                    if (s != VNULL) {
                        fprintf(stderr, "%s\n", STR_DATA(s));
                        decref(s);
                    }
                    status = 1;
                }
                xdecref(c);
                decref(ex);
                exc_clear();
                return status;
            }
            traceback_print_exception(e, stderr);
            xdecref(e);
        } else {
            decref(r);
        }
    }
}
