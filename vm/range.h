// SPDX-License-Identifier: MIT
/**
 * @file range.h
 * @brief range objects, slices, and the iterators of builtin sequences.
 *
 * Who may include it: vm/, tests/.
 */
#ifndef GILVM_RANGE_H
#define GILVM_RANGE_H

#include "object.h"

/** A range; start, stop, step are ints (small or big). */
typedef struct RangeObj {
    Obj base;   /**< header */
    Value start; /**< first value */
    Value stop;  /**< bound (exclusive) */
    Value step;  /**< non-zero step */
    Value len;   /**< number of elements (an int) */
} RangeObj;

/** Iterator over a range whose values fit in int64 (the common case). */
typedef struct RangeIterObj {
    Obj base;        /**< header */
    int64_t next;    /**< next value */
    int64_t step;    /**< step */
    int64_t left;    /**< values remaining */
} RangeIterObj;

/** A slice object (`a[1:2:3]`). */
typedef struct SliceObj {
    Obj base;    /**< header */
    Value start; /**< or None */
    Value stop;  /**< or None */
    Value step;  /**< or None */
} SliceObj;

/** The type range. */
extern Type range_type;
/** The iterator of small ranges. */
extern Type range_iter_type;
/** The iterator of ranges whose numbers do not fit in int64. */
extern Type longrange_iter_type;
/** The type slice. */
extern Type slice_type;

/** range(start, stop, step) (ValueError if step is 0; TypeError if not ints). */
Value range_new(Value start, Value stop, Value step);
/** A new slice (arguments increfed; VNULL arguments become None). */
Value slice_new(Value start, Value stop, Value step);
/**
 * Convert a slice bound, or a start/end argument of a method such as
 * `str.find`, to int64 as CPython's _PyEval_SliceIndex does: an int or an
 * object with `__index__`, clamped to [INT64_MIN, INT64_MAX] when it does
 * not fit. None is accepted only if @p allow_none, and leaves *out as it was.
 * @return 0, or -1 with TypeError ("slice indices must be integers or None
 *         or have an __index__ method"; without "or None" if !allow_none)
 */
int slice_index(Value v, bool allow_none, int64_t *out);
/**
 * Resolve a slice against a sequence of length @p len, as
 * PySlice_GetIndicesEx: clamps, handles negative indices and steps.
 * @return 0 with the results stored, or -1 (step 0 → ValueError "slice step
 *         cannot be zero"; non-int bound → TypeError)
 */
int slice_indices(Value slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                  int64_t *slicelen);

#endif
