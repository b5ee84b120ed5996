# a docstring that never ends
def f():
    """Return one.
    return 1
