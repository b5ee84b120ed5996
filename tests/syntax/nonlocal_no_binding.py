# nonlocal needs an enclosing variable
def f():
    nonlocal x
    x = 1
