# the while line lacks its colon
while True
    break
