# threading: dict and set updates from many threads (distinct keys, shared keys under a lock, pop/discard)
import threading

d = {}
s = set()
totals = {}
lock = threading.Lock()
N = 10
PER = 500
go = threading.Barrier(N)


def work(k):
    go.wait()
    for i in range(PER):
        d[(k, i)] = k * i
        s.add(k * PER + i)
        with lock:
            totals[i % 7] = totals.get(i % 7, 0) + 1
    for i in range(0, PER, 2):
        del d[(k, i)]
        s.discard(k * PER + i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), len(s))
print(all(d[(k, i)] == k * i for k in range(N) for i in range(1, PER, 2)))
print(sorted(s) == [k * PER + i for k in range(N) for i in range(1, PER, 2)])
print(sorted(totals.items()))
print(sum(totals.values()) == N * PER)
