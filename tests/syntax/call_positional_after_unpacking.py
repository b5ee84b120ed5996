# a positional argument after **
kw = {}
print(**kw, 1)
