# the if line lacks its colon
x = 1
if x > 0
    print(x)
