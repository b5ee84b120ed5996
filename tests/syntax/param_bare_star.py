# a bare * must be followed by a named parameter
def f(a, *):
    pass
