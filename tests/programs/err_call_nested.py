# Checks: an uncaught TypeError from a bad call inside nested function calls.
def area(w, h):
    return w * h

def shapes():
    return [area(2, 3), area(4)]

print(shapes())
