# Bound methods: stored, called later, compared; __self__ and __func__.
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)

a = Acc()
m = a.add
print(m(1), m(2))
print(a.items)
callbacks = [Acc().add, a.add]
for cb in callbacks:
    print(cb(10))
print(a.items)
print(m.__self__ is a, m.__func__ is Acc.add)
print(a.add == a.add, a.add == Acc().add)
f = Acc.add
print(f(a, 99), a.items)
print(type(m).__name__, type(Acc.add).__name__)
ops = {"push": a.add}
ops["push"]("x")
print(a.items[-1])
b = Acc()
b.add = lambda x: "shadowed " + str(x)
print(b.add(5), b.items)
