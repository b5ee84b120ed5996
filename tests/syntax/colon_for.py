# the for line lacks its colon
for i in range(3)
    pass
