// SPDX-License-Identifier: MIT
/**
 * @file arena.h
 * @brief A bump allocator for data that dies all at once (the AST).
 *
 * Who may include it: vm/ (parser, compiler), tests/.
 */
#ifndef GILVM_ARENA_H
#define GILVM_ARENA_H

#include "common.h"

/** One block of an arena. */
typedef struct ArenaBlock {
    struct ArenaBlock *next; /**< previously filled block */
    size_t used;             /**< bytes handed out from @ref data */
    size_t size;             /**< capacity of @ref data */
    max_align_t data[];      /**< the memory */
} ArenaBlock;

/** An arena: allocations are freed together by arena_free(). */
typedef struct Arena {
    ArenaBlock *head; /**< current block */
} Arena;

/** Initialise an empty arena. */
void arena_init(Arena *a);
/** @p size zeroed bytes, aligned for any type; aborts if memory is exhausted. */
void *arena_alloc(Arena *a, size_t size);
/** Copy @p len bytes of @p s into the arena, NUL-terminated. */
char *arena_strndup(Arena *a, const char *s, size_t len);
/** Free every allocation of the arena. */
void arena_free(Arena *a);

#endif
