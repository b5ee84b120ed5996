# Checks: aliasing vs copying: b = a, a[:], list(a), a.copy(); shallow copies share inner lists.
a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append("x")
print(a, b, c, d, e)
print(b is a, c is a, c == a, c[1] is a[1])

def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    return x

f = deep_copy(a)
f[1].append("only f")
print(a, f)
rows = []
row = []
for i in range(3):
    row.append(i)
    rows.append(row)
print(rows)
rows = []
for i in range(3):
    rows.append([i])
print(rows)
def add(item, target):
    target.append(item)
x = []
add(1, x)
add(2, x)
print(x)
