# Reflected operators: 3 + Vec(...) uses __radd__; subclasses' reflected ops go first.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return V(*(x + o for x in self.c))
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return V(*(x * k for x in self.c))
    def __rmul__(self, k):
        print("rmul", k)
        return self * k
    def __rsub__(self, o):
        return V(*(o - x for x in self.c))
    def __rtruediv__(self, o):
        return V(*(o / x for x in self.c))
    def __rpow__(self, o):
        return V(*(o ** x for x in self.c))

v = V(1, 2, 3)
print(3 + v, v + 3, v + v, 2.5 + v)
print(2 * v, v * 2, 10 - v, 12 / v, 2 ** v)
print(sum([v, v, v]))
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o): return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
print(1 + Base(), [] + Base())
