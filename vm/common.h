// SPDX-License-Identifier: MIT
/**
 * @file common.h
 * @brief Included first by every gilvm source file: standard headers, compiler
 *        hints, and every debug switch in one place.
 *
 * Who may include it: anything in vm/, gil/, gc/ and tests/.
 *
 * Debug switches. Each is off unless defined on the compiler command line
 * (`make CFLAGS_EXTRA=-DGILVM_DEBUG_STRESS_GC`), or turned on by `make check`:
 *
 * - `GILVM_DEBUG_TRACE_EXEC`: print every instruction and the stack before
 *   it runs (very slow; for single small programs).
 * - `GILVM_DEBUG_PRINT_CODE`: disassemble every code object after compiling.
 * - `GILVM_DEBUG_STRESS_GC`: run the cycle collector on every allocation of a
 *   tracked object, so that a missing traverse/clear or a missing reference
 *   shows up at once instead of once in a million runs.
 * - `GILVM_DEBUG_LOG_GC`: print a line per collection (generation, objects
 *   examined, objects freed, pause).
 * - `GILVM_CHECKS`: internal checks, in the spirit of Lua's ltests.h:
 *   assertions that reference counts never go negative, that every object
 *   lock taken is released, and that the collector's lists are consistent
 *   after each collection. `make check` builds with it.
 *
 * Per-thread free lists are disabled under AddressSanitizer, so that a use
 * after free is reported instead of hidden by reuse.
 */
#ifndef GILVM_COMMON_H
#define GILVM_COMMON_H

#include <assert.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/** Version string printed by `gilvm --version`. */
#define GILVM_VERSION "0.1.0"

/** Python version whose semantics gilvm follows (sys.version_info). */
#define GILVM_PY_MAJOR 3
/** @copydoc GILVM_PY_MAJOR */
#define GILVM_PY_MINOR 11

/** Branch hint: the condition is almost always true. */
#define LIKELY(x) __builtin_expect(!!(x), 1)
/** Branch hint: the condition is almost always false. */
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
/** Keep a rarely called function out of line (and its code out of the caller's hot path). */
#define NOINLINE __attribute__((noinline, cold))

#if defined(__SANITIZE_ADDRESS__)
#define GILVM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GILVM_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define GILVM_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GILVM_TSAN 1
#endif
#endif

#ifdef GILVM_CHECKS
/** Internal consistency check, compiled only into `make check` builds. */
#define CHECK(cond) assert(cond)
#else
/** Internal consistency check, compiled only into `make check` builds. */
#define CHECK(cond) ((void)0)
#endif

/** Number of elements of a fixed-size array. */
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
