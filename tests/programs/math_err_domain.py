# math: an uncaught "math domain error" gives CPython's traceback and exit status 1
import math

def root(x):
    return math.sqrt(x)

print(root(16.0))
print(root(-1))
