# super().__init__ chains initialisation; super() in ordinary methods.
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
    def hello(self):
        return f"hello from Base ({self.name})"

class Child(Base):
    def __init__(self, name, age):
        print("Child.__init__", name, age)
        super().__init__(name)
        self.age = age
    def hello(self):
        return super().hello() + f" and Child ({self.age})"

class GrandChild(Child):
    def __init__(self):
        super().__init__("gc", 1)
        print("GrandChild done")
    def hello(self):
        return "[" + super().hello() + "]"

c = Child("c", 5)
print(c.hello())
g = GrandChild()
print(g.hello())
print(g.name, g.age)
print(super(Child, c).hello())
