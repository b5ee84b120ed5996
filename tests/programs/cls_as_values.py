# Classes are values: stored in dicts and lists, passed to functions, returned.
class Circle:
    def __init__(self, size): self.size = size
    def area(self): return 3 * self.size * self.size
class Square:
    def __init__(self, size): self.size = size
    def area(self): return self.size * self.size

registry = {"circle": Circle, "square": Square}
def build(kind, size):
    return registry[kind](size)
shapes = [build(k, n) for k, n in [("circle", 2), ("square", 3), ("square", 1)]]
print([type(s).__name__ for s in shapes])
print([s.area() for s in shapes])
def make_class(base):
    class Derived(base):
        def area(self):
            return -base.area(self)
    return Derived
NegSquare = make_class(Square)
print(NegSquare(5).area(), NegSquare.__name__, NegSquare.__bases__[0] is Square)
kinds = sorted(registry)
print(kinds, registry["circle"] is Circle)
cls = type(shapes[0])
print(cls(10).area())
print(Circle == Circle, Circle == Square, Circle)
