# Checks: greedy word wrapping, justification with ljust/rjust/center, and a text table.
text = ("The global interpreter lock lets only one thread run Python bytecode at a time. "
        "Free-threaded builds replace it with per-object locks and biased reference counting.")
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
for w in (30, 45):
    print("+" + "-" * w + "+")
    for line in wrap(text, w):
        print("|" + line.ljust(w) + "|")
    print("+" + "-" * w + "+")
for line in wrap(text, 40)[:3]:
    print("[" + line.rjust(40) + "]")
    print("[" + line.center(40) + "]")
rows = [("strategy", "locks", "refcount"), ("gil", "1 global", "plain"), ("objlock", "per object", "atomic"),
        ("brc", "per object", "biased")]
widths = [max([len(r[i]) for r in rows]) for i in range(3)]
for r in rows:
    print(" | ".join([r[i].ljust(widths[i]) for i in range(3)]))
