# = in a condition instead of ==
x = 1
if x = 1:
    pass
