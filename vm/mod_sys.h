// SPDX-License-Identifier: MIT
/**
 * @file mod_sys.h
 * @brief The sys module and the standard streams.
 *
 * Who may include it: vm/.
 */
#ifndef GILVM_MOD_SYS_H
#define GILVM_MOD_SYS_H

#include "runtime.h"

/** The type of sys.stdout, sys.stderr and sys.stdin. */
extern Type textstream_type;

/** Create the sys module with argv from @p argc/@p argv. */
Value sys_create(Runtime *rt, int argc, char **argv);

/**
 * Write text to @p file, or to sys.stdout when @p file is VNULL: directly
 * when it is one of the standard streams, else through its write() method.
 * Flushes when @p flush. 0 or -1.
 */
int sys_write_text(Value file, const char *text, size_t len, int flush);

#endif
