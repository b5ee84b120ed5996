# Checks: repr of strings: quote choice, escapes, control characters, non-ASCII printable or not.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash",
         "tab\tnew\nret\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xa1",
         "café", "漢字", "😀", "\u200b", "\u2028", "\ufeff", "\U000e0001",
         "\xad", "", "'", '"', "\\", "\x1b[0m", "a\u0300"]
for t in tests:
    print(repr(t))
print(str("it's"), str('x'))
print([t for t in tests[:4]])
print(("a", "b'c"))
print({"k": "v\n"})
