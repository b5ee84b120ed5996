# a literal as the loop variable, nested
def f():
    for i, 1 in []:
        pass
