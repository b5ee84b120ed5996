// SPDX-License-Identifier: MIT
/**
 * @file str_methods.h
 * @brief The method table of str (internal to vm/str.c and vm/str_methods.c).
 *
 * Who may include it: vm/str.c and vm/str_methods.c only.
 */
#ifndef GILVM_STR_METHODS_H
#define GILVM_STR_METHODS_H

#include "object.h"

/** str's methods (split, join, find, upper, ...), NULL-terminated; str_type.methods. */
extern const MethodDef str_methods_table[];

#endif
