# super() skips levels that do not define the method; works in class and static contexts.
class A:
    def f(self):
        return ["A.f"]
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

class B(A):
    pass

class C(B):
    def f(self):
        return super().f() + ["C.f"]
    @classmethod
    def make(cls):
        return "C:" + super().make()

class D(C):
    def f(self):
        r = super().f()
        r.append("D.f")
        return r

print(D().f())
print(C().f())
print(D.make())
print(C.make())
print(B.make())
def outside(self):
    return "outside"
D.g = outside
print(D().g())
