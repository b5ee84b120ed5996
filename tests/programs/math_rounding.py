# math: floor, ceil, trunc (exact big ints from big floats, __floor__ of classes), modf, frexp, ldexp, fmod, remainder
import math

for x in [2.5, -2.5, 2.0, -0.5, 0.5, 1e-300, -1e-300, 7, -7, True, 2**100, -2**100 + 1]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(math.floor(1e300))
print(math.ceil(-1.5e200))
print(math.trunc(2.0**70 + 2.0**20), type(math.floor(3.7)).__name__, type(math.floor(True)).__name__)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floor__(self):
        return self.cents // 100
    def __ceil__(self):
        return -(-self.cents // 100)
    def __trunc__(self):
        return int(self.cents / 100)
    def __float__(self):
        return self.cents / 100

m = Money(-250)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(400)), math.isfinite(m))

for x in [3.75, -3.75, 0.0, -0.0, 1e20, math.inf, -math.inf]:
    print(x, math.modf(x))
for x in [0.0, 1, 8, -8, 0.375, 1e300, 5e-324, 2**80, math.inf]:
    print(x, math.frexp(x))
for x, i in [(0.5, 4), (1, -1074), (1, -1075), (1.5, 1023), (-1.5, 10), (0.0, 10**20), (1.0, -10**20), (math.inf, -5), (True, 3)]:
    print(x, i, math.ldexp(x, i))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (1e300, 3), (-0.0, 1), (5, math.inf), (-5, -math.inf)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
for x, y in [(5, 2), (7, 2), (-5, 2), (2.5, 1), (3.5, 1), (1e308, 1e-308), (math.inf, math.inf) ]:
    try:
        print(x, y, math.remainder(x, y))
    except ValueError as e:
        print(x, y, 'ValueError', e)
