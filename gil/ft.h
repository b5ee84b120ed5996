// SPDX-License-Identifier: MIT
/**
 * @file ft.h
 * @brief What the two free-threaded strategies (`objlock`, `brc`) share: object locks on,
 *        attach and detach through the stop-the-world states, the breaker bits they handle.
 *
 * Who may include it: gil/ only (the strategy files).
 */
#ifndef GILVM_FT_H
#define GILVM_FT_H

#include "thread.h"

struct Runtime;

/** Turn object locks on and make lock waiters detach while they sleep. */
void ft_init(struct Runtime *rt);
/** Strategy attach: gil/stw.h's stw_attach(). */
void ft_attach(ThreadState *ts);
/** Strategy detach: gil/stw.h's stw_detach(). */
void ft_detach(ThreadState *ts);
/** The breaker bits both strategies handle (BREAKER_STW). */
void ft_handle_breaker(ThreadState *ts, uint32_t bits);
/**
 * The runtime is about to free the heap: stop every other thread for good (they stay
 * suspended until the process exits) and turn object locks off.
 */
void ft_finalize(ThreadState *ts);

#endif
