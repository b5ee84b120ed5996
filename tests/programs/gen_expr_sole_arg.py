# A generator expression as sole call argument needs no extra parentheses; scoping.
def show(it):
    return list(it)
print(show(x + 1 for x in range(3)))
print(len(list(x for x in "abc")))
x = 100
print(list(x for x in range(2)), x)
base = 10
g = (base + i for i in range(3))
base = 20
print(list(g))
items = [1, 2, 3]
g = (i * 2 for i in items)
items = [7]
print(list(g))
def make(n):
    return (i * n for i in range(3))
print([list(make(k)) for k in (1, 2)])
print(sum(x for x in range(10) if x % 3 == 0))
print(sorted((w for w in "the quick brown fox".split()), key=len))
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "exhausted after error"))
