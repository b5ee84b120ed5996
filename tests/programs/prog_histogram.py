# Checks: character statistics of a text: counts with a dict, sorted bars, percentages via round().
text = "the gil serialises bytecode; per-object locks let threads run in parallel"
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
total = sum(counts.values())
for ch, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(ch, str(n).rjust(2), ("*" * n).ljust(10), round(100 * n / total, 1))
vowels = sum([counts.get(v, 0) for v in "aeiou"])
print(total, vowels, total - vowels)
words = text.replace(";", "").split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
