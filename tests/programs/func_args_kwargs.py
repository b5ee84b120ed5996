# Checks: *args and **kwargs collection, their types and order, mixed with regular parameters.
def f(*args):
    return args
print(f(), f(1), f(1, "a", [2]), type(f()))
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2), g(z=1, a=2), type(g()))
def h(a, b=2, *args, **kwargs):
    return [a, b, args, kwargs]
print(h(1))
print(h(1, 3, 5, 7))
print(h(1, x=9))
print(h(1, 2, 3, y=4, z=5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def describe(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append(k + "=" + repr(v))
    return " ".join(parts)
print(describe("box", width=3, color="red", tags=["a"]))
