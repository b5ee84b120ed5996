// SPDX-License-Identifier: MIT
/**
 * @file modules.h
 * @brief The builtin modules that `import` can load, and their constructors.
 *
 * Who may include it: vm/ (import and the module files).
 *
 * To add a builtin module: write vm/mod_NAME.c with a constructor
 * `Value mod_NAME_create(void)`, declare it here and add one line to the
 * table in vm/import.c.
 */
#ifndef GILVM_MODULES_H
#define GILVM_MODULES_H

#include "object.h"

/** The gc module. */
Value mod_gc_create(void);
/** The math module (vm/mod_math.c). */
Value mod_math_create(void);
/** The random module: the Random type and the functions of a hidden instance (vm/mod_random.c). */
Value mod_random_create(void);
/** The time module: clocks and sleep (vm/mod_time.c). */
Value mod_time_create(void);
/** The _thread module: threads, locks (vm/mod_thread.c). */
Value mod_thread_create(void);
/** The gilvm module: the strategy and its counters (vm/mod_gilvm.c). */
Value mod_gilvm_create(void);
/** The native module: CPU-bound C work with and without the lock (vm/mod_gilvm.c). */
Value mod_native_create(void);

/** _thread.lock. */
extern Type thread_lock_type;
/** _thread.RLock. */
extern Type thread_rlock_type;

#endif
