# Class attributes are shared until an instance assignment shadows them.
class Dog:
    kind = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.kind, b.kind, Dog.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "hound"
print(a.kind, b.kind, Dog.kind)
del a.kind
print(a.kind)
a.tricks.append("roll")
print(b.tricks, Dog.tricks)
b.tricks = ["sit"]
print(a.tricks, b.tricks, Dog.tricks)
print(a.name, b.name)
print(hasattr(a, "name"), hasattr(Dog, "name"))
Dog.legs = 4
print(a.legs, b.legs)
print(getattr(a, "missing", "default"))
setattr(b, "age", 3)
print(b.age)
