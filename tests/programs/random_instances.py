# random: independent Random instances, getstate/setstate replay, a subclass of Random, module functions share one instance
import random

a = random.Random(1)
b = random.Random(1)
c = random.Random(2)
print(a.random() == b.random(), a.random() == c.random())
print([a.randint(1, 100) for i in range(5)], [b.randint(1, 100) for i in range(5)])
random.seed(1)
print(random.random(), random.Random(1).random())
st = a.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
first = [a.random() for i in range(700)]
a.setstate(st)
print(first == [a.random() for i in range(700)])
g = random.Random(9)
g.gauss(0, 1)
st = g.getstate()
print(st[2] is not None, g.gauss(0, 1) == (g.setstate(st) or g.gauss(0, 1)))
d = random.Random()
d.seed(1)
print(d.random() == random.Random(1).random())
print(random.Random(x=5).random(), random.Random(5.0).random(), random.Random('5').random())

class Dice(random.Random):
    def __init__(self, sides, seed):
        super().__init__(seed)
        self.sides = sides
        self.rolls = 0

    def roll(self):
        self.rolls += 1
        return self.randint(1, self.sides)

d6 = Dice(6, 2024)
print([d6.roll() for i in range(12)], d6.rolls, isinstance(d6, random.Random), type(d6).__name__)
print([random.Random(2024).randint(1, 6) for i in range(1)])
r = random.Random(0)
funcs = [r.random, r.getrandbits]
print(funcs[0](), funcs[1](16), random.Random.__name__)
