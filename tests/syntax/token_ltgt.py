# the old <> operator
if 1 <> 2:
    pass
