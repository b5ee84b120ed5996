# Special methods added, replaced or removed on a base class after
# subclasses exist reach the subclasses (and their instances) at once.
class Base:
    pass

class Mid(Base):
    pass

class Leaf(Mid):
    def __repr__(self):
        return "Leaf()"

m, l = Mid(), Leaf()
print(hasattr(m, "__len__"))
Base.__len__ = lambda self: 3
print(len(m), len(l))
Base.__add__ = lambda self, other: ("add", type(self).__name__, other)
print(m + 1, l + 2)
Base.__eq__ = lambda self, other: True
print(m == 5, l == "x")
Base.__hash__ = lambda self: 42
print(hash(m), hash(l))
Base.__repr__ = lambda self: "<base repr>"
print(repr(m), repr(l))
Mid.__len__ = lambda self: 7
print(len(m), len(l))
del Mid.__len__
print(len(m), len(l))
del Base.__len__
try:
    len(l)
except TypeError as e:
    print("TypeError:", e)
Base.__iter__ = lambda self: iter([1, 2, 3])
print(list(m), sum(l))
Base.__call__ = lambda self, *a: ("called", a)
print(l(1, 2))
Base.__getitem__ = lambda self, k: k * 2
print(m[4], l["ab"])
Base.__bool__ = lambda self: False
print(bool(m), not l)
class Late(Leaf):
    pass
print(len(Late()) if hasattr(Late, "__len__") else "no len", Late()[1])
