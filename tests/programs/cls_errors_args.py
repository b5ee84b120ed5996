# Wrong numbers of arguments to methods and constructors: CPython's messages.
class A:
    def __init__(self, x):
        self.x = x
    def f(self):
        return 1
    def g(self, a, b=2):
        return a + b
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a

a = A(1)
tests = [
    lambda: a.f(1),
    lambda: a.g(),
    lambda: a.g(1, 2, 3),
    lambda: A(),
    lambda: A(1, 2),
    lambda: A.f(),
    lambda: a.s(),
    lambda: A.c(),
    lambda: a.g(1, c=3),
    lambda: a.g(1, a=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
