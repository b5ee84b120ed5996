# A class-level counter incremented through the class, not through self.
class Widget:
    count = 0
    registry = []
    def __init__(self, label):
        Widget.count += 1
        self.id = Widget.count
        self.label = label
        Widget.registry.append(self)
    @classmethod
    def total(cls):
        return cls.count

class Button(Widget):
    pass

w1 = Widget("a")
w2 = Widget("b")
b1 = Button("ok")
print(Widget.count, Button.count, Widget.total(), Button.total())
print([(w.id, w.label) for w in Widget.registry])
class Bad:
    n = 0
    def __init__(self):
        self.n += 1
x, y = Bad(), Bad()
print(Bad.n, x.n, y.n)
