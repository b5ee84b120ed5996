// SPDX-License-Identifier: MIT
/**
 * @file args.h
 * @brief Checking and parsing the arguments of C functions, with CPython's messages.
 *
 * Who may include it: vm/ (builtins, methods, modules).
 */
#ifndef GILVM_ARGS_H
#define GILVM_ARGS_H

#include "object.h"

/**
 * Check a positional argument count as CPython's argument clinic does:
 * "NAME expected at most 2 arguments, got 3". 0, or -1 with TypeError.
 * @p max may be SIZE_MAX (no upper bound).
 */
int args_count(const char *name, size_t nargs, size_t min, size_t max);

/** Reject keyword arguments: "NAME() takes no keyword arguments". 0 or -1. */
int args_no_kw(const char *name, Value kwnames);

/**
 * Bind positional and keyword arguments to named parameters.
 *
 * @param name function name for messages ("sorted")
 * @param args, nargs, kwnames the call (see ::CFunc)
 * @param params parameter names in order; a name may be NULL for a
 *        positional-only parameter
 * @param nparams number of parameters
 * @param npos_max how many may be given positionally (the rest are keyword-only)
 * @param nrequired how many of the first parameters are required
 * @param out receives one borrowed value per parameter, VNULL if not given
 * @return 0, or -1 with TypeError (unexpected keyword, missing argument,
 *         too many positional, given twice)
 */
int args_parse(const char *name, const Value *args, size_t nargs, Value kwnames,
               const char *const *params, size_t nparams, size_t npos_max, size_t nrequired,
               Value *out);

#endif
