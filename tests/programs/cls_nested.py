# Nested classes: access through the outer class, __qualname__, and instances.
class Outer:
    class Inner:
        value = 1
        def get(self):
            return "inner"
        class Deepest:
            pass
    def make(self):
        return Outer.Inner()

o = Outer()
i = o.make()
print(i.get(), Outer.Inner.value)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(type(i).__qualname__)
print(Outer.Inner)
print(Outer.Inner.Deepest)
x = Outer.Inner.Deepest()
print(type(x).__name__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v = v
            self.kids = list(kids)
    def __init__(self):
        self.root = Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])])
    def total(self, n=None):
        n = n or self.root
        return n.v + sum(self.total(k) for k in n.kids)
print(Tree().total())
