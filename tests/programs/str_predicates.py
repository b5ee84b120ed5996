# Checks: isdigit/isalpha/isalnum/isspace/isupper/islower, including empty and non-ASCII strings.
samples = ["abc", "ABC", "aBc", "123", "abc123", "", " ", " \t\n", "a b", "é", "É",
           "x1!", "ABC1", "abc ", "_", "Ünïcödé", "A B", "a\nb", "\x0b\x0c\r"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
