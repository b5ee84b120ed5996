# Checks: dicts keep insertion order, across deletes, re-inserts and value updates.
d = {}
for k in ["b", "a", "d", "c"]:
    d[k] = len(d)
print(d)
d["a"] = 100
print(d)
del d["b"]
print(d, list(d))
d["b"] = -1
print(d)
for k in list(d):
    if d[k] < 3:
        del d[k]
print(d)
e = {3: "x", 1: "y", 2: "z"}
print(e, list(e.keys()), list(e.values()))
f = {}
for i in range(100):
    f[i] = i
for i in range(0, 100, 2):
    del f[i]
for i in range(0, 10, 2):
    f[i] = "back"
print(list(f)[:5], list(f)[-5:], len(f))
