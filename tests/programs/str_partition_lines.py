# Checks: partition/rpartition, splitlines with keepends, expandtabs.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a->b".partition("->"), "".partition("x"))
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n".splitlines(keepends=True))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(2)), repr("x\ty\nab\tc".expandtabs(3)), repr("a\tb".expandtabs(0)))
try:
    "a".partition("")
except ValueError as e:
    print(repr(e))
