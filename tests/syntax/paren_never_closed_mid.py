# an unclosed bracket reported from further down
numbers = [1, 2, 3
def f():
    return 1
