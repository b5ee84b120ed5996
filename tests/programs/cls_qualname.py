# __qualname__ and __name__ of classes, methods and functions nested in them.
class A:
    def m(self):
        def inner():
            pass
        return inner
    class B:
        def n(self):
            pass
        class C:
            @staticmethod
            def s():
                pass

def f():
    class Local:
        def meth(self):
            pass
    return Local

print(A.__qualname__, A.B.__qualname__, A.B.C.__qualname__)
print(A.m.__qualname__, A.m.__name__)
print(A().m().__qualname__)
print(A.B.n.__qualname__)
print(A.B.C.s.__qualname__)
L = f()
print(L.__qualname__, L.__name__)
print(L.meth.__qualname__)
print(f.__qualname__, (lambda: 0).__qualname__)
