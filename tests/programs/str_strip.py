# Checks: strip/lstrip/rstrip with default whitespace and with explicit character sets.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHIcba".strip("abc"))
print("xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")))
print("www.example.com".strip("cmowz."))
print("ééaéé".strip("é"), "12abc21".strip("0123456789"))
print(repr("\u3000x\u3000".strip()))
print("hello".strip(None), "  a  ".rstrip(None))
