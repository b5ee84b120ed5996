# Checks: calls with *iterable and **dict unpacking, several of each, mixed with normal arguments.
def f(a, b, c, d=0):
    return [a, b, c, d]
args = [1, 2]
print(f(*args, 3), f(*[1, 2, 3]), f(*"xyz"), f(*range(4)))
print(f(0, *args), f(*args, *[9]), f(*(1,), *(2,), 3, d=4))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw), f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"b": 2}, **{"c": 3}))
print(f(*[1], **{"b": 2, "c": 3}))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), x=1, **{"y": 2}))
print(max(*[3, 1, 4]), min(*"hello"))
print(*[1, 2, 3])
print(*["a", "b"], sep="-")
print(*[], "only")
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(repr(e))
try:
    f(1, 2, 3, **{"a": 1})
except TypeError as e:
    print(repr(e))
