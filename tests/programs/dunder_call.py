# __call__ makes instances callable: counters, adders, and callables as callbacks.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-10)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
for _ in range(3):
    c()
print(c.calls, c(), callable(c))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
print(Compose(str, Adder(1), abs)(-7))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
