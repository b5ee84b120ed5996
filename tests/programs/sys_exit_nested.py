# Checks: sys.exit from a nested function with an int code, through except Exception (not caught).
from sys import exit
def deep(n):
    if n == 0:
        exit(7)
    deep(n - 1)
try:
    deep(5)
except Exception:
    print("not caught by except Exception")
