# An uncaught user exception raised deep in methods of user classes: full traceback.
class OrderError(Exception):
    pass

class Order:
    def __init__(self, items):
        self.items = items
    def total(self):
        return sum(self.price(i) for i in self.items)
    def price(self, item):
        prices = {"pen": 2, "book": 12}
        if item not in prices:
            raise OrderError(f"unknown item {item!r}")
        return prices[item]

print(Order(["pen", "book"]).total())
Order(["pen", "lamp"]).total()
