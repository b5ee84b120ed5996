# pop() returns elements in CPython's order, resuming where the last pop stopped.
s = set(range(0, 100, 7))
print([s.pop() for i in range(5)], s)
s.clear()
s.update([3, 2, 1, 40])
print(s.pop(), s.pop(), s)
s = set([16, 1, 32, 17, 48, 64, 0, 8])
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(20))
s.add(1000)
s.discard(5)
print(s.pop(), s.pop(), s.pop(), s)
s.add(0)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e, repr(e))
