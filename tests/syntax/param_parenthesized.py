# parameters cannot be unpacked any more
def f((a, b)):
    pass
