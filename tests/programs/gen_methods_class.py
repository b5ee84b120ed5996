# Generator methods on classes: self state visible, staticmethod generators, in subclasses.
class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, n):
        self.stock[item] = self.stock.get(item, 0) + n
    def low(self, limit):
        for item in sorted(self.stock):
            if self.stock[item] < limit:
                yield item, self.stock[item]
    @staticmethod
    def batches(n, size):
        while n > 0:
            yield min(size, n)
            n -= size
class Shop(Inventory):
    def low(self, limit):
        for item, n in super().low(limit):
            yield f"reorder {item} (have {n})"
inv = Shop()
for item, n in [("pens", 3), ("ink", 12), ("paper", 1), ("pens", 2)]:
    inv.add(item, n)
g = inv.low(10)
print(next(g))
inv.stock["paper"] = 50
print(list(g))
print(list(Inventory.batches(23, 5)), list(inv.batches(4, 4)))
print(list(Inventory.low(inv, 13)))
