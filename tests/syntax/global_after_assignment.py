# global after the name was assigned
def f():
    x = 1
    global x
