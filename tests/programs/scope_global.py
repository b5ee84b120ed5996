# Checks: global declarations, reading globals without declaration, shadowing by locals.
counter = 0
def increment():
    global counter
    counter += 1
def read():
    return counter
def shadow():
    counter = 100
    return counter
increment(); increment()
print(counter, read(), shadow(), counter)
def make_global():
    global created_later
    created_later = "made in a function"
make_global()
print(created_later)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
x = "global x"
def outer():
    x = "outer x"
    def inner():
        global x
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("abc")
len = lambda s: -1
print(uses_builtin())
del len
print(uses_builtin())
