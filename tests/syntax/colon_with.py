# the with line lacks its colon
with open(__file__) as f
    pass
