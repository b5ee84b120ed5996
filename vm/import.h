// SPDX-License-Identifier: MIT
/**
 * @file import.h
 * @brief The import statement: builtin modules and the user's own .py files.
 *
 * Who may include it: vm/.
 *
 * `import m` looks in sys.modules first, then the builtin modules
 * (vm/modules.h), then for `m.py` in the main script's directory (and the
 * other entries of sys.path). A module file is compiled and run once, in a
 * fresh module whose entry is in sys.modules before its code runs (so
 * circular imports see the partly initialised module), and removed again
 * if its code fails.
 */
#ifndef GILVM_IMPORT_H
#define GILVM_IMPORT_H

#include "../gil/thread.h"
#include "object.h"

/** IMPORT_NAME: the module @p name (a str); level and fromlist as CPython's __import__. */
Value import_name(ThreadState *ts, Value name, Value fromlist, Value level, Value globals);
/** IMPORT_FROM: attribute @p name of @p module, or ImportError. */
Value import_from(Value module, Value name);
/** `from m import *`: copy the public names of @p module into dict @p ns. 0 or -1. */
int import_star(Value module, Value ns);
/** Import a module by C name (runtime start-up, the REPL). */
Value import_module_cstr(ThreadState *ts, const char *name);
/** Read a whole file into a malloc'd NUL-terminated buffer; NULL (errno set) on failure. */
char *import_read_file(const char *path, size_t *len);

#endif
