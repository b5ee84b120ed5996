# dict subclasses: overriding __setitem__ with super(), extra methods.
class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def keys_sorted(self):
        return sorted(self.keys())

d = UpperDict()
d["a"] = 1
d["b"] = 2
d["A"] = 3
print(d, len(d), d.keys_sorted())
print(d["A"], "a" in d, "A" in d)
print(isinstance(d, dict), type(d).__name__)
class CountingDict(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.lookups = 0
    def __getitem__(self, k):
        self.lookups += 1
        return super().__getitem__(k)
c = CountingDict([("x", 1), ("y", 2)])
print(c["x"] + c["y"] + c["x"], c.lookups)
print(c.get("x"), c.lookups)
try:
    c["z"]
except KeyError as e:
    print("KeyError:", e, c.lookups)
