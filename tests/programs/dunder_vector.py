# A 2-D Vector class: arithmetic, reflected ops, equality, hashing, abs, bool, iteration.
class Vector:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a)
print(repr(a + b), abs(a), bool(Vector()), bool(b))
x, y = a
print(x, y, list(b), tuple(a + a))
print(a == Vector(3, 4), a != b, len({a, Vector(3, 4), b}))
path = [Vector(1, 0), Vector(0, 1), Vector(-1, 0)]
total = Vector()
for step in path:
    total += step
print(total, f"{abs(a):.2f}", f"{a!r:>20}|")
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
