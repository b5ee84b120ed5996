# Checks: join with various iterables and separators; replace with counts and empty patterns.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print("|".join([]), "|".join(["only"]), " ".join([str(i) for i in range(3)]))
print("+".join(map(str, range(5))))
print("\n".join(["line1", "line2"]))
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(repr(e))
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("x", "y"), s.replace("one", ""), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("héllo".replace("é", "e"), "a.b.c".replace(".", "::", -1))
