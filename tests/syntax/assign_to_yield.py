# assigning to a yield expression
def g():
    x = yield = 1
