# Deleted elements leave dummies; new elements reuse them; order follows CPython.
s = set(range(0, 64, 4))
for x in range(0, 64, 8):
    s.discard(x)
print(s)
s.add(64)
s.add(128)
print(s)
s = set([1, 9, 17, 25])
s.remove(9)
s.remove(17)
s.add(33)
print(s)
s = set(range(40))
for x in range(0, 40, 3):
    s.remove(x)
print(s)
for x in range(100, 140, 3):
    s.add(x)
print(s)
for x in range(10):
    s.discard(x)
    s.add(x + 1000)
print(s)
s = set(range(300))
for x in range(290):
    s.discard(x)
print(s)
s.add(5)
print(s)
