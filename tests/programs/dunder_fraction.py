# A Fraction-like class: normalisation, arithmetic with ints, comparisons, sorting.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o); return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = Frac.of(o); return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac.of(o); return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 * t, t + 1)
print(Frac(6, -8), Frac(4, 2), Frac(0, 5))
print(h == Frac(2, 4), h == 1, Frac(3, 3) == 1, h < t, t < h)
print(sorted([Frac(3, 4), Frac(1, 8), h, Frac(-1, 2)]))
print(sum(Frac(1, n) for n in range(1, 5)))
print(float(Frac(3, 8)), round(float(Frac(1, 3)), 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
