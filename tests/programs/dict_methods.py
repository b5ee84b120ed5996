# Checks: get, setdefault, pop (with/without default), update (dict, pairs, kwargs), clear, copy, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(repr(e))
d.update({"a": 10, "e": 5})
print(d)
d.update([("f", 6), ("a", 11)])
print(d)
d.update(g=7, a=12)
print(d)
d.update({"h": 8}, i=9)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d)
d.clear()
print(d, len(d), c.get("b"))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
