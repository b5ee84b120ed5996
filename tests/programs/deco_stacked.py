# Stacked decorators: applied bottom-up, wrappers run top-down.
def deco(name):
    def d(f):
        print("apply", name)
        def w(*a):
            print("enter", name)
            r = f(*a)
            print("leave", name)
            return f"{name}({r})"
        return w
    return d
@deco("outer")
@deco("middle")
@deco("inner")
def core(x):
    print("core", x)
    return x
print(core(7))
def add(n):
    return lambda f: (lambda x: f(x) + n)
def mul(n):
    return lambda f: (lambda x: f(x) * n)
@add(1)
@mul(10)
def f(x):
    return x
@mul(10)
@add(1)
def g(x):
    return x
print(f(2), g(2))
