# a generator expression among other arguments
print(x for x in range(3), 1)
