# Slicing a custom object passes slice objects to __getitem__/__setitem__/__delitem__.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            print("slice", k.start, k.stop, k.step)
            return Seq(self.items[k])
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __repr__(self):
        return f"Seq({self.items})"

s = Seq(range(10))
print(s[2:5])
print(s[::3])
print(s[-2:])
print(s[1:8:2][1:])
print(s[4])
s[0:3] = ["a", "b"]
print(s)
del s[::2]
print(s)
class Show:
    def __getitem__(self, k): return k
sh = Show()
print(sh[1:2], sh[:, 1], sh[::], sh[1:2, ::3])
print(sh["key"], sh[1, 2])
