# @staticmethod: callable on the class and on instances, no self.
class MathUtil:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def clamp(x, lo=0, hi=10):
        return max(lo, min(hi, x))
    def scaled(self, x):
        return self.add(x, x) * self.factor

print(MathUtil.add(2, 3))
m = MathUtil()
print(m.add(10, 20))
print(MathUtil.clamp(-5), MathUtil.clamp(50), m.clamp(5, hi=4))
print(m.scaled(7))
f = MathUtil.add
print(f("a", "b"))
g = m.clamp
print(g(99))
class Sub(MathUtil):
    @staticmethod
    def add(a, b):
        return a * b
print(Sub().scaled(3))
