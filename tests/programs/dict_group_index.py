# Checks: grouping with setdefault, an inverted index, and counting with get: dicts of lists.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
docs = {1: "the cat sat", 2: "the dog ran", 3: "a cat ran"}
index = {}
for doc_id, text in docs.items():
    for word in text.split():
        if word not in index:
            index[word] = []
        index[word].append(doc_id)
for word in sorted(index):
    print(word, index[word])
print([k for k, v in index.items() if len(v) > 1])
