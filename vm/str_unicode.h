// SPDX-License-Identifier: MIT
/**
 * @file str_unicode.h
 * @brief Unicode character properties and case mappings used by str.
 *
 * Who may include it: vm/ (str and its methods; the lexer may use the
 * identifier bits).
 *
 * The properties (printable, alpha, decimal, ...) come from a range table
 * generated from CPython's own Unicode database (tests/tools/gen_str_unicode.py),
 * so `str.isprintable()`, `str.isdecimal()`, `repr()` and friends give
 * exactly CPython's answers. Case mappings use glibc's towupper()/towlower()
 * in the C.UTF-8 locale, plus a generated table of the characters whose
 * CPython mapping differs (full mappings such as 'ß'.upper() == 'SS',
 * titlecase digraphs, case folding).
 */
#ifndef GILVM_STR_UNICODE_H
#define GILVM_STR_UNICODE_H

#include "common.h"

/** str.isprintable() of the character. */
#define UNI_PRINTABLE 0x001
/** str.isalpha(): categories Lu, Ll, Lt, Lm, Lo. */
#define UNI_ALPHA 0x002
/** str.isdecimal(): category Nd. */
#define UNI_DECIMAL 0x004
/** str.isdigit(): numeric type Digit or Decimal. */
#define UNI_DIGIT 0x008
/** str.isnumeric(): any numeric type. */
#define UNI_NUMERIC 0x010
/** May start an identifier (XID_Start or '_'). */
#define UNI_ID_START 0x020
/** May continue an identifier (XID_Continue). */
#define UNI_ID_CONTINUE 0x040
/** Titlecase letter (category Lt). */
#define UNI_TITLE 0x080
/** Case-ignorable (for the final-sigma rule of lower()). */
#define UNI_CASE_IGNORABLE 0x100

/** Most code points one character maps to under a full case mapping. */
#define UNI_MAX_EXPANSION 3

/** Load the C.UTF-8 locale used for case mappings (called by str_init()). */
void str_unicode_init(void);
/** Release the locale (called by str_intern_fini()). */
void str_unicode_fini(void);
/** The UNI_* property bits of code point @p cp. */
unsigned str_unicode_props(uint32_t cp);
/** True for the characters str.isspace() accepts. */
bool str_unicode_isspace(uint32_t cp);
/** True for uppercase characters (str.isupper()). */
bool str_unicode_isupper(uint32_t cp);
/** True for lowercase characters (str.islower()). */
bool str_unicode_islower(uint32_t cp);
/** True for cased characters (uppercase, lowercase or titlecase). */
bool str_unicode_iscased(uint32_t cp);
/** Full uppercase mapping of @p cp into @p out; returns the number of code points (1-3). */
int str_unicode_upper(uint32_t cp, uint32_t out[UNI_MAX_EXPANSION]);
/** Full lowercase mapping (without the final-sigma rule, which needs context). */
int str_unicode_lower(uint32_t cp, uint32_t out[UNI_MAX_EXPANSION]);
/** Full titlecase mapping. */
int str_unicode_title(uint32_t cp, uint32_t out[UNI_MAX_EXPANSION]);
/** Full case folding (str.casefold()). */
int str_unicode_fold(uint32_t cp, uint32_t out[UNI_MAX_EXPANSION]);

#endif
