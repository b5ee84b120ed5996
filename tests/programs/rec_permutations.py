# Checks: recursive generation of permutations, combinations and N-queens solutions.
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms(list(range(6)))))
def combos(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    with_first = [[items[0]] + c for c in combos(items[1:], k - 1)]
    return with_first + combos(items[1:], k)
print(combos("abcd", 2))
def queens(n, row=0, cols=()):
    if row == n:
        return [cols]
    sols = []
    for c in range(n):
        if all([c != pc and abs(c - pc) != row - r for r, pc in enumerate(cols)]):
            sols += queens(n, row + 1, cols + (c,))
    return sols
print(len(queens(6)), queens(6)[0], len(queens(8)))
