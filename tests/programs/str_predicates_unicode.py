# Checks: str predicates on non-Latin scripts, non-ASCII digits, numerics and Unicode spaces.
samples = ["漢字", "ひらがな", "١٢٣", "½", "²", "Ⅻ", "\u3000", "\xa0", "\u2028", "ΑΒΓ", "αβγ",
           "ǅ", "Σίσυφος", "😀", "é1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
