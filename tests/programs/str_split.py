# Checks: split/rsplit with and without separator, maxsplit, and empty pieces.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(None))
print(s.split(' '))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("abc".split("abc"), "x".split("x"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
print("a b c".split(" ", -1), "a b c".split(" ", 0))
try:
    "abc".split("")
except ValueError as e:
    print(repr(e))
print("漢,字,😀".split(","))
