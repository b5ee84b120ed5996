# Overriding methods and attributes; a base method calling an overridden one.
class Shape:
    name = "shape"
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    name = "square"
    def __init__(self, side):
        Rect.__init__(self, side, side)

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

shapes = [Shape(), Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes))
print(Shape.describe(Square(2)))
