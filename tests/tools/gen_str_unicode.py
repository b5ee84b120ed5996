#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerate the Unicode tables in vm/str_unicode.c.

The character properties come from the running CPython's unicodedata (run it
with the python3 whose semantics gilvm follows); the special case mappings are
the characters whose CPython mapping differs from glibc's towupper/towlower in
the C.UTF-8 locale, which vm/str_unicode.c uses for everything else.

Usage: python3 tests/tools/gen_str_unicode.py vm/str_unicode.c
"""
import ctypes
import locale
import sys
import unicodedata

BEGIN = "/* BEGIN GENERATED TABLES */\n"
END = "/* END GENERATED TABLES */\n"

locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
libc = ctypes.CDLL(None)
for fn in (libc.towupper, libc.towlower):
    fn.restype = ctypes.c_uint32
    fn.argtypes = [ctypes.c_uint32]


def cased(ch):
    return ch.isupper() or ch.islower() or unicodedata.category(ch) == "Lt"


def case_ignorable(ch):
    """Probe the final-sigma rule: a case-ignorable character is skipped by it."""
    if cased(ch):
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A\u03a3" + ch + "B").lower()[1] == "\u03c3"


def props(c):
    """Bits in the order of the UNI_* constants in vm/str_unicode.h."""
    ch = chr(c)
    tests = [
        ch.isprintable(),
        ch.isalpha(),
        ch.isdecimal(),
        ch.isdigit(),
        ch.isnumeric(),
        ch.isidentifier(),
        ("a" + ch).isidentifier(),
        unicodedata.category(ch) == "Lt",
        case_ignorable(ch),
    ]
    return sum(1 << bit for bit, t in enumerate(tests) if t)


def generate():
    ranges, prev = [], None
    for c in range(0x110000):
        f = props(c)
        if f != prev:
            ranges.append((c, f))
            prev = f
    special = []
    for c in range(0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        up, lo = chr(libc.towupper(c)), chr(libc.towlower(c))
        maps = [ch.upper(), ch.lower(), ch.title(), ch.casefold()]
        if maps != [up, lo, up, ch.lower()]:
            assert all(1 <= len(m) <= 3 for m in maps)
            special.append((c, maps))

    out = [BEGIN, "/* Unicode %s (CPython %d.%d). */\n" % (unicodedata.unidata_version,
                                                          *sys.version_info[:2])]
    out.append("static const UnicodeRange unicode_ranges[%d] = {\n" % len(ranges))
    for i in range(0, len(ranges), 5):
        out.append("    " + " ".join("{0x%05X, 0x%03X}," % r for r in ranges[i:i + 5]) + "\n")
    out.append("};\n\nstatic const SpecialCase unicode_special[%d] = {\n" % len(special))
    for c, maps in special:
        cps = ["{" + ", ".join("0x%X" % ord(x) for x in m) + "}" for m in maps]
        out.append("    {0x%05X, {%s}},\n" % (c, ", ".join(cps)))
    out.append("};\n")
    out.append(END)
    return "".join(out)


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + generate() + tail)


if __name__ == "__main__":
    main()
