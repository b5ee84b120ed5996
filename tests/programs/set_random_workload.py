# A long pseudo-random workload (a fixed LCG): every intermediate set prints as in CPython.
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


pool = [-1, -2, 0, 1, 7, 8, 64, 100, 2**61 - 1, 2**61, 2**64, -(2**63), 10**6, 1023, 1024]
for i in range(40):
    pool.append(rnd(5000) - 1000)
    pool.append(rnd(40) * 64)
sets = [set(), set(), set()]
for step in range(400):
    s = sets[rnd(3)]
    op = rnd(12)
    x = pool[rnd(len(pool))]
    if op < 4:
        s.add(x)
    elif op == 4:
        s.discard(x)
    elif op == 5 and s:
        print("pop", s.pop())
    elif op == 6:
        s.update(pool[rnd(len(pool)):rnd(len(pool))])
    elif op == 7:
        s.difference_update(pool[rnd(len(pool)):])
    elif op == 8:
        s.symmetric_difference_update(sets[rnd(3)])
    elif op == 9:
        sets[rnd(3)] = s | sets[rnd(3)]
    elif op == 10:
        sets[rnd(3)] = s - sets[rnd(3)]
    else:
        s.intersection_update(sets[rnd(3)] | set(pool[:rnd(len(pool))]))
    if step % 10 == 0:
        print(step, sets[0], sets[1], sets[2])
print(sets)
print(hash(frozenset(sets[0])), hash(frozenset(sets[1])), hash(frozenset(sets[2])))
