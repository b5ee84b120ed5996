# Checks: uncaught TypeError "'int' object is not callable".
value = 42
print(value)
value()
