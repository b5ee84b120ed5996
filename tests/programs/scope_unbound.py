# Checks: UnboundLocalError when a local is read before assignment, even though a global exists.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(repr(e))
    x = 5
    return x
print(f())
def g(flag):
    if flag:
        y = "set"
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(repr(e))
except NameError as e:
    print("wrong handler")
def h():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
    return inner()
print(h())
print(isinstance(UnboundLocalError("x"), NameError))
