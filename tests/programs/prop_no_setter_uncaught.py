# Uncaught AttributeError from assigning a read-only property: traceback.
class Point:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x

p = Point(3)
print(p.x)
p.x = 4
