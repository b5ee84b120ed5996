# Checks: an uncaught RecursionError prints the traceback with repeated lines collapsed and exits 1.
def walk(n):
    return walk(n + 1)
print("before")
walk(0)
