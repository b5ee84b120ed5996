// SPDX-License-Identifier: MIT
/**
 * @file stw.h
 * @brief Free-threaded thread states (attached, detached, suspended) and stopping the world.
 *
 * Who may include it: gil/, gc/, tests/.
 *
 * Without a global lock, "this thread may touch the heap" is a per-thread state that other
 * threads can see and act on. gil/stw.c explains the protocol.
 */
#ifndef GILVM_STW_H
#define GILVM_STW_H

#include "thread.h"

/** ThreadState::ft_state: not touching the heap (blocked, in native code, or not started). */
#define FT_DETACHED 0
/** ThreadState::ft_state: running Python code, touching the heap. */
#define FT_ATTACHED 1
/** ThreadState::ft_state: held detached by another thread (stop-the-world, a brc merge). */
#define FT_SUSPENDED 2

/** The calling thread attaches: waits while the world is stopped or it is held suspended. */
void stw_attach(ThreadState *ts);
/** The calling thread detaches (before it blocks); a stop-the-world need not wait for it. */
void stw_detach(ThreadState *ts);
/** BREAKER_STW: the calling (attached) thread stops until the world restarts. */
void stw_park(ThreadState *ts);
/**
 * Stop every other thread: on return each is suspended (it will not touch the heap until
 * stw_start_world()). The caller must be attached. One stop at a time: a second requester
 * first takes part in the running one.
 */
void stw_stop_world(ThreadState *ts);
/** Let the threads stw_stop_world() stopped run again. */
void stw_start_world(ThreadState *ts);
/**
 * Drop the reference @p v (stolen) once every other thread has passed a safe point: after the
 * next stop of the world, which this triggers itself when many wait. For values another
 * thread may still be using through a borrowed pointer (a class attribute just replaced:
 * type lookups do not take references). The caller must be attached and in no critical
 * section.
 */
void stw_release_later(ThreadState *ts, Value v);

/** Whether the world is stopped now (by any thread). */
bool stw_is_stopped(void);
/**
 * Hold the detached thread @p t suspended, so that it cannot attach (and touch its objects)
 * until stw_resume_detached(). False if it is attached (or already held).
 */
bool stw_try_suspend_detached(ThreadState *t);
/** Release a thread held by stw_try_suspend_detached(). */
void stw_resume_detached(ThreadState *t);

#endif
