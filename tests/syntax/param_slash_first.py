# / needs a parameter before it
def f(/, a):
    pass
