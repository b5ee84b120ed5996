# Checks: center/ljust/rjust with and without fill characters; zfill with signs.
for w in ("a", "ab", "abc", "abcdef"):
    print("[" + w.center(5) + "]", "[" + w.ljust(5) + "]", "[" + w.rjust(5) + "]")
print("[" + "x".center(6, "*") + "]", "[" + "xy".center(7, "-") + "]", "[" + "é".center(4, "·") + "]")
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".zfill(5), "1234".zfill(2), "".zfill(3))
print("-".zfill(3), "3.14".zfill(8))
table = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, n in table:
    print(name.ljust(8, ".") + str(n).rjust(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(repr(e))
