// SPDX-License-Identifier: MIT
/**
 * @file test_format.c
 * @brief Unit tests of vm/format.c and vm/format_str.c: format() with the
 *        format-spec mini-language for int, bool, float and str, printf-style
 *        `%`, str.format, the text of doubles, ascii().
 *
 * Every expected value was computed with CPython 3.11 (python3 evaluating
 * `format(v, spec)`, `fmt % args`, `fmt.format(*args)`, `ascii(v)`): a
 * result as its text, an error as "!Type: message". Floats are given by
 * their IEEE bit patterns so that the C compiler's own decimal conversion
 * plays no part; text is UTF-8 (non-ASCII bytes as octal escapes).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "../../vm/dict.h"
#include "../../vm/exc.h"
#include "../../vm/float.h"
#include "../../vm/format.h"
#include "../../vm/int.h"
#include "../../vm/list.h"
#include "../../vm/runtime.h"
#include "../../vm/str.h"
#include "../../vm/tuple.h"

static Runtime *rt;

static int setup(void **state)
{
    RuntimeOptions opts = {0};
    rt = runtime_init(&opts);
    return rt == NULL ? -1 : 0;
}

static int teardown(void **state)
{
    runtime_fini(rt);
    return 0;
}

/**
 * A value of a test row. kind: 'i' int (text in base 10), 'b' bool ("True"
 * or "False"), 'f' float (bits), 's' str (text), 'n' None, 'l' [], 'L'
 * [1, 2], 'E' ['\xe9', 1], 'd' {}, 'D' a dict of str keys and int values ("a=1;b=-42").
 */
typedef struct TVal {
    char kind;         /**< see above */
    const char *text;  /**< text for 'i', 'b', 's', 'D' */
    uint64_t bits;     /**< IEEE bits for 'f' */
} TVal;

/** One format(value, spec) row. */
typedef struct FormatCase {
    TVal v;             /**< the value */
    const char *spec;   /**< the spec */
    const char *expect; /**< the result, or "!Type: message" */
} FormatCase;

/** One `fmt % args` row. */
typedef struct PercentCase {
    const char *fmt;    /**< the format string */
    bool tuple;         /**< the right operand is a tuple of the values (else the single value) */
    size_t n;           /**< how many values */
    TVal args[8];       /**< the values */
    const char *expect; /**< the result, or "!Type: message" */
} PercentCase;

/** One `fmt.format(*args)` row. */
typedef struct StrFormatCase {
    const char *fmt;    /**< the format string */
    size_t n;           /**< how many positional arguments */
    TVal args[4];       /**< the arguments */
    const char *expect; /**< the result, or "!Type: message" */
} StrFormatCase;

/** One format_double() row. */
typedef struct DoubleCase {
    uint64_t bits;      /**< the double */
    char code;          /**< presentation type */
    int precision;      /**< precision */
    unsigned flags;     /**< FORMAT_* flags */
    const char *expect; /**< the text */
} DoubleCase;

/** One ascii() row. */
typedef struct AsciiCase {
    TVal v;             /**< the value */
    const char *expect; /**< ascii(v) */
} AsciiCase;

static const FormatCase format_cases[] = {
    {{'f', NULL, 0x4341c37937e08000ULL}, "", "1e+16"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "g", "1.5"},
    {{'f', NULL, 0x3fb999999999999aULL}, ".20f", "0.10000000000000000555"},
    {{'f', NULL, 0x8000000000000000ULL}, "z.1f", "0.0"},
    {{'i', "123456789", 0}, ",", "123,456,789"},
    {{'f', NULL, 0x40934a0000000000ULL}, "_.2f", "1_234.50"},
    {{'i', "255", 0}, "#010x", "0x000000ff"},
    {{'b', "True", 0}, "d", "1"},
    {{'i', "3", 0}, ".2f", "3.00"},
    {{'i', "1267650600228229401496703205376", 0}, ",", "1,267,650,600,228,229,401,496,703,205,376"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "10.2f", "       inf"},
    {{'s', "abc", 0}, "^9", "   abc   "},
    {{'f', NULL, 0x3ff0000000000000ULL}, "", "1.0"},
    {{'f', NULL, 0x4341c37937e08000ULL}, ".3", "1e+16"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'s', "abc", 0}, ",s", "!ValueError: Cannot specify ',' with 's'."},
    {{'s', "abc", 0}, "+", "!ValueError: Sign not allowed in string format specifier"},
    {{'s', "abc", 0}, "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {{'s', "abc", 0}, "=", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'i', "5", 0}, ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {{'i', "5", 0}, ".", "!ValueError: Format specifier missing precision"},
    {{'i', "5", 0}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
    {{'i', "5", 0}, ",", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",", "1.5"},
    {{'s', "ab", 0}, ",", "!ValueError: Cannot specify ',' with 's'."},
    {{'i', "5", 0}, "_", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_", "1.5"},
    {{'s', "ab", 0}, "_", "!ValueError: Cannot specify '_' with 's'."},
    {{'i', "5", 0}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'s', "ab", 0}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'i', "5", 0}, "_,", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_,", "!ValueError: Cannot specify both ',' and '_'."},
    {{'s', "ab", 0}, "_,", "!ValueError: Cannot specify both ',' and '_'."},
    {{'i', "5", 0}, ",,", "!ValueError: Cannot specify ',' with ','."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",,", "!ValueError: Cannot specify ',' with ','."},
    {{'s', "ab", 0}, ",,", "!ValueError: Cannot specify ',' with ','."},
    {{'i', "5", 0}, "__", "!ValueError: Cannot specify '_' with '_'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "__", "!ValueError: Cannot specify '_' with '_'."},
    {{'s', "ab", 0}, "__", "!ValueError: Cannot specify '_' with '_'."},
    {{'i', "5", 0}, ",x", "!ValueError: Cannot specify ',' with 'x'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",x", "!ValueError: Cannot specify ',' with 'x'."},
    {{'s', "ab", 0}, ",x", "!ValueError: Cannot specify ',' with 'x'."},
    {{'i', "5", 0}, "_x", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'s', "ab", 0}, "_x", "!ValueError: Unknown format code 'x' for object of type 'str'"},
    {{'i', "5", 0}, "_b", "101"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'s', "ab", 0}, "_b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'i', "5", 0}, "_o", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'s', "ab", 0}, "_o", "!ValueError: Unknown format code 'o' for object of type 'str'"},
    {{'i', "5", 0}, "_X", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'s', "ab", 0}, "_X", "!ValueError: Unknown format code 'X' for object of type 'str'"},
    {{'i', "5", 0}, ",b", "!ValueError: Cannot specify ',' with 'b'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",b", "!ValueError: Cannot specify ',' with 'b'."},
    {{'s', "ab", 0}, ",b", "!ValueError: Cannot specify ',' with 'b'."},
    {{'i', "5", 0}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'s', "ab", 0}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'i', "5", 0}, ",n", "!ValueError: Cannot specify ',' with 'n'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",n", "!ValueError: Cannot specify ',' with 'n'."},
    {{'s', "ab", 0}, ",n", "!ValueError: Cannot specify ',' with 'n'."},
    {{'i', "5", 0}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'s', "ab", 0}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'i', "5", 0}, "_c", "!ValueError: Cannot specify '_' with 'c'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_c", "!ValueError: Cannot specify '_' with 'c'."},
    {{'s', "ab", 0}, "_c", "!ValueError: Cannot specify '_' with 'c'."},
    {{'i', "5", 0}, ",s", "!ValueError: Cannot specify ',' with 's'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",s", "!ValueError: Cannot specify ',' with 's'."},
    {{'s', "ab", 0}, ",s", "!ValueError: Cannot specify ',' with 's'."},
    {{'i', "5", 0}, "_s", "!ValueError: Cannot specify '_' with 's'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_s", "!ValueError: Cannot specify '_' with 's'."},
    {{'s', "ab", 0}, "_s", "!ValueError: Cannot specify '_' with 's'."},
    {{'i', "5", 0}, ",%", "500.000000%"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",%", "150.000000%"},
    {{'s', "ab", 0}, ",%", "!ValueError: Unknown format code '%' for object of type 'str'"},
    {{'i', "5", 0}, "_e", "5.000000e+00"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_e", "1.500000e+00"},
    {{'s', "ab", 0}, "_e", "!ValueError: Unknown format code 'e' for object of type 'str'"},
    {{'i', "5", 0}, ",5", "!ValueError: Cannot specify ',' with '5'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",5", "!ValueError: Cannot specify ',' with '5'."},
    {{'s', "ab", 0}, ",5", "!ValueError: Cannot specify ',' with '5'."},
    {{'i', "5", 0}, "_5", "!ValueError: Cannot specify '_' with '5'."},
    {{'f', NULL, 0x3ff8000000000000ULL}, "_5", "!ValueError: Cannot specify '_' with '5'."},
    {{'s', "ab", 0}, "_5", "!ValueError: Cannot specify '_' with '5'."},
    {{'i', "5", 0}, "5,", "    5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "5,", "  1.5"},
    {{'s', "ab", 0}, "5,", "!ValueError: Cannot specify ',' with 's'."},
    {{'i', "5", 0}, "5_", "    5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "5_", "  1.5"},
    {{'s', "ab", 0}, "5_", "!ValueError: Cannot specify '_' with 's'."},
    {{'i', "5", 0}, ",.2", "!ValueError: Precision not allowed in integer format specifier"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",.2", "1.5"},
    {{'s', "ab", 0}, ",.2", "!ValueError: Cannot specify ',' with 's'."},
    {{'i', "5", 0}, ",.2f", "5.00"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",.2f", "1.50"},
    {{'s', "ab", 0}, ",.2f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', "5", 0}, ".2,", "!ValueError: Unknown format code ',' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".2,", "!ValueError: Unknown format code ',' for object of type 'float'"},
    {{'s', "ab", 0}, ".2,", "!ValueError: Unknown format code ',' for object of type 'str'"},
    {{'i', "5", 0}, ".2_", "!ValueError: Unknown format code '_' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".2_", "!ValueError: Unknown format code '_' for object of type 'float'"},
    {{'s', "ab", 0}, ".2_", "!ValueError: Unknown format code '_' for object of type 'str'"},
    {{'i', "5", 0}, ",f,", "!ValueError: Invalid format specifier ',f,' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",f,", "!ValueError: Invalid format specifier ',f,' for object of type 'float'"},
    {{'s', "ab", 0}, ",f,", "!ValueError: Invalid format specifier ',f,' for object of type 'str'"},
    {{'i', "5", 0}, "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'float'"},
    {{'s', "ab", 0}, "x,", "!ValueError: Invalid format specifier 'x,' for object of type 'str'"},
    {{'i', "5", 0}, ".,", "!ValueError: Format specifier missing precision"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".,", "!ValueError: Format specifier missing precision"},
    {{'s', "ab", 0}, ".,", "!ValueError: Format specifier missing precision"},
    {{'i', "5", 0}, ".2.3", "!ValueError: Invalid format specifier '.2.3' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".2.3", "!ValueError: Invalid format specifier '.2.3' for object of type 'float'"},
    {{'s', "ab", 0}, ".2.3", "!ValueError: Invalid format specifier '.2.3' for object of type 'str'"},
    {{'i', "5", 0}, ">>", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ">>", "1.5"},
    {{'s', "ab", 0}, ">>", "ab"},
    {{'i', "5", 0}, "<<5", "5<<<<"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "<<5", "1.5<<"},
    {{'s', "ab", 0}, "<<5", "ab<<<"},
    {{'i', "5", 0}, "a", "!ValueError: Unknown format code 'a' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "a", "!ValueError: Unknown format code 'a' for object of type 'float'"},
    {{'s', "ab", 0}, "a", "!ValueError: Unknown format code 'a' for object of type 'str'"},
    {{'i', "5", 0}, "ab", "!ValueError: Invalid format specifier 'ab' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "ab", "!ValueError: Invalid format specifier 'ab' for object of type 'float'"},
    {{'s', "ab", 0}, "ab", "!ValueError: Invalid format specifier 'ab' for object of type 'str'"},
    {{'i', "5", 0}, ".x", "!ValueError: Format specifier missing precision"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".x", "!ValueError: Format specifier missing precision"},
    {{'s', "ab", 0}, ".x", "!ValueError: Format specifier missing precision"},
    {{'i', "5", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "z", "1.5"},
    {{'s', "ab", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {{'i', "5", 0}, "zz", "!ValueError: Unknown format code 'z' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "zz", "!ValueError: Unknown format code 'z' for object of type 'float'"},
    {{'s', "ab", 0}, "zz", "!ValueError: Unknown format code 'z' for object of type 'str'"},
    {{'i', "5", 0}, "##", "!ValueError: Unknown format code '#' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "##", "!ValueError: Unknown format code '#' for object of type 'float'"},
    {{'s', "ab", 0}, "##", "!ValueError: Unknown format code '#' for object of type 'str'"},
    {{'i', "5", 0}, "++", "!ValueError: Unknown format code '+' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "++", "!ValueError: Unknown format code '+' for object of type 'float'"},
    {{'s', "ab", 0}, "++", "!ValueError: Unknown format code '+' for object of type 'str'"},
    {{'i', "5", 0}, "0", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "0", "1.5"},
    {{'s', "ab", 0}, "0", "ab"},
    {{'i', "5", 0}, "00", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "00", "1.5"},
    {{'s', "ab", 0}, "00", "ab"},
    {{'i', "5", 0}, "05", "00005"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "05", "001.5"},
    {{'s', "ab", 0}, "05", "ab000"},
    {{'i', "5", 0}, "=", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "=", "1.5"},
    {{'s', "ab", 0}, "=", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'i', "5", 0}, "x=", "5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "x=", "1.5"},
    {{'s', "ab", 0}, "x=", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'i', "5", 0}, "z#0", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "z#0", "1.5"},
    {{'s', "ab", 0}, "z#0", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {{'i', "5", 0}, "#z", "!ValueError: Unknown format code 'z' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "#z", "!ValueError: Unknown format code 'z' for object of type 'float'"},
    {{'s', "ab", 0}, "#z", "!ValueError: Unknown format code 'z' for object of type 'str'"},
    {{'i', "5", 0}, " z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'f', NULL, 0x3ff8000000000000ULL}, " z", " 1.5"},
    {{'s', "ab", 0}, " z", "!ValueError: Space not allowed in string format specifier"},
    {{'i', "5", 0}, "z ", "!ValueError: Unknown format code '\\x20' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "z ", "!ValueError: Unknown format code '\\x20' for object of type 'float'"},
    {{'s', "ab", 0}, "z ", "!ValueError: Unknown format code '\\x20' for object of type 'str'"},
    {{'i', "5", 0}, "+z#010,.2f", "+00,005.00"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "+z#010,.2f", "+00,001.50"},
    {{'s', "ab", 0}, "+z#010,.2f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', "5", 0}, "\177", "!ValueError: Unknown format code '\177' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "\177", "!ValueError: Unknown format code '\177' for object of type 'float'"},
    {{'s', "ab", 0}, "\177", "!ValueError: Unknown format code '\177' for object of type 'str'"},
    {{'i', "5", 0}, "\001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "\001", "!ValueError: Unknown format code '\\x1' for object of type 'float'"},
    {{'s', "ab", 0}, "\001", "!ValueError: Unknown format code '\\x1' for object of type 'str'"},
    {{'i', "5", 0}, "\341\210\264", "!ValueError: Unknown format code '\\x1234' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "\341\210\264", "!ValueError: Unknown format code '\\x1234' for object of type 'float'"},
    {{'s', "ab", 0}, "\341\210\264", "!ValueError: Unknown format code '\\x1234' for object of type 'str'"},
    {{'i', "5", 0}, "x'y", "!ValueError: Invalid format specifier 'x'y' for object of type 'int'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "x'y", "!ValueError: Invalid format specifier 'x'y' for object of type 'float'"},
    {{'s', "ab", 0}, "x'y", "!ValueError: Invalid format specifier 'x'y' for object of type 'str'"},
    {{'i', "5", 0}, "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'s', "ab", 0}, "99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'i', "5", 0}, ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'s', "ab", 0}, ".99999999999999999999", "!ValueError: Too many decimal digits in format string"},
    {{'i', "5", 0}, "=^10", "====5====="},
    {{'f', NULL, 0x3ff8000000000000ULL}, "=^10", "===1.5===="},
    {{'s', "ab", 0}, "=^10", "====ab===="},
    {{'i', "5", 0}, "\360\237\230\200^7", "\360\237\230\200\360\237\230\200\360\237\230\2005\360\237\230\200\360\237\230\200\360\237\230\200"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "\360\237\230\200^7", "\360\237\230\200\360\237\230\2001.5\360\237\230\200\360\237\230\200"},
    {{'s', "ab", 0}, "\360\237\230\200^7", "\360\237\230\200\360\237\230\200ab\360\237\230\200\360\237\230\200\360\237\230\200"},
    {{'i', "5", 0}, "\303\251>5", "\303\251\303\251\303\251\303\2515"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "\303\251>5", "\303\251\303\2511.5"},
    {{'s', "ab", 0}, "\303\251>5", "\303\251\303\251\303\251ab"},
    {{'b', "True", 0}, ",", "1"},
    {{'b', "True", 0}, "_x", "1"},
    {{'b', "True", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'b', "True", 0}, "05", "00001"},
    {{'b', "True", 0}, "c", "\001"},
    {{'b', "True", 0}, "s", "!ValueError: Unknown format code 's' for object of type 'bool'"},
    {{'b', "True", 0}, ".1f", "1.0"},
    {{'i', "1208925819614629174706176", 0}, ",", "1,208,925,819,614,629,174,706,176"},
    {{'i', "1208925819614629174706176", 0}, "_x", "1_0000_0000_0000_0000_0000"},
    {{'i', "1208925819614629174706176", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'i', "1208925819614629174706176", 0}, "05", "1208925819614629174706176"},
    {{'i', "1208925819614629174706176", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "1208925819614629174706176", 0}, "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'i', "1208925819614629174706176", 0}, ".1f", "1208925819614629174706176.0"},
    {{'i', "0", 0}, "o", "0"},
    {{'i', "0", 0}, "#o", "0o0"},
    {{'i', "0", 0}, "c", "\000"},
    {{'i', "0", 0}, "d", "0"},
    {{'i', "0", 0}, " d", " 0"},
    {{'i', "0", 0}, "010", "0000000000"},
    {{'i', "0", 0}, "010,", "00,000,000"},
    {{'i', "0", 0}, "_", "0"},
    {{'i', "0", 0}, "^+12", "     +0     "},
    {{'i', "0", 0}, "=+12", "+          0"},
    {{'i', "0", 0}, "*<10", "0*********"},
    {{'i', "0", 0}, "e", "0.000000e+00"},
    {{'i', "0", 0}, ".3%", "0.000%"},
    {{'i', "0", 0}, ".2f", "0.00"},
    {{'i', "0", 0}, "g", "0"},
    {{'i', "1", 0}, "#o", "0o1"},
    {{'i', "1", 0}, "c", "\001"},
    {{'i', "1", 0}, " d", " 1"},
    {{'i', "1", 0}, "010", "0000000001"},
    {{'i', "1", 0}, "e", "1.000000e+00"},
    {{'i', "1", 0}, ".3%", "100.000%"},
    {{'i', "-1", 0}, "b", "-1"},
    {{'i', "-1", 0}, "#b", "-0b1"},
    {{'i', "-1", 0}, "o", "-1"},
    {{'i', "-1", 0}, "x", "-1"},
    {{'i', "-1", 0}, "c", "!OverflowError: %c arg not in range(0x110000)"},
    {{'i', "-1", 0}, "+d", "-1"},
    {{'i', "-1", 0}, "*<10", "-1********"},
    {{'i', "-1", 0}, ".2f", "-1.00"},
    {{'i', "-1", 0}, "g", "-1"},
    {{'i', "42", 0}, "o", "52"},
    {{'i', "42", 0}, "#o", "0o52"},
    {{'i', "42", 0}, " d", " 42"},
    {{'i', "42", 0}, "^+12", "    +42     "},
    {{'i', "42", 0}, "*<10", "42********"},
    {{'i', "42", 0}, "e", "4.200000e+01"},
    {{'i', "42", 0}, ".3%", "4200.000%"},
    {{'i', "42", 0}, ".2f", "42.00"},
    {{'i', "42", 0}, "g", "42"},
    {{'i', "-42", 0}, "#o", "-0o52"},
    {{'i', "-42", 0}, "x", "-2a"},
    {{'i', "-42", 0}, "#X", "-0X2A"},
    {{'i', "-42", 0}, "+d", "-42"},
    {{'i', "-42", 0}, " d", "-42"},
    {{'i', "-42", 0}, "^+12", "    -42     "},
    {{'i', "-42", 0}, "*<10", "-42*******"},
    {{'i', "-42", 0}, ".3%", "-4200.000%"},
    {{'i', "-42", 0}, "g", "-42"},
    {{'i', "255", 0}, "b", "11111111"},
    {{'i', "255", 0}, "o", "377"},
    {{'i', "255", 0}, "#X", "0XFF"},
    {{'i', "255", 0}, "d", "255"},
    {{'i', "255", 0}, "+d", "+255"},
    {{'i', "255", 0}, "010", "0000000255"},
    {{'i', "255", 0}, "#_x", "0xff"},
    {{'i', "255", 0}, "=+12", "+        255"},
    {{'i', "255", 0}, ".3%", "25500.000%"},
    {{'i', "255", 0}, ".2f", "255.00"},
    {{'i', "255", 0}, "g", "255"},
    {{'i', "-255", 0}, "b", "-11111111"},
    {{'i', "-255", 0}, "o", "-377"},
    {{'i', "-255", 0}, "#X", "-0XFF"},
    {{'i', "-255", 0}, "n", "-255"},
    {{'i', "-255", 0}, "+d", "-255"},
    {{'i', "-255", 0}, "010", "-000000255"},
    {{'i', "-255", 0}, "_", "-255"},
    {{'i', "-255", 0}, "#_x", "-0xff"},
    {{'i', "65", 0}, "o", "101"},
    {{'i', "65", 0}, "x", "41"},
    {{'i', "65", 0}, "c", "A"},
    {{'i', "65", 0}, "d", "65"},
    {{'i', "65", 0}, "n", "65"},
    {{'i', "65", 0}, "010,", "00,000,065"},
    {{'i', "65", 0}, "_", "65"},
    {{'i', "65", 0}, "#_x", "0x41"},
    {{'i', "65", 0}, "=+12", "+         65"},
    {{'i', "65", 0}, ".3%", "6500.000%"},
    {{'i', "1234567", 0}, "b", "100101101011010000111"},
    {{'i', "1234567", 0}, "#b", "0b100101101011010000111"},
    {{'i', "1234567", 0}, "#o", "0o4553207"},
    {{'i', "1234567", 0}, "d", "1234567"},
    {{'i', "1234567", 0}, "n", "1234567"},
    {{'i', "1234567", 0}, "+d", "+1234567"},
    {{'i', "1234567", 0}, "=+12", "+    1234567"},
    {{'i', "1234567", 0}, "*<10", "1234567***"},
    {{'i', "1234567", 0}, ".3%", "123456700.000%"},
    {{'i', "-1234567", 0}, "o", "-4553207"},
    {{'i', "-1234567", 0}, "#o", "-0o4553207"},
    {{'i', "-1234567", 0}, "n", "-1234567"},
    {{'i', "-1234567", 0}, "010,", "-1,234,567"},
    {{'i', "-1234567", 0}, "#_x", "-0x12_d687"},
    {{'i', "-1234567", 0}, "=+12", "-    1234567"},
    {{'i', "9223372036854775808", 0}, "#X", "0X8000000000000000"},
    {{'i', "9223372036854775808", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "9223372036854775808", 0}, "d", "9223372036854775808"},
    {{'i', "9223372036854775808", 0}, " d", " 9223372036854775808"},
    {{'i', "9223372036854775808", 0}, "010,", "9,223,372,036,854,775,808"},
    {{'i', "9223372036854775808", 0}, ".3%", "922337203685477580800.000%"},
    {{'i', "9223372036854775808", 0}, ".2f", "9223372036854775808.00"},
    {{'i', "9223372036854775808", 0}, "g", "9.22337e+18"},
    {{'i', "-18446744073709551616", 0}, "#o", "-0o2000000000000000000000"},
    {{'i', "-18446744073709551616", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "-18446744073709551616", 0}, " d", "-18446744073709551616"},
    {{'i', "-18446744073709551616", 0}, "#_x", "-0x1_0000_0000_0000_0000"},
    {{'i', "-18446744073709551616", 0}, "=+12", "-18446744073709551616"},
    {{'i', "-18446744073709551616", 0}, "e", "-1.844674e+19"},
    {{'i', "-18446744073709551616", 0}, "g", "-1.84467e+19"},
    {{'i', "100000000000000000000", 0}, "#X", "0X56BC75E2D63100000"},
    {{'i', "100000000000000000000", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "100000000000000000000", 0}, "+d", "+100000000000000000000"},
    {{'i', "100000000000000000000", 0}, " d", " 100000000000000000000"},
    {{'i', "100000000000000000000", 0}, "_", "100_000_000_000_000_000_000"},
    {{'i', "-2503155504993241601315571986085849", 0}, "b", "-111101101101010010000111010011111101111100100000001111111010010100111110000010111111001111010000011011111011001"},
    {{'i', "-2503155504993241601315571986085849", 0}, "x", "-7b6a43a7ef901fd29f05f9e837d9"},
    {{'i', "-2503155504993241601315571986085849", 0}, "#X", "-0X7B6A43A7EF901FD29F05F9E837D9"},
    {{'i', "-2503155504993241601315571986085849", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "-2503155504993241601315571986085849", 0}, "n", "-2503155504993241601315571986085849"},
    {{'i', "-2503155504993241601315571986085849", 0}, "+d", "-2503155504993241601315571986085849"},
    {{'i', "-2503155504993241601315571986085849", 0}, "010", "-2503155504993241601315571986085849"},
    {{'i', "-2503155504993241601315571986085849", 0}, "_", "-2_503_155_504_993_241_601_315_571_986_085_849"},
    {{'i', "-2503155504993241601315571986085849", 0}, "#_x", "-0x7b6a_43a7_ef90_1fd2_9f05_f9e8_37d9"},
    {{'i', "-2503155504993241601315571986085849", 0}, "=+12", "-2503155504993241601315571986085849"},
    {{'i', "-2503155504993241601315571986085849", 0}, "e", "-2.503156e+33"},
    {{'i', "-2503155504993241601315571986085849", 0}, ".3%", "-250315550499324152185485252982996992.000%"},
    {{'i', "-2503155504993241601315571986085849", 0}, ".2f", "-2503155504993241614088572898377728.00"},
    {{'i', "1114111", 0}, "#b", "0b100001111111111111111"},
    {{'i', "1114111", 0}, "#X", "0X10FFFF"},
    {{'i', "1114111", 0}, "d", "1114111"},
    {{'i', "1114111", 0}, "n", "1114111"},
    {{'i', "1114111", 0}, "^+12", "  +1114111  "},
    {{'i', "1114111", 0}, "=+12", "+    1114111"},
    {{'i', "1114111", 0}, "*<10", "1114111***"},
    {{'i', "1114111", 0}, "e", "1.114111e+06"},
    {{'i', "1114111", 0}, ".3%", "111411100.000%"},
    {{'i', "1114111", 0}, ".2f", "1114111.00"},
    {{'i', "1114111", 0}, "g", "1.11411e+06"},
    {{'i', "1114112", 0}, "#o", "0o4200000"},
    {{'i', "1114112", 0}, "x", "110000"},
    {{'i', "1114112", 0}, "#X", "0X110000"},
    {{'i', "1114112", 0}, "n", "1114112"},
    {{'i', "1114112", 0}, "=+12", "+    1114112"},
    {{'i', "1114112", 0}, "*<10", "1114112***"},
    {{'i', "1114112", 0}, "e", "1.114112e+06"},
    {{'i', "1114112", 0}, ".2f", "1114112.00"},
    {{'b', "False", 0}, "b", "0"},
    {{'b', "False", 0}, "o", "0"},
    {{'b', "False", 0}, "d", "0"},
    {{'b', "False", 0}, "n", "0"},
    {{'b', "False", 0}, "+d", "+0"},
    {{'b', "False", 0}, " d", " 0"},
    {{'b', "False", 0}, "010", "0000000000"},
    {{'b', "False", 0}, "010,", "00,000,000"},
    {{'b', "False", 0}, "^+12", "     +0     "},
    {{'b', "False", 0}, "e", "0.000000e+00"},
    {{'b', "False", 0}, ".3%", "0.000%"},
    {{'b', "False", 0}, ".2f", "0.00"},
    {{'i', "1180591620717411303424", 0}, "c", "!OverflowError: Python int too large to convert to C long"},
    {{'i', "-1", 0}, "c", "!OverflowError: %c arg not in range(0x110000)"},
    {{'i', "65", 0}, "=5c", "    A"},
    {{'i', "65", 0}, "05c", "0000A"},
    {{'i', "65", 0}, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {{'i', "65", 0}, "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"},
    {{'i', "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", 0}, "f", "!OverflowError: int too large to convert to float"},
    {{'i', "7", 0}, "n", "7"},
    {{'i', "1234", 0}, "08,", "0,001,234"},
    {{'i', "1234", 0}, "09_", "0_001_234"},
    {{'i', "-1234", 0}, "010,", "-0,001,234"},
    {{'i', "123", 0}, "+010_", "+0_000_123"},
    {{'i', "-255", 0}, "#010X", "-0X00000FF"},
    {{'i', "100000000000000000000", 0}, "#_x", "0x5_6bc7_5e2d_6310_0000"},
    {{'f', NULL, 0x0000000000000000ULL}, "E", "0.000000E+00"},
    {{'f', NULL, 0x0000000000000000ULL}, ",.2f", "0.00"},
    {{'f', NULL, 0x0000000000000000ULL}, "+", "+0.0"},
    {{'f', NULL, 0x0000000000000000ULL}, "010.2f", "0000000.00"},
    {{'f', NULL, 0x0000000000000000ULL}, "^12.3e", " 0.000e+00  "},
    {{'f', NULL, 0x0000000000000000ULL}, "<", "0.0"},
    {{'f', NULL, 0x0000000000000000ULL}, "z", "0.0"},
    {{'f', NULL, 0x8000000000000000ULL}, "#.0f", "-0."},
    {{'f', NULL, 0x8000000000000000ULL}, " ", "-0.0"},
    {{'f', NULL, 0x8000000000000000ULL}, "f", "-0.000000"},
    {{'f', NULL, 0x8000000000000000ULL}, "z.1%", "0.0%"},
    {{'f', NULL, 0x8000000000000000ULL}, "#", "-0.0"},
    {{'f', NULL, 0x8000000000000000ULL}, "G", "-0"},
    {{'f', NULL, 0x8000000000000000ULL}, ",", "-0.0"},
    {{'f', NULL, 0x3ff0000000000000ULL}, "E", "1.000000E+00"},
    {{'f', NULL, 0x3ff0000000000000ULL}, "G", "1"},
    {{'f', NULL, 0x3ff0000000000000ULL}, "n", "1"},
    {{'f', NULL, 0x3ff0000000000000ULL}, "#.3g", "1.00"},
    {{'f', NULL, 0x3ff0000000000000ULL}, ".17", "1.0"},
    {{'f', NULL, 0x3ff0000000000000ULL}, ",", "1.0"},
    {{'f', NULL, 0x3ff0000000000000ULL}, ".0", "1e+00"},
    {{'f', NULL, 0xbff0000000000000ULL}, "#g", "-1.00000"},
    {{'f', NULL, 0xbff0000000000000ULL}, "z", "-1.0"},
    {{'f', NULL, 0xbff0000000000000ULL}, "G", "-1"},
    {{'f', NULL, 0xbff0000000000000ULL}, "z.1%", "-100.0%"},
    {{'f', NULL, 0xbff0000000000000ULL}, "+", "-1.0"},
    {{'f', NULL, 0xbff0000000000000ULL}, "<010", "-1.0000000"},
    {{'f', NULL, 0xbff0000000000000ULL}, "*>12g", "**********-1"},
    {{'f', NULL, 0x3fb999999999999aULL}, "f", "0.100000"},
    {{'f', NULL, 0x3fb999999999999aULL}, "z", "0.1"},
    {{'f', NULL, 0x3fb999999999999aULL}, "*>12g", "*********0.1"},
    {{'f', NULL, 0x3fb999999999999aULL}, "e", "1.000000e-01"},
    {{'f', NULL, 0x3fb999999999999aULL}, "z.0e", "1e-01"},
    {{'f', NULL, 0x3fb999999999999aULL}, "z.1f", "0.1"},
    {{'f', NULL, 0x3fb999999999999aULL}, ".1g", "0.1"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "<010", "1.50000000"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "#g", "1.50000"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".3", "1.5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".0", "2e+00"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "<", "1.5"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",.2f", "1.50"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ",", "1.5"},
    {{'f', NULL, 0x4004000000000000ULL}, "#.3g", "2.50"},
    {{'f', NULL, 0x4004000000000000ULL}, "+", "+2.5"},
    {{'f', NULL, 0x4004000000000000ULL}, "<010", "2.50000000"},
    {{'f', NULL, 0x4004000000000000ULL}, ".17", "2.5"},
    {{'f', NULL, 0x4004000000000000ULL}, ".0", "2e+00"},
    {{'f', NULL, 0x4004000000000000ULL}, "#.0f", "2."},
    {{'f', NULL, 0x4004000000000000ULL}, "G", "2.5"},
    {{'f', NULL, 0xc004000000000000ULL}, " ", "-2.5"},
    {{'f', NULL, 0xc004000000000000ULL}, ",", "-2.5"},
    {{'f', NULL, 0xc004000000000000ULL}, "020,.2f", "-0,000,000,000,002.50"},
    {{'f', NULL, 0xc004000000000000ULL}, "E", "-2.500000E+00"},
    {{'f', NULL, 0xc004000000000000ULL}, "z", "-2.5"},
    {{'f', NULL, 0xc004000000000000ULL}, ".17", "-2.5"},
    {{'f', NULL, 0xc004000000000000ULL}, "e", "-2.500000e+00"},
    {{'f', NULL, 0x3fc0000000000000ULL}, "#.3g", "0.125"},
    {{'f', NULL, 0x3fc0000000000000ULL}, "%", "12.500000%"},
    {{'f', NULL, 0x3fc0000000000000ULL}, "z", "0.125"},
    {{'f', NULL, 0x3fc0000000000000ULL}, "e", "1.250000e-01"},
    {{'f', NULL, 0x3fc0000000000000ULL}, ".20", "0.125"},
    {{'f', NULL, 0x3fc0000000000000ULL}, ".0f", "0"},
    {{'f', NULL, 0x3fc0000000000000ULL}, "E", "1.250000E-01"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "z", "0.375"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "F", "0.375000"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "<010", "0.37500000"},
    {{'f', NULL, 0x3fd8000000000000ULL}, ",.2f", "0.38"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "_", "0.375"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "+z#010,.2f", "+00,000.38"},
    {{'f', NULL, 0x3fd8000000000000ULL}, "G", "0.375"},
    {{'f', NULL, 0x4341c37937e08000ULL}, ".20", "10000000000000000.0"},
    {{'f', NULL, 0x4341c37937e08000ULL}, "#.0e", "1.e+16"},
    {{'f', NULL, 0x4341c37937e08000ULL}, ".20g", "10000000000000000"},
    {{'f', NULL, 0x4341c37937e08000ULL}, "#", "1.e+16"},
    {{'f', NULL, 0x4341c37937e08000ULL}, "^12.3e", " 1.000e+16  "},
    {{'f', NULL, 0x4341c37937e08000ULL}, ".0g", "1e+16"},
    {{'f', NULL, 0x4341c37937e08000ULL}, ".1g", "1e+16"},
    {{'f', NULL, 0x430c6bf526340000ULL}, ".20f", "1000000000000000.00000000000000000000"},
    {{'f', NULL, 0x430c6bf526340000ULL}, "#.0f", "1000000000000000."},
    {{'f', NULL, 0x430c6bf526340000ULL}, "010", "1000000000000000.0"},
    {{'f', NULL, 0x430c6bf526340000ULL}, "*>12g", "*******1e+15"},
    {{'f', NULL, 0x430c6bf526340000ULL}, "#.0e", "1.e+15"},
    {{'f', NULL, 0x430c6bf526340000ULL}, "^12.3e", " 1.000e+15  "},
    {{'f', NULL, 0x430c6bf526340000ULL}, ".0f", "1000000000000000"},
    {{'f', NULL, 0x419d6f3454000000ULL}, ".0e", "1e+08"},
    {{'f', NULL, 0x419d6f3454000000ULL}, "010.2f", "123456789.00"},
    {{'f', NULL, 0x419d6f3454000000ULL}, "010", "123456789.0"},
    {{'f', NULL, 0x419d6f3454000000ULL}, ",.2f", "123,456,789.00"},
    {{'f', NULL, 0x419d6f3454000000ULL}, "<", "123456789.0"},
    {{'f', NULL, 0x419d6f3454000000ULL}, "#.0f", "123456789."},
    {{'f', NULL, 0x419d6f3454000000ULL}, "#g", "1.23457e+08"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "n", "1e-05"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "%", "0.001000%"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "#", "1.e-05"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, ".3", "1e-05"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "010", "000001e-05"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "", "1e-05"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, "010.2f", "0000000.00"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "+", "+0.0001"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, ".0e", "1e-04"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "#.0e", "1.e-04"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "<010", "0.00010000"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "z.1f", "0.0"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "010.2f", "0000000.00"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, "#g", "0.000100000"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, "#g", "1.00000e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, ".0g", "1e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, ".3", "1e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, ".20e", "1.00000000000000005250e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, " ", " 1e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, "z.0e", "1e+300"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, "G", "1E+300"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, ",.2f", "0.00"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, "=+12.4", "+     1e-300"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, "*>12g", "******1e-300"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, "^12.3e", " 1.000e-300 "},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, "G", "1E-300"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, "%", "0.000000%"},
    {{'f', NULL, 0x01a56e1fc2f8f359ULL}, ".3", "1e-300"},
    {{'f', NULL, 0x0000000000000001ULL}, "%", "0.000000%"},
    {{'f', NULL, 0x0000000000000001ULL}, ".1g", "5e-324"},
    {{'f', NULL, 0x0000000000000001ULL}, "n", "4.94066e-324"},
    {{'f', NULL, 0x0000000000000001ULL}, ",", "5e-324"},
    {{'f', NULL, 0x0000000000000001ULL}, "#", "5.e-324"},
    {{'f', NULL, 0x0000000000000001ULL}, "#.0e", "5.e-324"},
    {{'f', NULL, 0x0000000000000001ULL}, ".2%", "0.00%"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "n", "inf"},
    {{'f', NULL, 0x7ff0000000000000ULL}, ".0", "inf"},
    {{'f', NULL, 0x7ff0000000000000ULL}, " ", " inf"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "E", "INF"},
    {{'f', NULL, 0x7ff0000000000000ULL}, ",", "inf"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "+z#010,.2f", "+000000inf"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "<010", "inf0000000"},
    {{'f', NULL, 0xfff0000000000000ULL}, ".0e", "-inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, "z.0e", "-inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, "G", "-INF"},
    {{'f', NULL, 0xfff0000000000000ULL}, ".20", "-inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, ".20g", "-inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, "#g", "-inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, "", "-inf"},
    {{'f', NULL, 0x7ff8000000000000ULL}, ".1", "nan"},
    {{'f', NULL, 0x7ff8000000000000ULL}, ".0f", "nan"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "_", "nan"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "#.0f", "nan"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "^12.3e", "    nan     "},
    {{'f', NULL, 0x7ff8000000000000ULL}, "<", "nan"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "=+12.4", "+        nan"},
    {{'f', NULL, 0xfff8000000000000ULL}, "F", "NAN"},
    {{'f', NULL, 0xfff8000000000000ULL}, "f", "nan"},
    {{'f', NULL, 0xfff8000000000000ULL}, ".2%", "nan%"},
    {{'f', NULL, 0xfff8000000000000ULL}, "_", "nan"},
    {{'f', NULL, 0xfff8000000000000ULL}, "#g", "nan"},
    {{'f', NULL, 0xfff8000000000000ULL}, "z.1%", "nan%"},
    {{'f', NULL, 0xfff8000000000000ULL}, ",", "nan"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "z", "3.14159"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "=+12.4", "+      3.142"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "010.2f", "0000003.14"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "+", "+3.14159"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "F", "3.141590"},
    {{'f', NULL, 0x400921f9f01b866eULL}, ".0e", "3e+00"},
    {{'f', NULL, 0x400921f9f01b866eULL}, "#g", "3.14159"},
    {{'f', NULL, 0x3fe5555555555555ULL}, ",", "0.6666666666666666"},
    {{'f', NULL, 0x3fe5555555555555ULL}, ".0", "0.7"},
    {{'f', NULL, 0x3fe5555555555555ULL}, ".1g", "0.7"},
    {{'f', NULL, 0x3fe5555555555555ULL}, ",.2f", "0.67"},
    {{'f', NULL, 0x3fe5555555555555ULL}, "n", "0.666667"},
    {{'f', NULL, 0x3fe5555555555555ULL}, " ", " 0.6666666666666666"},
    {{'f', NULL, 0x3fe5555555555555ULL}, "f", "0.666667"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, "E", "9.995000E+00"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, "#.3g", "9.99"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, ".1", "1e+01"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, "%", "999.500000%"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, "^12.3e", " 9.995e+00  "},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, "#.0e", "1.e+01"},
    {{'f', NULL, 0x4023fd70a3d70a3dULL}, ".0g", "1e+01"},
    {{'f', NULL, 0x3fe0000000000000ULL}, "#", "0.5"},
    {{'f', NULL, 0x3fe0000000000000ULL}, ".2%", "50.00%"},
    {{'f', NULL, 0x3fe0000000000000ULL}, ".0e", "5e-01"},
    {{'f', NULL, 0x3fe0000000000000ULL}, "G", "0.5"},
    {{'f', NULL, 0x3fe0000000000000ULL}, "g", "0.5"},
    {{'f', NULL, 0x3fe0000000000000ULL}, ".1g", "0.5"},
    {{'f', NULL, 0x3fe0000000000000ULL}, "020,.2f", "0,000,000,000,000.50"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "E", "1.000000E+22"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "^12.3e", " 1.000e+22  "},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, ".20f", "10000000000000000000000.00000000000000000000"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "+z#010,.2f", "+10,000,000,000,000,000,000,000.00"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "n", "1e+22"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "z.1%", "999999999999999983222784.0%"},
    {{'f', NULL, 0x4480f0cf064dd592ULL}, "f", "10000000000000000000000.000000"},
    {{'f', NULL, 0x7fefffffffffffffULL}, ".2%", "inf%"},
    {{'f', NULL, 0x7fefffffffffffffULL}, "#.0e", "2.e+308"},
    {{'f', NULL, 0x7fefffffffffffffULL}, "", "1.7976931348623157e+308"},
    {{'f', NULL, 0x7fefffffffffffffULL}, "z.1%", "inf%"},
    {{'f', NULL, 0x7fefffffffffffffULL}, "n", "1.79769e+308"},
    {{'f', NULL, 0x7fefffffffffffffULL}, "^12.3e", " 1.798e+308 "},
    {{'f', NULL, 0x7fefffffffffffffULL}, "#.0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368."},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, "<010", "12345.6780"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, "#g", "12345.7"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, ",", "12,345.678"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, "%", "1234567.800000%"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, "F", "12345.678000"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, ".20f", "12345.67799999999988358468"},
    {{'f', NULL, 0x40c81cd6c8b43958ULL}, "g", "12345.7"},
    {{'f', NULL, 0x4058e00000000000ULL}, "g", "99.5"},
    {{'f', NULL, 0x4058e00000000000ULL}, "020,.2f", "0,000,000,000,099.50"},
    {{'f', NULL, 0x4058e00000000000ULL}, ".0", "1e+02"},
    {{'f', NULL, 0x4058e00000000000ULL}, "<", "99.5"},
    {{'f', NULL, 0x4058e00000000000ULL}, "#.3g", "99.5"},
    {{'f', NULL, 0x4058e00000000000ULL}, "+z#010,.2f", "+00,099.50"},
    {{'f', NULL, 0x4058e00000000000ULL}, ",", "99.5"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "F", "-0.000000"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, ",", "-1e-10"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "G", "-1E-10"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "g", "-1e-10"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "#", "-1.e-10"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "*>12g", "******-1e-10"},
    {{'f', NULL, 0xbddb7cdfd9d7bdbbULL}, "E", "-1.000000E-10"},
    {{'f', NULL, 0x4351c37937e08002ULL}, ".20g", "20000000000000008"},
    {{'f', NULL, 0x4351c37937e08002ULL}, ".20", "20000000000000008.0"},
    {{'f', NULL, 0x4351c37937e08002ULL}, "+", "+2.000000000000001e+16"},
    {{'f', NULL, 0x4351c37937e08002ULL}, "#g", "2.00000e+16"},
    {{'f', NULL, 0x4351c37937e08002ULL}, ".1", "2e+16"},
    {{'f', NULL, 0x4351c37937e08002ULL}, "G", "2E+16"},
    {{'f', NULL, 0x4351c37937e08002ULL}, "^12.3e", " 2.000e+16  "},
    {{'f', NULL, 0x40934a0000000000ULL}, ".0", "1e+03"},
    {{'f', NULL, 0x40934a0000000000ULL}, "", "1234.5"},
    {{'f', NULL, 0x40934a0000000000ULL}, "#g", "1234.50"},
    {{'f', NULL, 0x40934a0000000000ULL}, "<", "1234.5"},
    {{'f', NULL, 0x40934a0000000000ULL}, ".20e", "1.23450000000000000000e+03"},
    {{'f', NULL, 0x40934a0000000000ULL}, "#.3g", "1.23e+03"},
    {{'f', NULL, 0x40934a0000000000ULL}, "010.2f", "0001234.50"},
    {{'f', NULL, 0x3fa999999999999aULL}, ".1", "0.05"},
    {{'f', NULL, 0x3fa999999999999aULL}, "F", "0.050000"},
    {{'f', NULL, 0x3fa999999999999aULL}, " ", " 0.05"},
    {{'f', NULL, 0x3fa999999999999aULL}, "+z#010,.2f", "+00,000.05"},
    {{'f', NULL, 0x3fa999999999999aULL}, "<", "0.05"},
    {{'f', NULL, 0x3fa999999999999aULL}, "z.1%", "5.0%"},
    {{'f', NULL, 0x3fa999999999999aULL}, ".0e", "5e-02"},
    {{'f', NULL, 0x405ec00000000000ULL}, ".3", "1.23e+02"},
    {{'f', NULL, 0x4028000000000000ULL}, ".3", "12.0"},
    {{'f', NULL, 0x3ff0000000000000ULL}, ".0", "1e+00"},
    {{'f', NULL, 0x4341c37937e08000ULL}, "#", "1.e+16"},
    {{'f', NULL, 0x3e7ad7f29abcaf48ULL}, "#", "1.e-07"},
    {{'f', NULL, 0x4341c37937e08000ULL}, ">8", "   1e+16"},
    {{'f', NULL, 0x3f1a36e2eb1c432dULL}, ".3", "0.0001"},
    {{'f', NULL, 0x3ee4f8b588e368f1ULL}, ".3", "1e-05"},
    {{'f', NULL, 0x437b69b4ba630f35ULL}, ".20", "123456789012345680.0"},
    {{'f', NULL, 0x3fb999999999999aULL}, ".100f", "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"},
    {{'f', NULL, 0x7e37e43c8800759cULL}, ",f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "+", "+nan"},
    {{'f', NULL, 0xfff8000000000000ULL}, "+f", "+nan"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "010", "0000000inf"},
    {{'f', NULL, 0xfff0000000000000ULL}, "z", "-inf"},
    {{'f', NULL, 0x7ff8000000000000ULL}, "F", "NAN"},
    {{'f', NULL, 0x7ff0000000000000ULL}, "E", "INF"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, "s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'f', NULL, 0x3ff8000000000000ULL}, ".2147483648f", "!ValueError: precision too big"},
    {{'s', "", 0}, "s", ""},
    {{'s', "", 0}, "5", "     "},
    {{'s', "", 0}, "<5", "     "},
    {{'s', "", 0}, ">5", "     "},
    {{'s', "", 0}, "^6", "      "},
    {{'s', "", 0}, "*^7", "*******"},
    {{'s', "", 0}, ".2", ""},
    {{'s', "", 0}, ".0", ""},
    {{'s', "", 0}, "05", "00000"},
    {{'s', "", 0}, "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {{'s', "", 0}, "+", "!ValueError: Sign not allowed in string format specifier"},
    {{'s', "", 0}, "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {{'s', "", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {{'s', "", 0}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'s', "a", 0}, "<5", "a    "},
    {{'s', "a", 0}, ">5", "    a"},
    {{'s', "a", 0}, "^5", "  a  "},
    {{'s', "a", 0}, ".0", ""},
    {{'s', "a", 0}, "10.2", "a         "},
    {{'s', "a", 0}, "05", "a0000"},
    {{'s', "a", 0}, "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {{'s', "a", 0}, "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {{'s', "abc", 0}, "", "abc"},
    {{'s', "abc", 0}, "5", "abc  "},
    {{'s', "abc", 0}, ">5", "  abc"},
    {{'s', "abc", 0}, "^5", " abc "},
    {{'s', "abc", 0}, "^6", " abc  "},
    {{'s', "abc", 0}, "*^7", "**abc**"},
    {{'s', "abc", 0}, ".0", ""},
    {{'s', "abc", 0}, "05", "abc00"},
    {{'s', "abc", 0}, "0>5", "00abc"},
    {{'s', "abc", 0}, "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {{'s', "abc", 0}, " ", "!ValueError: Space not allowed in string format specifier"},
    {{'s', "abc", 0}, "+", "!ValueError: Sign not allowed in string format specifier"},
    {{'s', "abc", 0}, "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
    {{'s', "abc", 0}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'s', "h\303\251llo", 0}, "5", "h\303\251llo"},
    {{'s', "h\303\251llo", 0}, "<5", "h\303\251llo"},
    {{'s', "h\303\251llo", 0}, ".2", "h\303\251"},
    {{'s', "h\303\251llo", 0}, "05", "h\303\251llo"},
    {{'s', "h\303\251llo", 0}, "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {{'s', "h\303\251llo", 0}, "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {{'s', "h\303\251llo", 0}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "s", "\346\227\245\346\234\254\350\252\236"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "5", "\346\227\245\346\234\254\350\252\236  "},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "^5", " \346\227\245\346\234\254\350\252\236 "},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "^6", " \346\227\245\346\234\254\350\252\236  "},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "*^7", "**\346\227\245\346\234\254\350\252\236**"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, ".2", "\346\227\245\346\234\254"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "05", "\346\227\245\346\234\254\350\252\23600"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "0>5", "00\346\227\245\346\234\254\350\252\236"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "+", "!ValueError: Sign not allowed in string format specifier"},
    {{'s', "\346\227\245\346\234\254\350\252\236", 0}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'s', "\360\237\230\200x", 0}, "", "\360\237\230\200x"},
    {{'s', "\360\237\230\200x", 0}, "5", "\360\237\230\200x   "},
    {{'s', "\360\237\230\200x", 0}, "<5", "\360\237\230\200x   "},
    {{'s', "\360\237\230\200x", 0}, ">5", "   \360\237\230\200x"},
    {{'s', "\360\237\230\200x", 0}, "^5", " \360\237\230\200x  "},
    {{'s', "\360\237\230\200x", 0}, "*^7", "**\360\237\230\200x***"},
    {{'s', "\360\237\230\200x", 0}, ".0", ""},
    {{'s', "\360\237\230\200x", 0}, "10.2", "\360\237\230\200x        "},
    {{'s', "\360\237\230\200x", 0}, "05", "\360\237\230\200x000"},
    {{'s', "\360\237\230\200x", 0}, "\360\237\230\200<4", "\360\237\230\200x\360\237\230\200\360\237\230\200"},
    {{'s', "\360\237\230\200x", 0}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
};

static const PercentCase percent_cases[] = {
    {"%s", true, 1, {{'s', "x", 0}}, "x"},
    {"%5.2f|%-6d|%s|%r|%x|%#o|%c", true, 7, {{'f', NULL, 0x400921f9f01b866eULL}, {'i', "42", 0}, {'s', "hi", 0}, {'s', "hi", 0}, {'i', "255", 0}, {'i', "8", 0}, {'i', "65", 0}}, " 3.14|42    |hi|'hi'|ff|0o10|A"},
    {"%d", true, 1, {{'f', NULL, 0x400d99999999999aULL}}, "3"},
    {"%i", true, 1, {{'f', NULL, 0xbfe0000000000000ULL}}, "0"},
    {"%u", true, 1, {{'b', "True", 0}}, "1"},
    {"%x", true, 1, {{'f', NULL, 0x4008000000000000ULL}}, "!TypeError: %x format: an integer is required, not float"},
    {"%d", true, 1, {{'s', "x", 0}}, "!TypeError: %d format: a real number is required, not str"},
    {"%f", true, 1, {{'s', "x", 0}}, "!TypeError: must be real number, not str"},
    {"%05d", true, 1, {{'i', "-42", 0}}, "-0042"},
    {"%-05d|", true, 1, {{'i', "3", 0}}, "3    |"},
    {"%+d % d", true, 2, {{'i', "5", 0}, {'i', "5", 0}}, "+5  5"},
    {"%#x %#X %#o", true, 3, {{'i', "255", 0}, {'i', "255", 0}, {'i', "8", 0}}, "0xff 0XFF 0o10"},
    {"%#010x", true, 1, {{'i', "255", 0}}, "0x000000ff"},
    {"%#10x", true, 1, {{'i', "-255", 0}}, "     -0xff"},
    {"%.5d", true, 1, {{'i', "-42", 0}}, "-00042"},
    {"%#.5x", true, 1, {{'i', "255", 0}}, "0x000ff"},
    {"%10.3s|", true, 1, {{'s', "abcdef", 0}}, "       abc|"},
    {"%-10r|", true, 1, {{'s', "a", 0}}, "'a'       |"},
    {"%a", true, 1, {{'s', "\303\251", 0}}, "'\\xe9'"},
    {"%c%c", true, 2, {{'s', "\303\251", 0}, {'i', "128512", 0}}, "\303\251\360\237\230\200"},
    {"%c", true, 1, {{'s', "ab", 0}}, "!TypeError: %c requires int or char"},
    {"%c", true, 1, {{'f', NULL, 0x3ff8000000000000ULL}}, "!TypeError: %c requires int or char"},
    {"%c", true, 1, {{'i', "-1", 0}}, "!OverflowError: %c arg not in range(0x110000)"},
    {"%c", true, 1, {{'i', "1180591620717411303424", 0}}, "!OverflowError: %c arg not in range(0x110000)"},
    {"%e %E", true, 2, {{'f', NULL, 0x40c81cd6c8b43958ULL}, {'f', NULL, 0x3f1a36e2eb1c432dULL}}, "1.234568e+04 1.000000E-04"},
    {"%g %G", true, 2, {{'f', NULL, 0x3ee4f8b588e368f1ULL}, {'f', NULL, 0x4341c37937e08000ULL}}, "1e-05 1E+16"},
    {"%#g", true, 1, {{'f', NULL, 0x3ff0000000000000ULL}}, "1.00000"},
    {"%#.0f", true, 1, {{'f', NULL, 0x4000000000000000ULL}}, "2."},
    {"%.0e", true, 1, {{'f', NULL, 0x40c81c8000000000ULL}}, "1e+04"},
    {"%f", true, 1, {{'f', NULL, 0x7ff0000000000000ULL}}, "inf"},
    {"%08.2f", true, 1, {{'f', NULL, 0xc00921f9f01b866eULL}}, "-0003.14"},
    {"%+.1f", true, 1, {{'f', NULL, 0x7ff8000000000000ULL}}, "+nan"},
    {"% 010.3e", true, 1, {{'f', NULL, 0x40934a0000000000ULL}}, " 1.234e+03"},
    {"%-+8.2f|", true, 1, {{'f', NULL, 0x4004000000000000ULL}}, "+2.50   |"},
    {"%y", true, 1, {{'i', "1", 0}}, "!ValueError: unsupported format character 'y' (0x79) at index 1"},
    {"%\303\251", true, 1, {{'i', "1", 0}}, "!ValueError: unsupported format character '\?' (0xe9) at index 1"},
    {"ab%y", true, 0, {{0, NULL, 0}}, "!TypeError: not enough arguments for format string"},
    {"abc%", true, 0, {{0, NULL, 0}}, "!ValueError: incomplete format"},
    {"%5", true, 1, {{'i', "1", 0}}, "!ValueError: incomplete format"},
    {"%.", true, 1, {{'i', "1", 0}}, "!ValueError: incomplete format"},
    {"%s %s", true, 1, {{'i', "1", 0}}, "!TypeError: not enough arguments for format string"},
    {"%s", true, 2, {{'i', "1", 0}, {'i', "2", 0}}, "!TypeError: not all arguments converted during string formatting"},
    {"%%", true, 0, {{0, NULL, 0}}, "%"},
    {"%%%s%%", true, 1, {{'s', "x", 0}}, "%x%"},
    {"%*d|%-*d|", true, 4, {{'i', "5", 0}, {'i', "1", 0}, {'i', "5", 0}, {'i', "2", 0}}, "    1|2    |"},
    {"%*d", true, 2, {{'i', "-4", 0}, {'i', "7", 0}}, "7   "},
    {"%.*f", true, 2, {{'i', "2", 0}, {'f', NULL, 0x400921f9f01b866eULL}}, "3.14"},
    {"%.*f", true, 2, {{'i', "-3", 0}, {'f', NULL, 0x400921f9f01b866eULL}}, "3"},
    {"%*d", true, 2, {{'s', "a", 0}, {'i', "1", 0}}, "!TypeError: * wants int"},
    {"%ld %hd %Lf", true, 3, {{'i', "1", 0}, {'i', "2", 0}, {'f', NULL, 0x4008000000000000ULL}}, "1 2 3.000000"},
    {"%d", true, 1, {{'f', NULL, 0x7ff0000000000000ULL}}, "!OverflowError: cannot convert float infinity to integer"},
    {"%d", true, 1, {{'f', NULL, 0x7ff8000000000000ULL}}, "!ValueError: cannot convert float NaN to integer"},
    {"%s", true, 1, {{'i', "1267650600228229401496703205376", 0}}, "1267650600228229401496703205376"},
    {"%d", true, 1, {{'i', "-1267650600228229401496703205376", 0}}, "-1267650600228229401496703205376"},
    {"%x", true, 1, {{'i', "1267650600228229401496703205376", 0}}, "10000000000000000000000000"},
    {"%o", true, 1, {{'i', "-1237940039285380274899124224", 0}}, "-1000000000000000000000000000000"},
    {"%s|%r", true, 2, {{'n', NULL, 0}, {'n', NULL, 0}}, "None|None"},
    {"%d", true, 1, {{'l', NULL, 0}}, "!TypeError: %d format: a real number is required, not list"},
    {"%x", true, 1, {{'s', "a", 0}}, "!TypeError: %x format: an integer is required, not str"},
    {"%s", false, 1, {{'s', "x", 0}}, "x"},
    {"%s", false, 1, {{'L', NULL, 0}}, "[1, 2]"},
    {"x", false, 1, {{'i', "5", 0}}, "!TypeError: not all arguments converted during string formatting"},
    {"x", false, 1, {{'l', NULL, 0}}, "x"},
    {"x", false, 1, {{'d', NULL, 0}}, "x"},
    {"x", false, 1, {{'s', "abc", 0}}, "!TypeError: not all arguments converted during string formatting"},
    {"%(a)s-%(b)05d", false, 1, {{'D', "a=1;b=-42", 0}}, "1--0042"},
    {"%(a)s", false, 1, {{'i', "5", 0}}, "!TypeError: format requires a mapping"},
    {"%(a", false, 1, {{'D', "a=1", 0}}, "!ValueError: incomplete format key"},
    {"%(a)", false, 1, {{'D', "a=1", 0}}, "!ValueError: incomplete format"},
    {"%(a)s", false, 1, {{'d', NULL, 0}}, "!KeyError: 'a'"},
    {"%(a)s %s", false, 1, {{'D', "a=1", 0}}, "!TypeError: not enough arguments for format string"},
    {"%s %(a)s", false, 1, {{'D', "a=1", 0}}, "{'a': 1} 1"},
    {"%((a))s", false, 1, {{'D', "(a)=2", 0}}, "2"},
    {"%(a)*d", false, 1, {{'D', "a=3", 0}}, "!TypeError: not enough arguments for format string"},
    {"%d", false, 1, {{'i', "7", 0}}, "7"},
    {"%r", false, 1, {{'s', "q", 0}}, "'q'"},
};

static const StrFormatCase str_format_cases[] = {
    {"{} {}", 2, {{'i', "1", 0}, {'s', "a", 0}}, "1 a"},
    {"{1}{0}", 2, {{'s', "a", 0}, {'s', "b", 0}}, "ba"},
    {"{0}{}", 2, {{'i', "1", 0}, {'i', "2", 0}}, "!ValueError: cannot switch from manual field specification to automatic field numbering"},
    {"{}{0}", 2, {{'i', "1", 0}, {'i', "2", 0}}, "!ValueError: cannot switch from automatic field numbering to manual field specification"},
    {"{}{}", 1, {{'i', "1", 0}}, "!IndexError: Replacement index 1 out of range for positional args tuple"},
    {"{0}", 0, {{0, NULL, 0}}, "!IndexError: Replacement index 0 out of range for positional args tuple"},
    {"{{}} {{{0}}}", 1, {{'i', "5", 0}}, "{} {5}"},
    {"{:{}}", 2, {{'i', "1", 0}, {'i', "5", 0}}, "    1"},
    {"{0:{1}.{2}f}", 3, {{'f', NULL, 0x400921f9f01b866eULL}, {'i', "10", 0}, {'i', "3", 0}}, "     3.142"},
    {"{:{}{}}", 3, {{'s', "ab", 0}, {'s', ">", 0}, {'i', "6", 0}}, "    ab"},
    {"{:{:{}}}", 3, {{'i', "1", 0}, {'i', "2", 0}, {'i', "3", 0}}, "!ValueError: Max string recursion exceeded"},
    {"{!r:^9}", 1, {{'s', "ab", 0}}, "  'ab'   "},
    {"{!a}", 1, {{'s', "\303\251", 0}}, "'\\xe9'"},
    {"{!s:>5}", 1, {{'i', "1", 0}}, "    1"},
    {"{!x}", 1, {{'i', "1", 0}}, "!ValueError: Unknown conversion specifier x"},
    {"{!}", 1, {{'i', "1", 0}}, "!ValueError: unmatched '{' in format spec"},
    {"{!", 1, {{'i', "1", 0}}, "!ValueError: end of string while looking for conversion specifier"},
    {"{0!rr}", 1, {{'i', "1", 0}}, "!ValueError: expected ':' after conversion specifier"},
    {"{!r", 1, {{'i', "1", 0}}, "!ValueError: unmatched '{' in format spec"},
    {"{", 1, {{'i', "1", 0}}, "!ValueError: Single '{' encountered in format string"},
    {"}", 1, {{'i', "1", 0}}, "!ValueError: Single '}' encountered in format string"},
    {"a}b", 1, {{'i', "1", 0}}, "!ValueError: Single '}' encountered in format string"},
    {"{0", 1, {{'i', "1", 0}}, "!ValueError: expected '}' before end of string"},
    {"{0[}", 1, {{'i', "1", 0}}, "!ValueError: expected '}' before end of string"},
    {"{0.}", 1, {{'i', "1", 0}}, "!ValueError: Empty attribute in format string"},
    {"{0[]}", 1, {{'L', NULL, 0}}, "!ValueError: Empty attribute in format string"},
    {"{0]}", 1, {{'i', "1", 0}}, "!KeyError: '0]'"},
    {"{a{}", 1, {{'i', "1", 0}}, "!ValueError: unexpected '{' in field name"},
    {"{:{}", 1, {{'i', "1", 0}}, "!ValueError: unmatched '{' in format spec"},
    {"{0[1]x}", 1, {{'L', NULL, 0}}, "!ValueError: Only '.' or '[' may follow ']' in format field specifier"},
    {"{0..a}", 1, {{'i', "1", 0}}, "!ValueError: Empty attribute in format string"},
    {"{0.real}", 1, {{'i', "3", 0}}, "3"},
    {"{0.imag:+}", 1, {{'f', NULL, 0x4004000000000000ULL}}, "+0.0"},
    {"{0.nope}", 1, {{'i', "3", 0}}, "!AttributeError: 'int' object has no attribute 'nope'"},
    {"{0[1]}", 1, {{'s', "xyz", 0}}, "y"},
    {"{0[5]}", 1, {{'s', "xyz", 0}}, "!IndexError: string index out of range"},
    {"{0[-1]}", 1, {{'s', "xyz", 0}}, "!TypeError: string indices must be integers, not 'str'"},
    {"{00}", 1, {{'i', "4", 0}}, "4"},
    {"{ 0}", 1, {{'i', "4", 0}}, "!KeyError: ' 0'"},
    {"{a}", 1, {{'i', "1", 0}}, "!KeyError: 'a'"},
    {"{99999999999999999999}", 1, {{'i', "1", 0}}, "!ValueError: Too many decimal digits in format string"},
    {"{0:}}", 1, {{'i', "1", 0}}, "!ValueError: Single '}' encountered in format string"},
    {"{0:{{}}}", 1, {{'i', "1", 0}}, "!ValueError: Invalid format specifier '{}' for object of type 'int'"},
    {"{:5}", 1, {{'n', NULL, 0}}, "!TypeError: unsupported format string passed to NoneType.__format__"},
    {"{}", 1, {{'n', NULL, 0}}, "None"},
    {"{:x}", 1, {{'i', "255", 0}}, "ff"},
    {"{0:{1!r}}", 2, {{'s', "a", 0}, {'s', "<5", 0}}, "!ValueError: Unknown format code ''' for object of type 'str'"},
    {"{:,}", 1, {{'i', "100000000000000000000", 0}}, "100,000,000,000,000,000,000"},
    {"{:_b}", 1, {{'i', "1000", 0}}, "11_1110_1000"},
    {"x{}y{}z", 2, {{'s', "\303\251", 0}, {'s', "\346\227\245", 0}}, "x\303\251y\346\227\245z"},
    {"{:*^11}", 1, {{'s', "mid", 0}}, "****mid****"},
};

static const DoubleCase double_cases[] = {
    {0x0000000000000000ULL, 'E', 0, 1, "0.E+00"},
    {0x0000000000000000ULL, 'r', 0, 2, "0.0"},
    {0x0000000000000000ULL, 'G', 0, 0, "0"},
    {0x0000000000000000ULL, 'g', 3, 1, "0.00"},
    {0x8000000000000000ULL, 'f', 1, 4, "0.0"},
    {0x8000000000000000ULL, 'g', 20, 0, "-0"},
    {0x8000000000000000ULL, 'f', 30, 0, "-0.000000000000000000000000000000"},
    {0x8000000000000000ULL, 'g', 17, 2, "-0.0"},
    {0x3ff0000000000000ULL, 'r', 0, 2, "1.0"},
    {0x3ff0000000000000ULL, 'G', 0, 0, "1"},
    {0x3ff0000000000000ULL, 'E', 0, 1, "1.E+00"},
    {0x3ff0000000000000ULL, 'g', 6, 0, "1"},
    {0x3fb999999999999aULL, 'g', 20, 0, "0.10000000000000000555"},
    {0x3fb999999999999aULL, 'f', 2, 0, "0.10"},
    {0x3fb999999999999aULL, 'g', 3, 1, "0.100"},
    {0x3fb999999999999aULL, 'F', 0, 1, "0."},
    {0x4341c37937e08000ULL, 'g', 3, 1, "1.00e+16"},
    {0x4341c37937e08000ULL, 'g', 17, 2, "1e+16"},
    {0x4341c37937e08000ULL, 'e', 1, 4, "1.0e+16"},
    {0x4341c37937e08000ULL, 'r', 0, 2, "1e+16"},
    {0x3ee4f8b588e368f1ULL, 'f', 1, 4, "0.0"},
    {0x3ee4f8b588e368f1ULL, 'g', 17, 2, "1.0000000000000001e-05"},
    {0x3ee4f8b588e368f1ULL, 'E', 0, 1, "1.E-05"},
    {0x405edd2f1a9fbe77ULL, 'f', 1, 4, "123.5"},
    {0x405edd2f1a9fbe77ULL, 'e', 1, 4, "1.2e+02"},
    {0x405edd2f1a9fbe77ULL, 'e', 3, 0, "1.235e+02"},
    {0x405edd2f1a9fbe77ULL, 'G', 0, 0, "1E+02"},
    {0x4004000000000000ULL, 'g', 17, 2, "2.5"},
    {0x4004000000000000ULL, 'f', 30, 0, "2.500000000000000000000000000000"},
    {0x4004000000000000ULL, 'G', 0, 0, "2"},
    {0x4004000000000000ULL, 'e', 3, 0, "2.500e+00"},
    {0x3fc0000000000000ULL, 'f', 1, 4, "0.1"},
    {0x3fc0000000000000ULL, 'r', 0, 2, "0.125"},
    {0x3fc0000000000000ULL, 'E', 0, 1, "1.E-01"},
    {0x3fc0000000000000ULL, 'f', 30, 0, "0.125000000000000000000000000000"},
    {0x0000000000000001ULL, 'f', 30, 0, "0.000000000000000000000000000000"},
    {0x0000000000000001ULL, 'r', 0, 2, "5e-324"},
    {0x0000000000000001ULL, 'G', 0, 0, "5E-324"},
    {0x0000000000000001ULL, 'g', 3, 1, "4.94e-324"},
    {0x7fefffffffffffffULL, 'G', 0, 0, "2E+308"},
    {0x7fefffffffffffffULL, 'f', 30, 0, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000000000000000000000000000"},
    {0x7fefffffffffffffULL, 'E', 0, 1, "2.E+308"},
    {0x7fefffffffffffffULL, 'F', 0, 1, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368."},
    {0x4023fd70a3d70a3dULL, 'e', 3, 0, "9.995e+00"},
    {0x4023fd70a3d70a3dULL, 'e', 1, 4, "1.0e+01"},
    {0x4023fd70a3d70a3dULL, 'G', 0, 0, "1E+01"},
    {0x4023fd70a3d70a3dULL, 'g', 3, 1, "9.99"},
    {0xbddb7cdfd9d7bdbbULL, 'f', 2, 0, "-0.00"},
    {0xbddb7cdfd9d7bdbbULL, 'g', 6, 0, "-1e-10"},
    {0xbddb7cdfd9d7bdbbULL, 'e', 3, 0, "-1.000e-10"},
    {0xbddb7cdfd9d7bdbbULL, 'G', 0, 0, "-1E-10"},
    {0x7ff0000000000000ULL, 'g', 3, 1, "inf"},
    {0x7ff0000000000000ULL, 'G', 0, 0, "INF"},
    {0x7ff0000000000000ULL, 'f', 30, 0, "inf"},
    {0x7ff0000000000000ULL, 'f', 2, 0, "inf"},
    {0xfff0000000000000ULL, 'g', 17, 2, "-inf"},
    {0xfff0000000000000ULL, 'r', 0, 2, "-inf"},
    {0xfff0000000000000ULL, 'G', 0, 0, "-INF"},
    {0xfff0000000000000ULL, 'e', 1, 4, "-inf"},
    {0x7ff8000000000000ULL, 'f', 2, 0, "nan"},
    {0x7ff8000000000000ULL, 'g', 17, 2, "nan"},
    {0x7ff8000000000000ULL, 'g', 3, 1, "nan"},
    {0x7ff8000000000000ULL, 'G', 0, 0, "NAN"},
};

static const AsciiCase ascii_cases[] = {
    {{'s', "abc", 0}, "'abc'"},
    {{'s', "\303\251", 0}, "'\\xe9'"},
    {{'s', "\341\210\264", 0}, "'\\u1234'"},
    {{'s', "\360\237\230\200", 0}, "'\\U0001f600'"},
    {{'s', "a\001b\012", 0}, "'a\\x01b\\n'"},
    {{'s', "it's", 0}, "\"it's\""},
    {{'s', "\355\262\200", 0}, "'\\udc80'"},
    {{'E', NULL, 0}, "['\\xe9', 1]"},
    {{'i', "5", 0}, "5"},
    {{'n', NULL, 0}, "None"},
    {{'s', "\303\277\304\200", 0}, "'\\xff\\u0100'"},
};

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

/* A new reference to the value of a row. */
static Value make(const TVal *t)
{
    Value v = VNULL;
    switch (t->kind) {
    case 'i': v = int_from_string(t->text, strlen(t->text), 10); break;
    case 'b': v = BOOL_VAL(strcmp(t->text, "True") == 0); break;
    case 'f': v = float_new(from_bits(t->bits)); break;
    case 's': v = str_from_cstr(t->text); break;
    case 'n': v = NONE_VAL; break;
    case 'l': v = list_new(0); break;
    case 'L': {
        Value items[2] = {SMALLINT_VAL(1), SMALLINT_VAL(2)};
        v = list_from_array(items, 2);
        break;
    }
    case 'E': {
        Value items[2] = {str_from_cstr("\303\251"), SMALLINT_VAL(1)};
        v = list_from_array(items, 2);
        decref(items[0]);
        break;
    }
    case 'd':
    case 'D': {
        v = dict_new();
        const char *p = t->kind == 'D' ? t->text : "";
        while (*p != '\0') {
            const char *eq = strchr(p, '='), *end = strchr(p, ';');
            if (end == NULL)
                end = p + strlen(p);
            Value k = str_new(p, (size_t)(eq - p));
            Value n = int_from_string(eq + 1, (size_t)(end - eq - 1), 10);
            assert_int_equal(dict_set(v, k, n), 0);
            decref(k);
            decref(n);
            p = *end == ';' ? end + 1 : end;
        }
        break;
    }
    default: fail_msg("bad value kind %c", t->kind);
    }
    assert_true(v != VNULL);
    return v;
}

/* Check a str result (or an exception) against "text" or "!Type: message"; consumes r. */
static void check(Value r, const char *expect, const char *what)
{
    char *got;
    if (r == VNULL) {
        assert_true(exc_occurred());
        Value e = exc_fetch();
        Value text = obj_str(e);
        assert_true(text != VNULL);
        size_t n = STR_NBYTES(text) + strlen(obj_type_name(e)) + 8;
        got = malloc(n);
        snprintf(got, n, "!%s: %s", obj_type_name(e), STR_DATA(text));
        decref(text);
        decref(e);
    } else {
        assert_false(exc_occurred());
        assert_true(str_check(r));
        got = strdup(STR_DATA(r));
        decref(r);
    }
    if (strcmp(got, expect) != 0)
        fail_msg("%s: got \"%s\", expected \"%s\"", what, got, expect);
    free(got);
}

static void test_format_table(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(format_cases); i++) {
        const FormatCase *c = &format_cases[i];
        Value v = make(&c->v), spec = str_from_cstr(c->spec);
        check(format_value(v, spec), c->expect, c->spec);
        decref(v);
        decref(spec);
    }
}

static void test_percent_table(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(percent_cases); i++) {
        const PercentCase *c = &percent_cases[i];
        Value fmt = str_from_cstr(c->fmt), arg;
        if (c->tuple) {
            arg = tuple_new(c->n);
            for (size_t k = 0; k < c->n; k++)
                TUPLE_ITEMS(arg)[k] = make(&c->args[k]);
        } else {
            arg = make(&c->args[0]);
        }
        /* through the binop slot, as the eval loop calls it */
        check(str_type.binop(fmt, arg, BINOP_MOD), c->expect, c->fmt);
        decref(fmt);
        decref(arg);
    }
}

static void test_str_format_table(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(str_format_cases); i++) {
        const StrFormatCase *c = &str_format_cases[i];
        Value fmt = str_from_cstr(c->fmt), args[4];
        for (size_t k = 0; k < c->n; k++)
            args[k] = make(&c->args[k]);
        check(format_str_format(fmt, args, c->n, VNULL), c->expect, c->fmt);
        for (size_t k = 0; k < c->n; k++)
            decref(args[k]);
        decref(fmt);
    }
}

static void test_double_table(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(double_cases); i++) {
        const DoubleCase *c = &double_cases[i];
        StrBuf b;
        strbuf_init(&b);
        assert_int_equal(format_double(&b, from_bits(c->bits), c->code, c->precision, c->flags), 0);
        check(strbuf_finish(&b), c->expect, c->expect);
    }
}

static void test_ascii_table(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(ascii_cases); i++) {
        Value v = make(&ascii_cases[i].v);
        check(format_ascii(v), ascii_cases[i].expect, ascii_cases[i].expect);
        decref(v);
    }
}

/* Calls the C API makes that no table row covers. */
static void test_api(void **state)
{
    Value five = SMALLINT_VAL(5), x = str_from_cstr("x"), e = str_empty();
    /* the f-string runtime: conversion, then the spec (VNULL means none) */
    Value s = str_from_cstr("ab");
    check(format_fstring_value(s, 'r', x), "!ValueError: Unknown format code 'x' for object of type 'str'",
          "fstring");
    Value w = str_from_cstr(">6");
    check(format_fstring_value(s, 'r', w), "  'ab'", "fstring r");
    check(format_fstring_value(s, 0, VNULL), "ab", "fstring plain");
    check(format_fstring_value(five, 's', w), "     5", "fstring s");
    check(format_fstring_value(five, 'a', VNULL), "5", "fstring a");
    check(format_fstring_value(five, 0, x), "5", "fstring x");
    /* the builtin, the methods and object's default */
    Value args[2] = {five, x};
    check(format_builtin(VNULL, args, 2, VNULL), "5", "format(5, 'x')");
    check(format_builtin(VNULL, args, 1, VNULL), "5", "format(5)");
    args[1] = five;
    check(format_builtin(VNULL, args, 2, VNULL), "!TypeError: format() argument 2 must be str, not int",
          "format(5, 5)");
    check(format_builtin(VNULL, args, 0, VNULL), "!TypeError: format expected at least 1 argument, got 0",
          "format()");
    check(format_int_method(five, &x, 1, VNULL), "5", "int.__format__");
    check(format_int_method(five, &five, 1, VNULL),
          "!TypeError: __format__() argument must be str, not int", "int.__format__(5)");
    Value f = float_new(0.5);
    check(format_float_method(f, &w, 1, VNULL), "   0.5", "float.__format__");
    check(format_str_method(s, &w, 1, VNULL), "    ab", "str.__format__");
    check(format_object_method(NONE_VAL, &e, 1, VNULL), "None", "object.__format__");
    check(format_object_method(NONE_VAL, &x, 1, VNULL),
          "!TypeError: unsupported format string passed to NoneType.__format__", "object.__format__ x");
    check(format_value(NONE_VAL, VNULL), "None", "format(None)");
    check(format_ascii_builtin(VNULL, &s, 1, VNULL), "'ab'", "ascii");
    /* str.format with keywords, format_map */
    Value fmt = str_from_cstr("{a}-{0}-{b!r}");
    Value kwnames = tuple_pack(2, str_from_cstr("a"), str_from_cstr("b"));
    decref(TUPLE_ITEMS(kwnames)[0]);
    decref(TUPLE_ITEMS(kwnames)[1]);
    Value call[3] = {s, five, x};
    check(format_str_format(fmt, call, 1, kwnames), "5-ab-'x'", "format kw");
    Value map = dict_new();
    dict_set_cstr(map, "a", five);
    Value fm = str_from_cstr("{a:>3}|{b}");
    check(format_str_format_map(fm, &map, 1, VNULL), "!KeyError: 'b'", "format_map missing");
    dict_set_cstr(map, "b", x);
    check(format_str_format_map(fm, &map, 1, VNULL), "  5|x", "format_map");
    check(format_str_format_map(fmt, &map, 1, VNULL),
          "!ValueError: Format string contains positional fields", "format_map positional");
    /* the binop slot leaves everything but str % x alone */
    Value r = format_str_binop(five, x, BINOP_MOD);
    assert_true(r == NOTIMPL_VAL);
    r = format_str_binop(x, x, BINOP_ADD);
    assert_true(r == NOTIMPL_VAL);
    /* huge widths are refused rather than attempted */
    Value big = str_from_cstr("1000000000000");
    check(format_value(five, big), "!MemoryError: ", "huge width");
    decref(big);
    decref(map);
    decref(fm);
    decref(fmt);
    decref(kwnames);
    decref(f);
    decref(w);
    decref(s);
    decref(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_table),   cmocka_unit_test(test_percent_table),
        cmocka_unit_test(test_str_format_table), cmocka_unit_test(test_double_table),
        cmocka_unit_test(test_ascii_table),    cmocka_unit_test(test_api),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
