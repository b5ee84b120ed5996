# a literal after as
with open(__file__) as 1:
    pass
