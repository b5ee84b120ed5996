# Assigning to or deleting a property without setter/deleter: CPython 3.11's messages.
class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @property
    def owner(self):
        return "ann"
    @owner.setter
    def owner(self, v):
        pass
a = Account()
try:
    a.balance = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.owner
except AttributeError as e:
    print("AttributeError:", e)
a.owner = "bob"
print(a.balance, a.owner)
class WriteOnly:
    x = property(None, lambda self, v: print("stored", v))
w = WriteOnly()
w.x = 1
try:
    w.x
except AttributeError as e:
    print("AttributeError:", e)
