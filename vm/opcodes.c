// SPDX-License-Identifier: MIT
/** @file opcodes.c @brief Names, flags and stack effects generated from the opcode list. */
#include "opcodes.h"

static const char *const names[OPCODE_COUNT] = {
#define OP_NAME(name, effect, flags) #name,
    OPCODES(OP_NAME)
#undef OP_NAME
};

static const int flags_table[OPCODE_COUNT] = {
#define OP_FLAGS(name, effect, flags) flags,
    OPCODES(OP_FLAGS)
#undef OP_FLAGS
};

const char *opcode_name(Opcode op)
{
    return (unsigned)op < OPCODE_COUNT ? names[op] : "<invalid>";
}

int opcode_flags(Opcode op)
{
    return (unsigned)op < OPCODE_COUNT ? flags_table[op] : 0;
}

int opcode_stack_effect(Opcode op, uint32_t arg_)
{
    int arg = (int)arg_;
    (void)arg;
    switch (op) {
#define OP_EFFECT(name, effect, flags)                                                             \
    case OP_##name:                                                                                \
        return (effect);
        OPCODES(OP_EFFECT)
#undef OP_EFFECT
    default:
        return 0;
    }
}
