// SPDX-License-Identifier: MIT
/**
 * @file dispatch.h
 * @brief How the eval loop jumps to the code of the next opcode.
 *
 * Who may include it: vm/eval.c only.
 *
 * The eval loop's cases are written once, with vmcase(), vmbreak and
 * vmdispatch(). With GCC or Clang they become computed gotos (one indirect
 * jump per instruction, from a table built from the opcode list, which the
 * branch predictor handles far better than one shared switch jump); with
 * `-DGILVM_SWITCH_DISPATCH` or another compiler, a plain switch. The
 * bodies read the same either way (Lua's lvm.c does the same).
 */
#ifndef GILVM_DISPATCH_H
#define GILVM_DISPATCH_H

#if defined(__GNUC__) && !defined(GILVM_SWITCH_DISPATCH)
#define GILVM_COMPUTED_GOTO 1
#endif

#ifdef GILVM_COMPUTED_GOTO
/** Jump to the case of opcode @p o. */
#define vmdispatch(o) goto *dispatch_table[o];
/** Start the case of opcode @p op. */
#define vmcase(op) L_##op:
/** End a case: fetch and dispatch the next instruction. */
#define vmbreak                                                                                    \
    do {                                                                                           \
        word = *ip++;                                                                              \
        arg = INSTR_ARG(word);                                                                     \
        goto *dispatch_table[INSTR_OP(word)];                                                      \
    } while (0)
#else
/** Jump to the case of opcode @p o. */
#define vmdispatch(o) switch (o)
/** Start the case of opcode @p op. */
#define vmcase(op) case OP_##op:
/** End a case. */
#define vmbreak break
#endif

#endif
