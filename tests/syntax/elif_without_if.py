# an elif with no if before it
elif True:
    pass
