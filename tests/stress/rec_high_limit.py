# Stress: sys.setrecursionlimit(100000) and Python-to-Python recursion that really goes that
# deep (CPython 3.11 needs no C stack for it, and neither does gilvm): the RecursionError
# comes at the new limit, legal recursion close to it works, and lowering the limit again works.
import sys

sys.setrecursionlimit(100000)
print("limit", sys.getrecursionlimit())

def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n

print("depth reached", probe(0))

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print("count", count(99000))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print("mutual", is_even(99001), is_odd(98999))

def build(n):
    return [] if n == 0 else [build(n - 1)]

def measure(x):
    return 0 if not x else 1 + measure(x[0])

deep = build(90000)
print("built and measured", measure(deep))
del deep

class Chain:
    def __init__(self, next):
        self.next = next

    def length(self):
        return 1 + (self.next.length() if self.next is not None else 0)

chain = None
for i in range(50000):
    chain = Chain(chain)
print("method recursion", chain.length())
del chain

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

sys.setrecursionlimit(1000)
print("back to", sys.getrecursionlimit(), "depth reached", probe(0))
