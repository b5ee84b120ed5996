# = without a default value
def f(a=):
    pass
