// SPDX-License-Identifier: MIT
/** @file names.c @brief The table of interned names (see names.h). */
#include "names.h"

#include "str.h"

Value names_table[NAME_COUNT];

static const char *const name_text[NAME_COUNT] = {
#define NAME_TEXT(n) #n,
    NAMES(NAME_TEXT)
#undef NAME_TEXT
};

int names_init(void)
{
    for (int i = 0; i < NAME_COUNT; i++) {
        names_table[i] = str_intern_cstr(name_text[i]);
        if (names_table[i] == VNULL)
            return -1;
    }
    return 0;
}

void names_fini(void)
{
    for (int i = 0; i < NAME_COUNT; i++)
        names_table[i] = VNULL;
}
