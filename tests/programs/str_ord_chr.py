# Checks: ord/chr round trips over ASCII and non-ASCII, and their error messages.
for c in "Aa0 ~é漢😀":
    print(c, ord(c), chr(ord(c)) == c)
print(chr(65), chr(0x3b1), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print("".join(map(chr, range(97, 123))), "".join([chr(i) for i in range(0x3b1, 0x3b6)]))
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(repr(e))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(repr(e))
try:
    chr("a")
except TypeError as e:
    print(repr(e))
