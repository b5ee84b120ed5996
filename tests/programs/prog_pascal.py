# Checks: Pascal's triangle rows with big ints, centred printing, and binomial identities.
def row(n):
    r = [1]
    for k in range(n):
        r.append(r[-1] * (n - k) // (k + 1))
    return r
rows = [row(n) for n in range(8)]
width = len(" ".join([str(x) for x in rows[-1]]))
for r in rows:
    print(" ".join([str(x) for x in r]).center(width).rstrip())
print(row(100)[50])
print(all([sum(row(n)) == 2 ** n for n in range(60)]))
prev = [1]
for n in range(1, 30):
    cur = [1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1]
    prev = cur
print(prev == row(29))
