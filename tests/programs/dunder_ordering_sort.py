# Rich comparisons __lt__ __le__ __gt__ __ge__: sorting, min/max, reflection.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"))
print(Version("1.0") < Version("1.0.0") < Version("1.1"))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
x = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
x.sort()
print(x, OnlyLt(5) > OnlyLt(4), OnlyLt(1) > OnlyLt(4))
