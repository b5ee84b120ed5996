# Checks: comprehension variables do not leak; closures over outer names; outer names are read live.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    n = 3
    lst = [lambda: n for i in range(2)]
    n = 4
    return [fn() for fn in lst]
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
k = 100
d = {k: k + 1 for k in range(2)}
print(k, d)
try:
    print(i)
except NameError as e:
    print(repr(e))
def h():
    total = 0
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    for v in doubled:
        total += v
    return total, doubled
print(h())
n = 2
print([[n * a for a in range(3)] for n in range(3)], n)
