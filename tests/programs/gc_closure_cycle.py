# Checks: cycles through closures are collected. CPython counts the list, the function, its
# closure tuple and the cell (4), and for a function that refers to itself: function, tuple, cell (3).
import gc
gc.collect()
def make():
    box = []
    def get():
        return box
    box.append(get)
    return box
b = make()
print(len(b), b[0]() is b)
del b
print(gc.collect())
def make_self():
    def f():
        return f
    return f
f = make_self()
print(f() is f)
del f
print(gc.collect())
