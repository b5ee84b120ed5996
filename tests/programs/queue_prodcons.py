# queue: 4 producers and 4 consumers through one bounded Queue: every item arrives exactly once
import queue
import threading

q = queue.Queue(maxsize=5)
N_PROD = 4
N_CONS = 4
PER = 250
got = [[] for i in range(N_CONS)]


def producer(p):
    for i in range(PER):
        q.put((p, i))


def consumer(c):
    while True:
        item = q.get()
        if item is None:
            return
        got[c].append(item)


prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
cons = [threading.Thread(target=consumer, args=(c,)) for c in range(N_CONS)]
for t in prods + cons:
    t.start()
for t in prods:
    t.join()
for c in cons:
    q.put(None)
for t in cons:
    t.join()
items = [x for g in got for x in g]
print(len(items), len(set(items)), sorted(items) == [(p, i) for p in range(N_PROD) for i in range(PER)])
# each producer's items come out in the order it put them
for p in range(N_PROD):
    for g in got:
        mine = [i for (pp, i) in g if pp == p]
        assert mine == sorted(mine)
print("FIFO per producer kept", q.empty())
