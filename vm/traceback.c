// SPDX-License-Identifier: MIT
/**
 * @file traceback.c
 * @brief Traceback entries and exception printing (see traceback.h).
 *
 * Printing follows CPython 3.11's C implementation, except that the lines
 * of `^~~~` markers that 3.11 prints under the source line of each entry
 * (fine-grained error locations, PEP 657) are not printed: gilvm's tracebacks
 * look like CPython 3.10's (docs/language.md).
 */
#include "traceback.h"

#include <pthread.h>

#include "../gc/alloc.h"
#include "../gc/gc.h"
#include "code.h"
#include "dict.h"
#include "exc.h"
#include "frame.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static void tb_dealloc(Obj *o)
{
    TracebackObj *t = (TracebackObj *)o;
    gc_untrack(o);
    xdecref(t->next);
    xdecref(t->code);
    alloc_free(o);
}

static void tb_traverse(Obj *o, VisitFn visit, void *arg)
{
    TracebackObj *t = (TracebackObj *)o;
    if (t->next != VNULL)
        visit(AS_OBJ(t->next), arg);
    if (t->code != VNULL)
        visit(AS_OBJ(t->code), arg);
}

static void tb_clear(Obj *o)
{
    clearref(&((TracebackObj *)o)->next);
}

static Value tb_get_next(Value self)
{
    Value n = ((TracebackObj *)AS_OBJ(self))->next;
    return newref(n != VNULL ? n : NONE_VAL);
}

static Value tb_get_lineno(Value self)
{
    return SMALLINT_VAL(((TracebackObj *)AS_OBJ(self))->line);
}

static const MemberDef tb_members[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

Type traceback_type = {
    .base = OBJ_HEAD_INIT(&type_type),
    .name = "traceback",
    .basicsize = sizeof(TracebackObj),
    .flags = TYPE_GC,
    .members = tb_members,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
};

void traceback_here(ThreadState *ts, Frame *frame)
{
    Value exc = ts->exc;
    if (exc == VNULL || !exc_is_instance(exc))
        return;
    TracebackObj *t = (TracebackObj *)alloc_object(&traceback_type);
    if (t == NULL) {
        /* Out of memory while recording: keep the exception, lose the entry. */
        exc_restore(exc);
        return;
    }
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    t->next = e->traceback;
    t->code = newref(OBJ_VAL(frame->code));
    t->line = code_line(frame->code, frame_lasti(frame));
    e->traceback = OBJ_VAL(t);
    gc_track(&t->base);
}

/* ---- Source lines ---- */

static pthread_mutex_t source_lock = PTHREAD_MUTEX_INITIALIZER;

/* The text of line `line` of file `path`, stripped; false if unavailable. */
static bool read_source_line(const char *path, int line, char *buf, size_t size)
{
    if (path[0] == '<')
        return false;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return false;
    int n = 1;
    bool found = false;
    char *text = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&text, &cap, f)) >= 0) {
        if (n++ == line) {
            found = true;
            break;
        }
    }
    fclose(f);
    if (!found) {
        free(text);
        return false;
    }
    char *s = text;
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    size_t l = strlen(s);
    while (l > 0 && (s[l - 1] == '\n' || s[l - 1] == '\r' || s[l - 1] == ' ' || s[l - 1] == '\t'))
        l--;
    if (l >= size)
        l = size - 1;
    memcpy(buf, s, l);
    buf[l] = '\0';
    free(text);
    return true;
}

/* ---- Printing ---- */

#define RECURSIVE_CUTOFF 3

static void print_entries(Value tb, FILE *out)
{
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    char line[1024];
    for (; tb != VNULL; tb = ((TracebackObj *)AS_OBJ(tb))->next) {
        TracebackObj *t = (TracebackObj *)AS_OBJ(tb);
        CodeObj *co = (CodeObj *)AS_OBJ(t->code);
        const char *file = STR_DATA(co->filename), *name = STR_DATA(co->name);
        if (last_file == NULL || strcmp(file, last_file) != 0 || t->line != last_line ||
            strcmp(name, last_name) != 0) {
            if (count > RECURSIVE_CUTOFF)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", count - RECURSIVE_CUTOFF,
                        count - RECURSIVE_CUTOFF > 1 ? "s" : "");
            last_file = file;
            last_line = t->line;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF)
            continue;
        fprintf(out, "  File \"%s\", line %d, in %s\n", file, t->line, name);
        pthread_mutex_lock(&source_lock);
        if (read_source_line(file, t->line, line, sizeof line))
            fprintf(out, "    %s\n", line);
        pthread_mutex_unlock(&source_lock);
    }
    if (count > RECURSIVE_CUTOFF)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", count - RECURSIVE_CUTOFF,
                count - RECURSIVE_CUTOFF > 1 ? "s" : "");
}

static Value exc_attr(Value exc, const char *name)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    Value v;
    if (e->dict != VNULL && dict_lookup_cstr(e->dict, name, &v) > 0)
        return v;
    return VNULL;
}

/* The "  File ..., line N" block of a SyntaxError, with the caret line. */
static void print_syntax_error_location(Value exc, FILE *out)
{
    Value filename = exc_attr(exc, "filename");
    Value lineno = exc_attr(exc, "lineno");
    Value text = exc_attr(exc, "text");
    Value offset = exc_attr(exc, "offset");
    Value end_lineno = exc_attr(exc, "end_lineno");
    Value end_offset = exc_attr(exc, "end_offset");
    if (filename != VNULL && str_check(filename) && lineno != VNULL && IS_SMALLINT(lineno)) {
        fprintf(out, "  File \"%s\", line %ld\n", STR_DATA(filename), (long)AS_SMALLINT(lineno));
        if (text != VNULL && str_check(text)) {
            const char *s = STR_DATA(text);
            long off = offset != VNULL && IS_SMALLINT(offset) ? (long)AS_SMALLINT(offset) : -1;
            long end_off =
                end_offset != VNULL && IS_SMALLINT(end_offset) ? (long)AS_SMALLINT(end_offset) : -1;
            bool same_line = end_lineno == VNULL || !IS_SMALLINT(end_lineno) ||
                             AS_SMALLINT(end_lineno) == AS_SMALLINT(lineno);
            /* CPython 3.11 marks an IndentationError (and TabError) with a single caret,
             * whatever its end column says. */
            if (type_is_subtype(AS_OBJ(exc)->type, &exc_IndentationError))
                end_off = -1;
            /* Offsets are 1-based character columns; convert to 0-based. */
            off--;
            end_off--;
            while (*s == ' ' || *s == '\t' || *s == '\f') {
                s++;
                off--;
                end_off--;
            }
            long len = (long)str_count_codepoints(s, strlen(s));
            const char *nl = strchr(s, '\n');
            long textlen = nl ? (long)str_count_codepoints(s, (size_t)(nl - s)) : len;
            if (off > textlen)
                off = textlen;
            fprintf(out, "    %.*s\n", nl ? (int)(nl - s) : (int)strlen(s), s);
            if (off >= 0) {
                long carets = 1;
                if (same_line && end_off > off)
                    carets = end_off - off;
                else if (!same_line && textlen > off)
                    carets = textlen - off; /* a range over several lines: mark to the end of this one */
                if (off + carets > textlen + 1 && carets > 1)
                    carets = textlen + 1 - off > 1 ? textlen + 1 - off : 1;
                fputs("    ", out);
                for (long i = 0; i < off; i++)
                    fputc(' ', out);
                for (long i = 0; i < carets; i++)
                    fputc('^', out);
                fputc('\n', out);
            }
        }
    }
    xdecref(filename);
    xdecref(lineno);
    xdecref(text);
    xdecref(offset);
    xdecref(end_lineno);
    xdecref(end_offset);
}

static void print_type_name(Value exc, FILE *out)
{
    Type *t = TYPE_OF(exc);
    Value mod = VNULL;
    if (t->flags & TYPE_HEAPTYPE) {
        mod = obj_getattr_cstr(OBJ_VAL(t), "__module__");
        if (mod == VNULL)
            exc_clear();
    }
    if (mod != VNULL && str_check(mod) && !str_eq_cstr(mod, "builtins") &&
        !str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", STR_DATA(mod));
    xdecref(mod);
    Value qn = VNULL;
    if (t->flags & TYPE_HEAPTYPE) {
        qn = obj_getattr_cstr(OBJ_VAL(t), "__qualname__");
        if (qn == VNULL)
            exc_clear();
    }
    if (qn != VNULL && str_check(qn))
        fputs(STR_DATA(qn), out);
    else
        fputs(t->name, out);
    xdecref(qn);
}

static void print_one(Value exc, FILE *out)
{
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    if (e->traceback != VNULL) {
        fputs("Traceback (most recent call last):\n", out);
        print_entries(e->traceback, out);
    }
    bool syntax = type_is_subtype(e->base.type, &exc_SyntaxError);
    if (syntax)
        print_syntax_error_location(exc, out);
    print_type_name(exc, out);
    Value msg;
    if (syntax) {
        msg = exc_attr(exc, "msg");
        if (msg != VNULL && !str_check(msg)) {
            Value s = obj_str(msg);
            decref(msg);
            msg = s;
        }
    } else {
        msg = obj_str(exc);
    }
    if (msg == VNULL) {
        exc_clear();
        fputs(": <exception str() failed>\n", out);
        return;
    }
    if (STR_NBYTES(msg) > 0) {
        fputs(": ", out);
        fwrite(STR_DATA(msg), 1, STR_NBYTES(msg), out);
    }
    fputc('\n', out);
    decref(msg);
}

#define MAX_CHAIN 64

static void print_chain(Value exc, FILE *out, Value *seen, int *nseen)
{
    if (*nseen < MAX_CHAIN)
        seen[(*nseen)++] = exc;
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    bool already = false;
    if (e->cause != VNULL) {
        for (int i = 0; i < *nseen; i++)
            already |= seen[i] == e->cause;
        if (!already && *nseen < MAX_CHAIN) {
            print_chain(e->cause, out, seen, nseen);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
        }
    } else if (e->context != VNULL && !e->suppress_context) {
        for (int i = 0; i < *nseen; i++)
            already |= seen[i] == e->context;
        if (!already && *nseen < MAX_CHAIN) {
            print_chain(e->context, out, seen, nseen);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  out);
        }
    }
    print_one(exc, out);
}

void traceback_print_exception(Value exc, FILE *out)
{
    fflush(stdout);
    if (!exc_is_instance(exc)) {
        fprintf(out, "%s\n", obj_type_name(exc));
        return;
    }
    Value seen[MAX_CHAIN];
    int nseen = 0;
    print_chain(exc, out, seen, &nseen);
    fflush(out);
}
