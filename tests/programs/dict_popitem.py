# Checks: popitem removes the most recently inserted item (LIFO); empty popitem raises KeyError.
d = {"a": 1, "b": 2, "c": 3}
d["d"] = 4
del d["b"]
d["b"] = 22
while d:
    print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
e = {1: 1}
e[2] = 2
e[1] = 11
print(e.popitem(), e.popitem())
