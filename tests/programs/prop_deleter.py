# @x.deleter; property objects' fget/fset/fdel; property() called directly.
class Node:
    def __init__(self):
        self._parent = None
    @property
    def parent(self):
        return self._parent
    @parent.setter
    def parent(self, p):
        print("set parent", p)
        self._parent = p
    @parent.deleter
    def parent(self):
        print("delete parent")
        self._parent = None
n = Node()
n.parent = "root"
print(n.parent)
del n.parent
print(n.parent)
p = Node.parent
print(p.fget is not None, p.fset is not None, p.fdel is not None)
class Manual:
    def _get(self):
        return self.__dict__.get("v", "unset")
    def _set(self, v):
        self.__dict__["v"] = v * 10
    value = property(_get, _set)
    ro = property(lambda self: "read only")
m = Manual()
print(m.value)
m.value = 4
print(m.value, m.ro, Manual.ro.fset)
