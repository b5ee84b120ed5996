# Checks: len, in / not in, concatenation, repetition, comparison and iteration of strings.
a = "spam"
b = "eggs"
print(a + b, a * 3, 3 * b, a * 0 == "", a * -2 == "")
print("pa" in a, "ap" in a, "" in a, "x" not in a, "é" in "café")
print(len(a + b), len(""), len("café"), len("日本語"))
print(a == "spam", a != b, a < b, a > b, "abc" < "abd", "ab" < "abc", "B" < "a")
print("é" > "z", "Z" < "a", "10" < "9", "" < "a")
for ch in "héy":
    print(ch, end="|")
print()
print(list("abc"), tuple("xy"), sorted("banana"))
r = ""
for ch in reversed("stressed"):
    r += ch
print(r)
s = ""
for i in range(5):
    s = s + str(i)
print(s, s * 2)
print(min("hello"), max("hello"))
