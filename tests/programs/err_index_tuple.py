# Checks: uncaught IndexError "tuple index out of range".
point = (1, 2)
x = point[0]
y = point[1]
z = point[2]
