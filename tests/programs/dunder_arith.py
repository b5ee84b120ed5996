# Arithmetic special methods: + - * / // % ** unary - + abs, divmod.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o): return N(self.v + o.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    def __truediv__(self, o): return N(self.v / o.v)
    def __floordiv__(self, o): return N(self.v // o.v)
    def __mod__(self, o): return N(self.v % o.v)
    def __pow__(self, o): return N(self.v ** o.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v if self.v > 0 else 0)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __and__(self, o): return N(self.v & o.v)
    def __or__(self, o): return N(self.v | o.v)
    def __xor__(self, o): return N(self.v ^ o.v)

a, b = N(17), N(5)
print(a + b, a - b, a * b, a * 2, a / b, a // b, a % b, b ** N(3))
print(divmod(a, b), -a, +N(-3), abs(N(-4)), ~b)
print(a << 2, a & b, a | b, a ^ b)
print(a + b * N(2) - N(1))
print(sum([N(1), N(2)], N(0)))
print(pow(N(2), N(10)))
