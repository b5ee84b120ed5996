# Large sets: growth past 50,000 elements, membership, hashing, order of the first elements.
s = set(range(100000))
print(len(s), list(s)[:5], list(s)[-5:], 99999 in s, 100000 in s)
t = set()
for i in range(60000):
    t.add(i * 7919 % 1000003)
print(len(t), list(t)[:8], list(t)[-8:])
for i in range(0, 60000, 3):
    t.discard(i * 7919 % 1000003)
print(len(t), list(t)[:8])
c = t.copy()
print(list(c)[:8], c == t)
print(hash(frozenset(range(200000))), hash(frozenset(t)) == hash(frozenset(c)))
u = set(range(0, 200000, 3)) & set(range(0, 200000, 5))
print(len(u), list(u)[:6])
v = set(range(150000)) - set(range(100, 149900))
print(len(v), list(v)[:5], list(v)[-5:])
