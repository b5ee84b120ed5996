# Single inheritance chains: lookup walks up the bases; __bases__ and __mro__.
class Animal:
    sound = "..."
    def speak(self):
        return f"{self.name()} says {self.sound}"
    def name(self):
        return type(self).__name__.lower()

class Mammal(Animal):
    legs = 4

class Dog(Mammal):
    sound = "woof"

class Puppy(Dog):
    def name(self):
        return "little " + super().name()

for cls in (Animal, Mammal, Dog, Puppy):
    obj = cls()
    print(obj.speak())
print(Puppy.legs, Puppy.sound)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(isinstance(Puppy(), Mammal))
