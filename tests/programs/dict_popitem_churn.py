# dict: inserting and popitem()-ing many distinct keys in turn must not wear out the table
# (popitem reuses entry slots; the dummies it leaves still force a rebuild in time)
d = {}
for i in range(50000):
    d[(i, "x")] = i
    k, v = d.popitem()
    assert k == (i, "x") and v == i
print(len(d), d.get((5, "x")), (7, "x") in d)
for i in range(1000):
    d[i] = i
for i in range(990):
    d.popitem()
    d[-i - 1] = i
print(len(d), sum(d.values()), list(d)[:5], list(d)[-3:])
