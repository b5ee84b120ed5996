# The table grows as CPython's (8, 32, 128, ... slots): order after every insertion.
s = set()
for i in range(25):
    s.add(i * 13 % 64 * 8)
    print(len(s), s)
t = set()
for i in range(0, 300, 7):
    t.add(i * 31)
print(t)
u = set()
for i in range(20):
    u.add(-i * 4)
print(u)
