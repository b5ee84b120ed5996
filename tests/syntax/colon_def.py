# the def line lacks its colon
def f()
    return 1
