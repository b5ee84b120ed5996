# Checks: upper/lower/capitalize/title/swapcase on ASCII and simple non-ASCII text.
words = ["hello", "WORLD", "mIxEd CaSe", "hello world foo", "they're bill's", "123abc", "",
         "café au lait", "ÉCOLE", "ñandú", "ΑΒΓ δεζ", "a1b2 c3"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()))
print("hello"[0].upper() + "hello"[1:])
