# a def needs a parameter list
def f:
    return 1
