# Class decorators: adding __repr__/__eq__ generated from a field list (dataclass-like).
def record(*fields):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{cls.__name__} expects {len(fields)} values, got {len(args)}")
            for f, v in zip(fields, args):
                setattr(self, f, v)
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"
        def __eq__(self, other):
            return type(self) is type(other) and all(
                getattr(self, f) == getattr(other, f) for f in fields)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.fields = fields
        return cls
    return deco
@record("x", "y")
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y)
@record("name", "tags")
class Item:
    pass
p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(0, 0), Point.fields)
print([Item("pen", ["blue"]), Item("cup", [])])
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
