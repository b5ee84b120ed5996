// SPDX-License-Identifier: MIT
/**
 * @file frozen.h
 * @brief Modules written in Python and built into the binary (the .py files of lib).
 *
 * Who may include it: vm/import.c and the generated build/gen/frozen.c.
 *
 * threading, queue and concurrent.futures are Python code on top of the C
 * module _thread, as in CPython. tools/embed.c copies their source into the
 * binary at build time, so gilvm needs no library directory at run time; a
 * student can still read them in lib/.
 */
#ifndef GILVM_FROZEN_H
#define GILVM_FROZEN_H

#include <stddef.h>

/** One module's source. */
typedef struct FrozenModule {
    const char *name;     /**< dotted module name ("concurrent.futures") */
    const char *filename; /**< name shown in tracebacks ("<frozen threading>") */
    const char *source;   /**< the Python source */
    size_t len;           /**< its length */
    int is_package;       /**< from a package's __init__.py */
} FrozenModule;

/** Every frozen module; the last entry has a NULL name. */
extern const FrozenModule frozen_modules[];

#endif
