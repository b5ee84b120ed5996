# Checks: a small word counter: lower, split, strip punctuation, dict counts, sort by count then word.
text = """The cat sat on the mat. The dog sat on the log!
A cat, a dog, and THE bird: all sat."""
counts = {}
for word in text.lower().split():
    w = word.strip(".,!:;")
    if w:
        counts[w] = counts.get(w, 0) + 1
items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in items:
    print(w.ljust(6), n, "*" * n)
print(len(counts), sum(counts.values()))
longest = max(counts, key=len)
print("longest:", longest)
