# a call as the loop variable
for f() in range(3):
    pass
