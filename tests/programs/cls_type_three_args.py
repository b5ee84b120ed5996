# type(name, bases, dict) creates classes at run time, from a temporary namespace dict.
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, Point.__qualname__, p.norm(), type(p) is Point)
Base = type("Base", (), {"kind": "base", "who": lambda self: type(self).__name__})
Derived = type("Derived", (Base,), {"kind": "derived"})
d = Derived()
print(d.kind, d.who(), isinstance(d, Base), Derived.__bases__[0] is Base)
print([c.__name__ for c in Derived.__mro__])
def make(n):
    return type(f"T{n}", (), {"n": n})
print([make(i).n for i in range(3)], make(7).__name__)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
