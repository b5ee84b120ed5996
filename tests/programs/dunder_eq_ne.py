# __eq__ and the derived __ne__; default identity equality; == with other types.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    __hash__ = None

a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a != b, a == c, a != c, a is b)
print(a == 5, a != "x", 5 == a)
print(a in [c, b], [a, c].index(b), [P(0, 0), P(1, 2)].count(a))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
class Always:
    def __eq__(self, other): return True
    def __ne__(self, other): return "custom ne"
print(Always() == 3, 3 == Always(), Always() != 3)
class NeOnly:
    def __ne__(self, other): return False
n = NeOnly()
print(n == n, n != NeOnly(), n == NeOnly())
