# Checks: dynamic programming with 2-D lists: 0/1 knapsack, longest common subsequence, edit distance.
def knapsack(items, cap):
    best = [[0] * (cap + 1) for i in range(len(items) + 1)]
    for i in range(1, len(items) + 1):
        w, v = items[i - 1]
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][-1], chosen[::-1]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))

def lcs(a, b):
    t = [[""] * (len(b) + 1) for i in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = a[i] + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1], key=len)
    return t[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("interpreter", "interrupted"))

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
