# The class body is a scope: names are not visible inside methods without self/Class.
x = "global"
class A:
    x = "class"
    y = x + "!"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def f(self):
        return x
    def g(self):
        return self.x, A.x
print(A.y, A.doubled)
print(A().f(), A().g())
class B:
    n = 3
    try:
        total = sum(n * i for i in range(3))
    except NameError as e:
        print("NameError:", e)
print(hasattr(B, "total"))
def make():
    v = "enclosing"
    class C:
        v = "class"
        def get(self):
            return v
    return C().get()
print(make())
class D:
    for k in range(3):
        pass
print(D.k)
