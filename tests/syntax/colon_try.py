# the try line lacks its colon
try
    pass
finally:
    pass
