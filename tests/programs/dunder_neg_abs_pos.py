# Unary special methods and round(): __neg__ __pos__ __abs__ __invert__ __round__.
class Money:
    def __init__(self, cents): self.cents = cents
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __abs__(self): return Money(abs(self.cents))
    def __invert__(self): return Money(self.cents * 100)
    def __round__(self, nd=None):
        if nd is None:
            return round(self.cents / 100)
        return Money(round(self.cents, -nd))
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"
m = Money(-1234)
print(m, -m, +m, abs(m), -(-m), ~Money(5))
print(+m is m, round(Money(250)), round(Money(1249), 2))
print(sorted([Money(5), Money(-3), Money(0)], key=lambda x: x.cents))
