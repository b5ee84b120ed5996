// SPDX-License-Identifier: MIT
/**
 * @file dis.h
 * @brief The disassembler (`gilvm dis FILE`, the REPL's `:dis`).
 *
 * Who may include it: vm/.
 */
#ifndef GILVM_DIS_H
#define GILVM_DIS_H

#include <stdio.h>

#include "object.h"

/** Print the instructions of @p code and, recursively, of the code objects among its constants. */
void dis_code(Value code, FILE *out);

#endif
