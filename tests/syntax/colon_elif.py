# the elif line lacks its colon
if False:
    pass
elif True
    pass
