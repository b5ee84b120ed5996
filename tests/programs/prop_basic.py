# @property getters: computed attributes, read-only by default, accessed on the class.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2
    @property
    def area(self):
        print("computing area")
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.diameter, c.area)
c.r = 5
print(c.diameter, c.area)
print(type(Circle.diameter).__name__)
print(Circle.diameter.fget(c))
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "diameter"), "diameter" in vars(c))
