// SPDX-License-Identifier: MIT
/**
 * @file repl.h
 * @brief The interactive prompt (`gilvm` on a terminal with no program).
 *
 * Who may include it: vm/main.c.
 */
#ifndef GILVM_REPL_H
#define GILVM_REPL_H

#include "runtime.h"

/** Read-eval-print until end of input; returns the exit status. */
int repl_run(Runtime *rt);

#endif
