# the same rule in a lambda
f = lambda x=1, y: x
