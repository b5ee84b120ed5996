// SPDX-License-Identifier: MIT
/**
 * @file opcodes.h
 * @brief The one list of opcodes: the enum, the dispatch table, the
 *        disassembler's names and the compiler's stack effects all come from it.
 *
 * Who may include it: vm/ (compiler, eval, dis), tests/.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits and its
 * argument in the high 24 (see INSTR_OP/INSTR_ARG). Jump arguments are
 * absolute instruction indices.
 *
 * Calls use CPython 3.11's stack layout: the callable, then a "self or
 * NULL" slot, then the arguments. LOAD_METHOD fills the slot with the
 * object when it finds an unbound method, so `obj.m(x)` calls m with
 * (obj, x) without creating a bound-method object; otherwise PUSH_NULL
 * leaves it empty.
 *
 * OP(NAME, effect, flags): @p effect is the change in stack depth when the
 * instruction falls through, as an expression of `arg`; @p flags says what
 * the argument means, for the disassembler and the stack-depth analysis.
 */
#ifndef GILVM_OPCODES_H
#define GILVM_OPCODES_H

#include "common.h"

/** Argument is an absolute jump target. */
#define OPF_JUMP 0x01
/** Argument indexes the code object's constants. */
#define OPF_CONST 0x02
/** Argument indexes the code object's names. */
#define OPF_NAME 0x04
/** Argument indexes the fast locals (parameters, locals, cells, free variables). */
#define OPF_LOCAL 0x08
/** The instruction never falls through (jumps, returns, raises). */
#define OPF_NOFALL 0x10
/** Argument is a comparison operator (CmpOp). */
#define OPF_CMP 0x20
/** Argument is a binary operator (BinOp). */
#define OPF_BINOP 0x40

/* clang-format off */
/** The opcode list: OP(NAME, stack effect, OPF_* flags) for every opcode. */
#define OPCODES(OP) \
    OP(NOP,                 0,          0)          /* do nothing */ \
    OP(POP_TOP,             -1,         0)          /* drop TOS */ \
    OP(PUSH_NULL,           1,          0)          /* push an empty "self or NULL" call slot */ \
    OP(COPY,                1,          0)          /* push a copy of the arg-th item (1 = TOS) */ \
    OP(SWAP,                0,          0)          /* swap TOS with the arg-th item */ \
    OP(LOAD_CONST,          1,          OPF_CONST)  /* push consts[arg] */ \
    OP(LOAD_FAST,           1,          OPF_LOCAL)  /* push local arg (UnboundLocalError if unset) */ \
    OP(STORE_FAST,          -1,         OPF_LOCAL)  /* pop into local arg */ \
    OP(DELETE_FAST,         0,          OPF_LOCAL)  /* unset local arg */ \
    OP(MAKE_CELL,           0,          OPF_LOCAL)  /* wrap local arg in a new cell */ \
    OP(COPY_FREE_VARS,      0,          0)          /* copy the closure's arg cells into the free slots */ \
    OP(LOAD_DEREF,          1,          OPF_LOCAL)  /* push the contents of cell arg */ \
    OP(STORE_DEREF,         -1,         OPF_LOCAL)  /* pop into cell arg */ \
    OP(DELETE_DEREF,        0,          OPF_LOCAL)  /* empty cell arg */ \
    OP(LOAD_CLOSURE,        1,          OPF_LOCAL)  /* push cell arg itself (building a closure) */ \
    OP(LOAD_GLOBAL,         1,          OPF_NAME)   /* push global or builtin names[arg] */ \
    OP(STORE_GLOBAL,        -1,         OPF_NAME)   /* pop into global names[arg] */ \
    OP(DELETE_GLOBAL,       0,          OPF_NAME)   /* delete global names[arg] */ \
    OP(LOAD_NAME,           1,          OPF_NAME)   /* push names[arg] from locals, globals, builtins */ \
    OP(STORE_NAME,          -1,         OPF_NAME)   /* pop into the locals namespace */ \
    OP(DELETE_NAME,         0,          OPF_NAME)   /* delete from the locals namespace */ \
    OP(LOAD_ATTR,           0,          OPF_NAME)   /* TOS = TOS.names[arg] */ \
    OP(LOAD_METHOD,         1,          OPF_NAME)   /* TOS -> (method, self) or (attribute, NULL) */ \
    OP(STORE_ATTR,          -2,         OPF_NAME)   /* TOS.names[arg] = TOS1 */ \
    OP(DELETE_ATTR,         -1,         OPF_NAME)   /* del TOS.names[arg] */ \
    OP(BINARY_ADD,          -1,         0)          /* TOS = TOS1 + TOS */ \
    OP(BINARY_SUB,          -1,         0)          /* TOS = TOS1 - TOS */ \
    OP(BINARY_MUL,          -1,         0)          /* TOS = TOS1 * TOS */ \
    OP(BINARY_OP,           -1,         OPF_BINOP)  /* TOS = TOS1 (op arg) TOS */ \
    OP(INPLACE_ADD,         -1,         0)          /* TOS = TOS1 += TOS */ \
    OP(INPLACE_SUB,         -1,         0)          /* TOS = TOS1 -= TOS */ \
    OP(INPLACE_OP,          -1,         OPF_BINOP)  /* TOS = TOS1 (op arg)= TOS */ \
    OP(UNARY_NEG,           0,          0)          /* TOS = -TOS */ \
    OP(UNARY_POS,           0,          0)          /* TOS = +TOS */ \
    OP(UNARY_INVERT,        0,          0)          /* TOS = ~TOS */ \
    OP(UNARY_NOT,           0,          0)          /* TOS = not TOS */ \
    OP(COMPARE_OP,          -1,         OPF_CMP)    /* TOS = TOS1 (cmp arg) TOS */ \
    OP(IS_OP,               -1,         0)          /* TOS = TOS1 is TOS (is not when arg = 1) */ \
    OP(CONTAINS_OP,         -1,         0)          /* TOS = TOS1 in TOS (not in when arg = 1) */ \
    OP(BINARY_SUBSCR,       -1,         0)          /* TOS = TOS1[TOS] */ \
    OP(STORE_SUBSCR,        -3,         0)          /* TOS1[TOS] = TOS2 */ \
    OP(DELETE_SUBSCR,       -2,         0)          /* del TOS1[TOS] */ \
    OP(BUILD_SLICE,         1 - arg,    0)          /* slice of the top arg (2 or 3) items */ \
    OP(BUILD_TUPLE,         1 - arg,    0)          /* tuple of the top arg items */ \
    OP(BUILD_LIST,          1 - arg,    0)          /* list of the top arg items */ \
    OP(BUILD_MAP,           1 - 2*arg,  0)          /* dict of the top arg key/value pairs */ \
    OP(FORMAT_VALUE,        -((arg >> 8) & 1), 0)   /* f-string field: format TOS (conversion arg & 0xFF; spec on top if arg & 0x100) */ \
    OP(BUILD_STRING,        1 - arg,    0)          /* concatenate the top arg strings */ \
    OP(LIST_APPEND,         -1,         0)          /* append TOS to the list arg items down */ \
    OP(BUILD_SET,           1 - arg,    0)          /* set of the top arg items */ \
    OP(SET_ADD,             -1,         0)          /* add TOS to the set arg items down */ \
    OP(SET_UPDATE,          -1,         0)          /* add the items of TOS to the set arg items down */ \
    OP(MAP_ADD,             -2,         0)          /* dict arg items down [TOS1] = TOS */ \
    OP(LIST_EXTEND,         -1,         0)          /* extend the list arg items down with TOS */ \
    OP(LIST_TO_TUPLE,       0,          0)          /* TOS = tuple(TOS) */ \
    OP(DICT_UPDATE,         -1,         0)          /* update the dict arg items down with TOS */ \
    OP(DICT_MERGE,          -1,         0)          /* as DICT_UPDATE, duplicate keys are an error (**kw) */ \
    OP(UNPACK_SEQUENCE,     arg - 1,    0)          /* replace TOS by its arg items, first on top */ \
    OP(UNPACK_EX,           (arg & 0xFF) + (arg >> 8), 0) /* a, *b, c = TOS: arg = before | after << 8 */ \
    OP(GET_ITER,            0,          0)          /* TOS = iter(TOS) */ \
    OP(FOR_ITER,            1,          OPF_JUMP)   /* push next(TOS), or pop TOS and jump when exhausted */ \
    OP(JUMP_FORWARD,        0,          OPF_JUMP | OPF_NOFALL) /* jump */ \
    OP(JUMP_BACKWARD,       0,          OPF_JUMP | OPF_NOFALL) /* jump back; checks the eval breaker */ \
    OP(POP_JUMP_IF_FALSE,   -1,         OPF_JUMP)   /* pop TOS; jump if false */ \
    OP(POP_JUMP_IF_TRUE,    -1,         OPF_JUMP)   /* pop TOS; jump if true */ \
    OP(JUMP_IF_FALSE_OR_POP, -1,        OPF_JUMP)   /* jump keeping TOS if false, else pop it */ \
    OP(JUMP_IF_TRUE_OR_POP, -1,         OPF_JUMP)   /* jump keeping TOS if true, else pop it */ \
    OP(CALL,                -1 - arg,   0)          /* call with arg arguments (see file comment) */ \
    OP(CALL_KW,             -2 - arg,   0)          /* as CALL; TOS is the tuple of keyword names */ \
    OP(CALL_EX,             -2 - (arg & 1), 0)      /* call with an args tuple (and a kwargs dict if arg & 1) */ \
    OP(MAKE_FUNCTION,       -__builtin_popcount(arg), 0) /* function from code on TOS; 1 defaults, 2 kwdefaults, 8 closure */ \
    OP(RETURN_VALUE,        -1,         OPF_NOFALL) /* return TOS */ \
    OP(RAISE_VARARGS,       -arg,       OPF_NOFALL) /* raise TOS (arg 1), TOS1 from TOS (2), re-raise (0) */ \
    OP(RERAISE,             -1,         OPF_NOFALL) /* re-raise TOS without a new traceback entry */ \
    OP(PUSH_EXC_INFO,       1,          0)          /* exc -> (previously handled, exc); handling exc */ \
    OP(POP_EXCEPT,          -1,         0)          /* restore the handled exception from TOS */ \
    OP(CHECK_EXC_MATCH,     0,          0)          /* TOS = isinstance(TOS1, TOS) for except clauses */ \
    OP(LOAD_ASSERTION_ERROR, 1,         0)          /* push AssertionError */ \
    OP(LOAD_BUILD_CLASS,    1,          0)          /* push builtins.__build_class__ */ \
    OP(BEFORE_WITH,         1,          0)          /* mgr -> (bound __exit__, mgr.__enter__()) */ \
    OP(WITH_EXIT,           -1,         0)          /* pop __exit__ and call it with (None, None, None) */ \
    OP(WITH_EXCEPT_START,   1,          0)          /* (exit, prev, exc) -> push exit(type, exc, tb) */ \
    OP(IMPORT_NAME,         -1,         OPF_NAME)   /* TOS = import names[arg] (TOS1 level, TOS fromlist) */ \
    OP(IMPORT_FROM,         1,          OPF_NAME)   /* push TOS.names[arg] (ImportError if missing) */ \
    OP(IMPORT_STAR,         -1,         0)          /* copy the public names of module TOS into globals */ \
    OP(PRINT_EXPR,          -1,         0)          /* interactive mode: echo repr(TOS) and set _ */ \
    OP(YIELD_VALUE,         0,          0)          /* yield TOS; resumed with the sent value as TOS (arg 1: in yield from) */ \
    OP(GET_YIELD_FROM_ITER, 0,          0)          /* TOS = iter(TOS) unless it is a generator */ \
    OP(SEND,                0,          OPF_JUMP)   /* send TOS into TOS1: TOS = its next value, or pop and jump with its result */
/* clang-format on */

/** The opcodes. */
typedef enum Opcode {
/** @cond INTERNAL */
#define OP_ENUM(name, effect, flags) OP_##name,
    OPCODES(OP_ENUM)
#undef OP_ENUM
    /** @endcond */
        OPCODE_COUNT
} Opcode;

/** The opcode of an instruction word. */
#define INSTR_OP(w) ((Opcode)((w) & 0xFF))
/** The argument of an instruction word. */
#define INSTR_ARG(w) ((uint32_t)(w) >> 8)
/** An instruction word. */
#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
/** Largest argument an instruction can carry. */
#define INSTR_ARG_MAX 0xFFFFFF

/** The name of an opcode ("LOAD_FAST"). */
const char *opcode_name(Opcode op);
/** The OPF_* flags of an opcode. */
int opcode_flags(Opcode op);
/** The stack effect of an instruction when it falls through. */
int opcode_stack_effect(Opcode op, uint32_t arg);

#endif
