# continue outside a loop, in a function
def f():
    continue
