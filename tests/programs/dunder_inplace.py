# In-place operators: __iadd__ mutates in place; without it, += falls back to __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
    def __imul__(self, n):
        self.items *= n
        return self
class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)
    def __add__(self, other):
        print("add")
        return Frozen(self.items + tuple(other))

b = Bag([1])
alias = b
b += [2, 3]
print(b.items, alias is b)
c = b + [4]
print(c.items, c is b)
b *= 2
print(b.items)
f = Frozen([1])
g = f
f += [2]
print(f.items, g.items, f is g)
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)
class NoOps: pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    n **= 2
except TypeError as e:
    print("TypeError:", e)
