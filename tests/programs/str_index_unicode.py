# Checks: indexing strings by code point, including non-ASCII, CJK and astral characters.
s = "héllo 漢字 😀!"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]))
print(s[-1], s[-2], s[-3], s[1])
print(s[6:8], s[-4:])
print("😀"[0] == "\U0001F600", len("😀😀"), "😀😀"[1])
print(s.find("漢"), s.index("😀"), s.count("l"))
try:
    s[len(s)]
except IndexError as e:
    print(repr(e))
try:
    s[-len(s) - 1]
except IndexError as e:
    print(repr(e))
