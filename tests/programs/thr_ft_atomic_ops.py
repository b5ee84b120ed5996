# free-threading safety: single operations that must be atomic: dict.setdefault races give every thread the same object; list.pop, set.pop, dict.popitem from many threads hand out every item exactly once
import threading

N = 8
go = threading.Barrier(N)

# setdefault: one winner per key, every thread gets the winner's list
d = {}
got = {}


def setdef(k):
    go.wait()
    mine = []
    for key in range(200):
        lst = d.setdefault(key, [])
        lst.append(k)
        mine.append(lst)
    got[k] = mine


ts = [threading.Thread(target=setdef, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
same = all(got[k][key] is d[key] for k in range(N) for key in range(200))
print("setdefault: same object", same, "lists complete", all(sorted(d[key]) == list(range(N)) for key in d))

# pop from shared containers until empty: each item to exactly one thread
def drain(name, take, empty_error):
    taken = {}

    def work(k):
        go.wait()
        mine = []
        while True:
            try:
                mine.append(take())
            except empty_error:
                break
        taken[k] = mine

    ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    everything = [x for k in range(N) for x in taken[k]]
    return name, len(everything), len(set(everything)), sum(everything)


M = 4000
lst = list(range(M))
print(drain("list.pop", lst.pop, IndexError), lst)
lst = list(range(M))
print(drain("list.pop(0)", lambda: lst.pop(0), IndexError), lst)
s = set(range(M))
print(drain("set.pop", s.pop, KeyError), s)
dd = {i: -i for i in range(M)}
print(drain("dict.popitem", lambda: dd.popitem()[0], KeyError), dd)
dd = {i: -i for i in range(M)}
keys = list(range(M))
print(drain("dict.pop", lambda: dd.pop(keys.pop()), IndexError), dd)

# each pop taken by one thread while others append: totals kept
box = []
moved = []
lock = threading.Lock()


def producer(k):
    go.wait()
    for i in range(500):
        box.append(k * 500 + i)


def consumer(k):
    go.wait()
    n = 0
    while n < 500:
        try:
            moved.append(box.pop())
            n += 1
        except IndexError:
            pass


ts = [threading.Thread(target=producer, args=(k,)) for k in range(N // 2)]
ts += [threading.Thread(target=consumer, args=(k,)) for k in range(N // 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("moved", len(moved), sorted(moved) == list(range(N // 2 * 500)), box)
