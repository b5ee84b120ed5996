# del of a literal inside a list
a = 1
del [a, 1]
