// SPDX-License-Identifier: MIT
/**
 * @file itertypes.h
 * @brief The iterator types behind builtins: enumerate, zip, map, filter,
 *        reversed, and the fallback iterators of iter().
 *
 * Who may include it: vm/.
 */
#ifndef GILVM_ITERTYPES_H
#define GILVM_ITERTYPES_H

#include "object.h"

/** enumerate. */
extern Type enumerate_type;
/** zip. */
extern Type zip_type;
/** map. */
extern Type map_type;
/** filter. */
extern Type filter_type;
/** reversed (over a sequence with len and indexing). */
extern Type reversed_type;
/** iterator over an object with `__getitem__` only (the old sequence protocol). */
extern Type seqiter_type;
/** iter(callable, sentinel). */
extern Type calliter_type;

/** iter(obj): obj's iterator, or a sequence iterator if it only has getitem. */
Value itertypes_iter(Value obj);
/** iter(callable, sentinel). */
Value itertypes_calliter(Value callable, Value sentinel);
/** reversed(seq): its `__reversed__`, or a reverse iterator over len and indexing. */
Value itertypes_reversed(Value seq);

#endif
