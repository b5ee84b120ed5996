# Checks: iterating a dict and its views; changing size during iteration raises RuntimeError.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(repr(e))
print(len(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(repr(e))
print(d)
it = iter({"only": 1})
print(next(it), next(it, "done"))
total = 0
for v in {"a": 1, "b": 2}.values():
    total += v
print(total)
