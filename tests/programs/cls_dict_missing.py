# __missing__ in a dict subclass: called by d[k] only, not by get() or in.
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = []
        return self[key]

d = Default()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(d.get("c"), "c" in d)
class Zero(dict):
    def __missing__(self, key):
        return 0
counts = Zero()
for ch in "mississippi":
    counts[ch] = counts[ch] + 1
print(sorted(counts.items()))
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")
try:
    Strict(a=1)["b"]
except KeyError as e:
    print("KeyError:", e)
