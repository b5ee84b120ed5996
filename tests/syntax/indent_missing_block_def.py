# a function without a body
def f():

x = 1
