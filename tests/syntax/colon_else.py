# the else line lacks its colon
if True:
    pass
else
    pass
