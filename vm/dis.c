// SPDX-License-Identifier: MIT
/**
 * @file dis.c
 * @brief The disassembler. Opcode names come from the one opcode list
 *        (vm/opcodes.h), so the listing never drifts from the VM.
 */
#include "dis.h"

#include "code.h"
#include "exc.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const binop_names[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>",
                                          "&", "|", "^", "@"};

static void print_value(Value v, FILE *out)
{
    Value r = obj_repr(v);
    if (r == VNULL) {
        exc_clear();
        fputs("?", out);
        return;
    }
    if (STR_NBYTES(r) > 60)
        fprintf(out, "%.57s...", STR_DATA(r));
    else
        fputs(STR_DATA(r), out);
    decref(r);
}

static void dis_one(CodeObj *co, FILE *out)
{
    fprintf(out, "Disassembly of %s (%s, line %d):\n", STR_DATA(co->qualname),
            STR_DATA(co->filename), co->firstlineno);
    int last_line = -1;
    for (uint32_t i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        Opcode op = INSTR_OP(w);
        uint32_t arg = INSTR_ARG(w);
        int flags = opcode_flags(op);
        int line = co->lines[i];
        bool is_target = false;
        for (uint32_t j = 0; j < co->ncode && !is_target; j++)
            if ((opcode_flags(INSTR_OP(co->code[j])) & OPF_JUMP) && INSTR_ARG(co->code[j]) == i)
                is_target = true;
        for (uint32_t j = 0; j < co->nexc && !is_target; j++)
            if (co->exctable[j].target == i)
                is_target = true;
        if (line != last_line)
            fprintf(out, "%s%4d ", i > 0 ? "\n" : "", line);
        else
            fputs("     ", out);
        last_line = line;
        fprintf(out, "%s %5u %-22s", is_target ? ">>" : "  ", i, opcode_name(op));
        bool has_arg = arg != 0 || flags != 0 || op == OP_BUILD_TUPLE || op == OP_BUILD_LIST ||
                       op == OP_BUILD_MAP || op == OP_CALL || op == OP_CALL_KW ||
                       op == OP_UNPACK_SEQUENCE || op == OP_COPY || op == OP_SWAP ||
                       op == OP_IS_OP || op == OP_CONTAINS_OP || op == OP_MAKE_FUNCTION ||
                       op == OP_RAISE_VARARGS || op == OP_LIST_APPEND || op == OP_MAP_ADD ||
                       op == OP_CALL_EX || op == OP_BUILD_SLICE || op == OP_COPY_FREE_VARS;
        if (has_arg)
            fprintf(out, " %5u", arg);
        if (flags & OPF_CONST) {
            fputs(" (", out);
            print_value(TUPLE_ITEMS(co->consts)[arg], out);
            fputc(')', out);
        } else if (flags & OPF_NAME) {
            fprintf(out, " (%s)", STR_DATA(TUPLE_ITEMS(co->names)[arg]));
        } else if (flags & OPF_LOCAL) {
            fprintf(out, " (%s)", STR_DATA(TUPLE_ITEMS(co->localsplus_names)[arg]));
        } else if (flags & OPF_JUMP) {
            fprintf(out, " (to %u)", arg);
        } else if (flags & OPF_CMP) {
            fprintf(out, " (%s)", arg < 6 ? cmp_names[arg] : "?");
        } else if (flags & OPF_BINOP) {
            fprintf(out, " (%s)", arg < BINOP_COUNT ? binop_names[arg] : "?");
        } else if (op == OP_IS_OP) {
            fputs(arg ? " (is not)" : " (is)", out);
        } else if (op == OP_CONTAINS_OP) {
            fputs(arg ? " (not in)" : " (in)", out);
        }
        fputc('\n', out);
    }
    if (co->nexc > 0) {
        fputs("ExceptionTable:\n", out);
        for (uint32_t j = 0; j < co->nexc; j++)
            fprintf(out, "  %u to %u -> %u [%u]\n", co->exctable[j].start, co->exctable[j].end - 1,
                    co->exctable[j].target, co->exctable[j].depth);
    }
}

void dis_code(Value code, FILE *out)
{
    CodeObj *co = (CodeObj *)AS_OBJ(code);
    dis_one(co, out);
    for (size_t i = 0; i < TUPLE_SIZE(co->consts); i++) {
        Value c = TUPLE_ITEMS(co->consts)[i];
        if (TYPE_OF(c) == &code_type) {
            fputc('\n', out);
            dis_code(c, out);
        }
    }
}
