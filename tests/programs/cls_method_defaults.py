# Method parameters: defaults, keywords, *args, **kwargs, keyword-only.
class Fmt:
    def __init__(self, sep=", ", *, prefix="<", suffix=">"):
        self.sep, self.prefix, self.suffix = sep, prefix, suffix
    def join(self, *items, upper=False, **extra):
        s = self.sep.join(str(i) for i in items)
        if upper:
            s = s.upper()
        for k in sorted(extra):
            s += f" {k}={extra[k]}"
        return self.prefix + s + self.suffix

f = Fmt()
print(f.join(1, 2, 3))
print(f.join("a", "b", upper=True))
print(f.join(x=1, w=2))
print(f.join(1, upper=True, upper2=1, sep=2))
g = Fmt("|", suffix="]", prefix="[")
print(g.join(*range(4)))
print(g.join(*"xy", **{"k": "v"}))
try:
    Fmt("-", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    Fmt(sep="-", bad=1)
except TypeError as e:
    print("TypeError:", e)
