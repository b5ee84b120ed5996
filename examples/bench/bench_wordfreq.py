# Dicts and strings: word frequencies over a generated text (split, lower, strip, dict.get).

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "zen", "pa", "qu", "do"]


def make_vocabulary(size):
    words = []
    seed = 12345
    for i in range(size):
        seed = (seed * 1103515245 + 12345) % 2147483648
        n = 1 + seed % 4
        w = ""
        s = seed >> 3
        for _ in range(n):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        words.append(w)
    return words


def make_text(vocab, nwords):
    seed = 42
    lines = []
    line = []
    for i in range(nwords):
        seed = (seed * 1103515245 + 12345) % 2147483648
        # Skewed choice: low indices are much more frequent (a Zipf-like text).
        k = (seed >> 8) % len(vocab)
        k = k * k // len(vocab)
        w = vocab[k]
        if seed % 7 == 0:
            w = w.capitalize()
        if seed % 11 == 0:
            w += ","
        elif seed % 13 == 0:
            w += "."
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            word = word.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    vocab = make_vocabulary(2000)
    text = make_text(vocab, 600000)
    total = 0
    for rep in range(5):
        counts = count_words(text)
        total += len(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    for word, n in top:
        print(word, n)
    print("distinct", len(counts), "chars", len(text), "total", total)


main()
