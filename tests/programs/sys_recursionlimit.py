# Checks: setrecursionlimit(100): recursion of depth 50 works, depth 200 raises RecursionError.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50))
try:
    depth(200)
except RecursionError as e:
    print(repr(e))
print(depth(60))
sys.setrecursionlimit(1000)
print(depth(500))
