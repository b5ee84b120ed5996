// SPDX-License-Identifier: MIT
/**
 * @file builtins.h
 * @brief The builtins module.
 *
 * Who may include it: vm/runtime.c.
 */
#ifndef GILVM_BUILTINS_H
#define GILVM_BUILTINS_H

#include "runtime.h"

/** Create the builtins module (functions, types, exceptions, constants). */
Value builtins_create(Runtime *rt);

#endif
