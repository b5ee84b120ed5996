# Checks: is / is not with None, True, small values and containers; in / not in on every container.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, True is True)
print(type(None), None == 0, None == False, None != "")
def f():
    pass
print(f() is None, f() is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], 2 in (2,), "k" in {"k": 1}, 1 in {"k": 1})
print("ell" in "hello", "" in "", "a" in "", 5 in range(10), 5.5 in range(10))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], None in [None], None in [])
s = "abc"
print(s is s, s[:] == s)
x = 1000
y = x
print(x is y)
print(id(a) == id(c), id(a) == id(b))
