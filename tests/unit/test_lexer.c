// SPDX-License-Identifier: MIT
/**
 * @file test_lexer.c
 * @brief Unit tests of the tokenizer (vm/lexer.c): tokens of tricky inputs,
 *        INDENT/DEDENT edge cases, and every lexer error with its message and
 *        position (as CPython 3.11 reports them).
 *
 * Builds on its own: gcc -std=c11 -D_GNU_SOURCE -o /tmp/t tests/unit/test_lexer.c
 *   vm/lexer.c vm/lexer_unicode.c vm/arena.c -lcmocka
 */
#include "../../vm/lexer.h"

#include <setjmp.h>
#include <cmocka.h>

#define END (-1)
#define MAXTOK 1024

/* Tokenize src (exactly len bytes, copied to a buffer without a terminator so
 * that AddressSanitizer catches any read past the end). */
static int lex(const char *src, bool interactive, Token *out, Lexer *lx, Arena *arena)
{
    size_t len = strlen(src);
    char *copy = malloc(len > 0 ? len : 1);
    memcpy(copy, src, len);
    arena_init(arena);
    bool ok = lexer_init(lx, arena, copy, len, interactive, true);
    free(copy);
    if (!ok) {
        return -1;
    }
    int n = 0;
    for (;;) {
        TokType t = lexer_next(lx, &out[n]);
        n++;
        if (t == TOK_ENDMARKER || t == TOK_ERRORTOKEN || n == MAXTOK) {
            return n;
        }
    }
}

/* The token types of src must be the ones listed (terminated by END). */
static void check_types(const char *src, int interactive, ...)
{
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    int n = lex(src, interactive != 0, toks, &lx, &arena);
    va_list ap;
    va_start(ap, interactive);
    for (int i = 0;; i++) {
        int want = va_arg(ap, int);
        if (want == END) {
            assert_int_equal(i, n);
            break;
        }
        assert_true(i < n);
        if ((int)toks[i].type != want) {
            print_error("%s: token %d is %s, expected %s\n", src, i, lexer_token_name(toks[i].type),
                        lexer_token_name((TokType)want));
        }
        assert_int_equal(toks[i].type, want);
    }
    va_end(ap);
    arena_free(&arena);
}

/* The first hard error of src: its message and position. */
static void check_error(const char *src, const char *msg, int line, int col, int end_line, int end_col)
{
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    int n = lex(src, false, toks, &lx, &arena);
    if (n >= 0) {
        assert_int_equal(toks[n - 1].type, TOK_ERRORTOKEN);
        assert_int_equal(lx.status, LEX_ERROR);
    }
    assert_string_equal(lx.err.msg, msg);
    assert_int_equal(lx.err.line, line);
    assert_int_equal(lx.err.col, col);
    assert_int_equal(lx.err.end_line, end_line);
    assert_int_equal(lx.err.end_col, end_col);
    arena_free(&arena);
}

/* The lexer stops with a soft error of status st on line `line`. */
static void check_soft(const char *src, LexStatus st, int line)
{
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    int n = lex(src, false, toks, &lx, &arena);
    assert_int_equal(toks[n - 1].type, TOK_ERRORTOKEN);
    assert_int_equal(lx.status, st);
    assert_int_equal(lx.lineno, line);
    arena_free(&arena);
}

static void check_pos(const Token *t, int line, int col, int end_line, int end_col)
{
    assert_int_equal(t->line, line);
    assert_int_equal(t->col, col);
    assert_int_equal(t->end_line, end_line);
    assert_int_equal(t->end_col, end_col);
}

/* ------------------------------------------------------------ tokens */

static void test_simple(void **state)
{
    check_types("x = 1 + 2.5j\n", false, TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_PLUS, TOK_NUMBER, TOK_NEWLINE,
                TOK_ENDMARKER, END);
    check_types("", false, TOK_ENDMARKER, END);
    check_types("\n\n  \n# only a comment\n", false, TOK_ENDMARKER, END);
    check_types("x", false, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
}

static void test_operators(void **state)
{
    static const struct {
        const char *src;
        TokType type;
    } ops[] = {
        {"(", TOK_LPAR},          {"[", TOK_LSQB},          {"{", TOK_LBRACE},
        {":", TOK_COLON},         {",", TOK_COMMA},         {";", TOK_SEMI},
        {"+", TOK_PLUS},          {"-", TOK_MINUS},         {"*", TOK_STAR},
        {"/", TOK_SLASH},         {"|", TOK_VBAR},          {"&", TOK_AMPER},
        {"<", TOK_LESS},          {">", TOK_GREATER},       {"=", TOK_EQUAL},
        {".", TOK_DOT},           {"%", TOK_PERCENT},       {"==", TOK_EQEQUAL},
        {"!=", TOK_NOTEQUAL},     {"<>", TOK_LTGT},         {"<=", TOK_LESSEQUAL},
        {">=", TOK_GREATEREQUAL}, {"~", TOK_TILDE},         {"^", TOK_CIRCUMFLEX},
        {"<<", TOK_LEFTSHIFT},    {">>", TOK_RIGHTSHIFT},   {"**", TOK_DOUBLESTAR},
        {"+=", TOK_PLUSEQUAL},    {"-=", TOK_MINEQUAL},     {"*=", TOK_STAREQUAL},
        {"/=", TOK_SLASHEQUAL},   {"%=", TOK_PERCENTEQUAL}, {"&=", TOK_AMPEREQUAL},
        {"|=", TOK_VBAREQUAL},    {"^=", TOK_CIRCUMFLEXEQUAL}, {"<<=", TOK_LEFTSHIFTEQUAL},
        {">>=", TOK_RIGHTSHIFTEQUAL}, {"**=", TOK_DOUBLESTAREQUAL}, {"//", TOK_DOUBLESLASH},
        {"//=", TOK_DOUBLESLASHEQUAL}, {"@", TOK_AT},       {"@=", TOK_ATEQUAL},
        {"->", TOK_RARROW},       {"...", TOK_ELLIPSIS},    {":=", TOK_COLONEQUAL},
        {"$", TOK_OP},            {"?", TOK_OP},            {"`", TOK_OP},
        {"!", TOK_OP},
    };
    for (size_t i = 0; i < ARRAY_LEN(ops); i++) {
        static Token toks[MAXTOK];
        Lexer lx;
        Arena arena;
        char src[16];
        /* brackets must be balanced for the lexer to get to the end */
        snprintf(src, sizeof src, "%s", ops[i].src);
        lex(src, false, toks, &lx, &arena);
        assert_int_equal(toks[0].type, ops[i].type);
        assert_int_equal(toks[0].len, (int)strlen(ops[i].src));
        arena_free(&arena);
    }
    /* longest match, and '..' is two dots */
    check_types("a**=b//c..d\n", false, TOK_NAME, TOK_DOUBLESTAREQUAL, TOK_NAME, TOK_DOUBLESLASH, TOK_NAME,
                TOK_DOT, TOK_DOT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
    check_types("x.y", false, TOK_NAME, TOK_DOT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
    check_types("x->y:=z", false, TOK_NAME, TOK_RARROW, TOK_NAME, TOK_COLONEQUAL, TOK_NAME, TOK_NEWLINE,
                TOK_ENDMARKER, END);
}

static void test_keywords(void **state)
{
    check_types("if elif else while for in not and or is None True False lambda yield", false, TOK_IF, TOK_ELIF,
                TOK_ELSE, TOK_WHILE, TOK_FOR, TOK_IN, TOK_NOT, TOK_AND, TOK_OR, TOK_IS, TOK_NONE, TOK_TRUE,
                TOK_FALSE, TOK_LAMBDA, TOK_YIELD, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* soft keywords and near-keywords are names */
    check_types("match case _ iff None_ print", false, TOK_NAME, TOK_NAME, TOK_NAME, TOK_NAME, TOK_NAME, TOK_NAME,
                TOK_NEWLINE, TOK_ENDMARKER, END);
    assert_string_equal(lexer_token_name(TOK_WHILE), "'while'");
    assert_string_equal(lexer_token_name(TOK_LPAR), "'('");
}

static void test_unicode_names(void **state)
{
    check_types("ä = μ + 変数 + _x9\n", false, TOK_NAME, TOK_EQUAL, TOK_NAME, TOK_PLUS, TOK_NAME, TOK_PLUS, TOK_NAME,
                TOK_NEWLINE, TOK_ENDMARKER, END);
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    lex("é = 1\n", false, toks, &lx, &arena);
    check_pos(&toks[0], 1, 0, 1, 2); /* byte columns */
    check_pos(&toks[1], 1, 3, 1, 4);
    arena_free(&arena);
}

static void test_numbers(void **state)
{
    static const char *const good[] = {
        "0",    "00",       "0_0",     "123",   "1_000_000", "0x_1f", "0XFF",  "0o17", "0O7_7", "0b1010",
        "0B1_0", "1.",      ".5",      "1.5",   "1e5",       "1E-5",  "1e+5",  "1_0.5e-3", "09.5", "0e0",
        "1j",    "1.5J",    "1e3j",    "0j",    "007.5",     "1_0j",  "3.14_15",
    };
    for (size_t i = 0; i < ARRAY_LEN(good); i++) {
        static Token toks[MAXTOK];
        Lexer lx;
        Arena arena;
        lex(good[i], false, toks, &lx, &arena);
        if (toks[0].type != TOK_NUMBER || toks[0].len != (int)strlen(good[i])) {
            print_error("number %s\n", good[i]);
        }
        assert_int_equal(toks[0].type, TOK_NUMBER);
        assert_int_equal(toks[0].len, (int)strlen(good[i]));
        assert_int_equal(toks[1].type, TOK_NEWLINE);
        arena_free(&arena);
    }
    /* a number may touch a keyword that can follow it (CPython only warns) */
    check_types("1if x else 2", false, TOK_NUMBER, TOK_IF, TOK_NAME, TOK_ELSE, TOK_NUMBER, TOK_NEWLINE,
                TOK_ENDMARKER, END);
    check_types("0b1and 0o7or 0x1 for", false, TOK_NUMBER, TOK_AND, TOK_NUMBER, TOK_OR, TOK_NUMBER, TOK_FOR,
                TOK_NEWLINE, TOK_ENDMARKER, END);
    check_types("1else", false, TOK_NUMBER, TOK_ELSE, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* ... and a non-ASCII identifier */
    check_types("123é", false, TOK_NUMBER, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
}

static void test_number_errors(void **state)
{
    check_error("x = 1a", "invalid decimal literal", 1, 5, 1, 5);
    check_error("x = 1_", "invalid decimal literal", 1, 6, 1, 6);
    check_error("x = 1__0", "invalid decimal literal", 1, 6, 1, 6);
    check_error("x = 1e", "invalid decimal literal", 1, 5, 1, 5);
    check_error("x = 1e+", "invalid decimal literal", 1, 7, 1, 7);
    check_error("x = 0x", "invalid hexadecimal literal", 1, 6, 1, 6);
    check_error("x = 0xg", "invalid hexadecimal literal", 1, 6, 1, 6);
    check_error("x = 0o", "invalid octal literal", 1, 6, 1, 6);
    check_error("x = 0o8", "invalid digit '8' in octal literal", 1, 7, 1, 7);
    check_error("x = 0b", "invalid binary literal", 1, 6, 1, 6);
    check_error("x = 0b12", "invalid digit '2' in binary literal", 1, 8, 1, 8);
    check_error("x = 1.5j_", "invalid imaginary literal", 1, 8, 1, 8);
    check_error("x = 0123",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                1, 5, 1, 6);
    check_error("x = 0_7",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                1, 5, 1, 7);
}

static void test_strings(void **state)
{
    check_types("'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\e' b'f' rb'g' BR'h' u'i' f'{j}' Rf'k' fR\"l\"", false,
                TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING,
                TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* not prefixes: a name, then a string */
    check_types("ur'x' bf'y' x'z'", false, TOK_NAME, TOK_STRING, TOK_NAME, TOK_STRING, TOK_NAME, TOK_STRING,
                TOK_NEWLINE, TOK_ENDMARKER, END);
    /* escaped quotes and a continued line inside a string */
    check_types("'it\\'s' 'a\\\nb'\n", false, TOK_STRING, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER, END);
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    lex("x = '''a\nbc''' + 1\n", false, toks, &lx, &arena);
    check_pos(&toks[2], 1, 4, 2, 5); /* a triple-quoted string spans its lines */
    check_pos(&toks[3], 2, 6, 2, 7);
    arena_free(&arena);
}

static void test_string_errors(void **state)
{
    check_error("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    check_error("x = 'abc\ny = 2\n", "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    check_error("x = 1\ny = f'abc\n", "unterminated string literal (detected at line 2)", 2, 5, 2, 5);
    check_error("x = 'abc\\", "unterminated string literal (detected at line 1)", 1, 5, 1, 5);
    check_error("x = \"\"\"abc", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5);
    check_error("s = '''\nabc\n\n", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5);
}

static void test_bad_characters(void **state)
{
    check_error("x = 1 €", "invalid character '€' (U+20AC)", 1, 7, 1, 7);
    check_error("x = ½", "invalid character '½' (U+00BD)", 1, 5, 1, 5);
    check_error("x = a½b", "invalid character '½' (U+00BD)", 1, 6, 1, 6);
    check_error("x = \x01", "invalid non-printable character U+0001", 1, 5, 1, 5);
    check_error("x = 1\xc2\xa0+ 2", "invalid non-printable character U+00A0", 1, 6, 1, 6);
    check_error("x = )", "unmatched ')'", 1, 5, 1, 5);
    check_error("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6);
    check_error("x = (\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1);
    char deep[300];
    memset(deep, '(', 201);
    deep[201] = '\0';
    check_error(deep, "too many nested parentheses", 1, 201, 1, 201);
}

static void test_bad_source(void **state)
{
    Lexer lx;
    Arena arena;
    arena_init(&arena);
    assert_false(lexer_init(&lx, &arena, "x = 1\n\0\n", 8, false, true));
    assert_string_equal(lx.err.msg, "source code cannot contain null bytes");
    assert_int_equal(lx.err.line, 2);
    assert_false(lexer_init(&lx, &arena, "x = '\xff'\n", 8, false, true));
    assert_string_equal(lx.err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte");
    assert_false(lexer_init(&lx, &arena, "\xe2\x82", 2, false, true));
    assert_string_equal(lx.err.msg, "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data");
    arena_free(&arena);
    /* a UTF-8 BOM is skipped, \r\n and \r end lines */
    check_types("\xef\xbb\xbfx\r\ny\rz", false, TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE,
                TOK_ENDMARKER, END);
}

/* ------------------------------------------------------ indentation */

static void test_indent_dedent(void **state)
{
    check_types("if a:\n    b\nc\n", false, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME,
                TOK_NEWLINE, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* several levels at once */
    check_types("a:\n b:\n  c:\n   d\ne\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_COLON,
                TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
                TOK_DEDENT, TOK_DEDENT, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* at the end of the input, without a final newline */
    check_types("a:\n  b:\n    c", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_COLON,
                TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_DEDENT, TOK_ENDMARKER, END);
    /* blank and comment lines, whatever their indentation, do not count */
    check_types("a:\n  b\n\n        # comment\n#\n   \n  c\nd\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT,
                TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* continuation lines, in brackets or after '\', keep the indentation */
    check_types("a:\n  b = (1,\n3)\n  c = 1 + \\\n5\n  d\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT,
                TOK_NAME, TOK_EQUAL, TOK_LPAR, TOK_NUMBER, TOK_COMMA, TOK_NUMBER, TOK_RPAR, TOK_NEWLINE, TOK_NAME,
                TOK_EQUAL, TOK_NUMBER, TOK_PLUS, TOK_NUMBER, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_DEDENT,
                TOK_ENDMARKER, END);
    /* a '\' in the indentation: the first one decides */
    check_types("a:\n  \\\n    b\n  c\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
                TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_ENDMARKER, END);
    /* tabs count up to the next multiple of 8, used consistently */
    check_types("a:\n\tb\n\tc:\n\t\td\n\te\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME,
                TOK_NEWLINE, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE, TOK_DEDENT,
                TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_ENDMARKER, END);
    /* a form feed resets the column */
    check_types("a:\n  b\n\f  c\n", false, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
                TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_ENDMARKER, END);
    check_types("  \fa\n", false, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER, END);
}

static void test_indent_positions(void **state)
{
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    lex("if a:\n    b # c\n", false, toks, &lx, &arena);
    assert_int_equal(toks[4].type, TOK_INDENT);
    assert_int_equal(toks[4].col, -1); /* no text */
    assert_int_equal(toks[4].cur_col, 4);
    assert_int_equal(toks[6].type, TOK_NEWLINE);
    check_pos(&toks[6], 2, 6, 2, 9); /* a NEWLINE after a comment spans the comment */
    check_pos(&toks[3], 1, 5, 1, 5); /* otherwise it is empty */
    arena_free(&arena);
}

static void test_indent_errors(void **state)
{
    check_soft("if x:\n    a\n  b\n", LEX_DEDENT, 3);
    check_soft("if x:\n\ta\n        b\n", LEX_TABSPACE, 3);
    check_soft("if x:\n        a\n\tb\n", LEX_TABSPACE, 3);
    check_soft("if x:\n    x\n\ty\n", LEX_TABSPACE, 3);
    check_soft("x = \\ y\n", LEX_LINECONT, 1);
    check_soft("x = 1 + \\", LEX_EOF, 1);
    check_soft("x = (1,\n", LEX_EOF, 1);
    char deep[12000];
    size_t n = 0;
    for (int i = 0; i < 101; i++) {
        memset(deep + n, ' ', (size_t)i);
        n += (size_t)i;
        memcpy(deep + n, "if x:\n", 6);
        n += 6;
    }
    memset(deep + n, ' ', 101);
    n += 101;
    memcpy(deep + n, "pass\n", 6);
    check_soft(deep, LEX_TOODEEP, 101);
}

static void test_eof_in_brackets(void **state)
{
    static Token toks[MAXTOK];
    Lexer lx;
    Arena arena;
    int n = lex("f(1,\n  2", false, toks, &lx, &arena);
    assert_int_equal(toks[n - 1].type, TOK_ERRORTOKEN);
    assert_int_equal(lx.status, LEX_EOF);
    assert_int_equal(lx.level, 1);
    assert_int_equal(lx.parenline[0], 1);
    assert_int_equal(lx.parencol[0], 1);
    arena_free(&arena);
}

static void test_interactive(void **state)
{
    /* at the REPL a totally empty line ends the block with a NEWLINE */
    check_types("if a:\n  b\n\n", true, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
                TOK_DEDENT, TOK_NEWLINE, TOK_ENDMARKER, END);
    /* in a file it is only a blank line */
    check_types("if a:\n  b\n\n", false, TOK_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
                TOK_DEDENT, TOK_ENDMARKER, END);
}

static void test_unicode_tables(void **state)
{
    assert_true(lexer_is_xid_start(0xE9));   /* é */
    assert_true(lexer_is_xid_start(0x5909)); /* 変 */
    assert_false(lexer_is_xid_start(0x20AC)); /* € */
    assert_false(lexer_is_xid_start(0x0301)); /* combining acute: continue only */
    assert_true(lexer_is_xid_continue(0x0301));
    assert_true(lexer_is_printable('a'));
    assert_false(lexer_is_printable('\n'));
    assert_false(lexer_is_printable(0xA0));
    assert_true(lexer_is_printable(0x20AC));
    int k;
    assert_int_equal(lexer_utf8_decode("\xe2\x82\xac", &k), 0x20AC);
    assert_int_equal(k, 3);
    assert_int_equal(lexer_utf8_chars("a\xc3\xa9z", 4), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_simple),          cmocka_unit_test(test_operators),
        cmocka_unit_test(test_keywords),        cmocka_unit_test(test_unicode_names),
        cmocka_unit_test(test_numbers),         cmocka_unit_test(test_number_errors),
        cmocka_unit_test(test_strings),         cmocka_unit_test(test_string_errors),
        cmocka_unit_test(test_bad_characters),  cmocka_unit_test(test_bad_source),
        cmocka_unit_test(test_indent_dedent),   cmocka_unit_test(test_indent_positions),
        cmocka_unit_test(test_indent_errors),   cmocka_unit_test(test_eof_in_brackets),
        cmocka_unit_test(test_interactive),     cmocka_unit_test(test_unicode_tables),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
