# free-threading safety: 8 threads append, extend, += and insert into one list at once; every item is there exactly once, each thread's order kept
import threading

N = 8
PER = 600
shared = []
front = []
go = threading.Barrier(N)


def work(k):
    global shared
    go.wait()
    for i in range(PER):
        v = k * PER + i
        r = i % 4
        if r == 0:
            shared.append(v)
        elif r == 1:
            shared.extend([v])
        elif r == 2:
            shared += [v]  # in place: the global is rebound to the same list
        else:
            shared.extend(x for x in (v,))
        front.insert(0, (k, i))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("items", len(shared), "distinct", len(set(shared)))
print("all there", sorted(shared) == list(range(N * PER)))
ok = True
for k in range(N):
    mine = [x for x in shared if x // PER == k]
    ok = ok and mine == sorted(mine)
print("per-thread order kept", ok)
print("front", len(front), len(set(front)))
# insert(0, ...) puts a thread's later items before its earlier ones
ok = True
for k in range(N):
    mine = [i for (j, i) in front if j == k]
    ok = ok and mine == list(range(PER - 1, -1, -1))
print("insert order kept", ok)
