# free-threading safety: 8 threads add and discard their own elements of one shared set (it resizes meanwhile), and do set algebra on shared sets under a lock; the final sets are exact
import threading

N = 8
PER = 500
s = set()
seen = set()
lock = threading.Lock()
go = threading.Barrier(N)


def work(k):
    global seen
    go.wait()
    base = k * PER
    for i in range(PER):
        s.add(base + i)
        s.add(("t", k, i))
    for i in range(PER):
        s.discard(("t", k, i))
        if i % 2:
            s.remove(base + i)
    s.update(range(10000 + base, 10000 + base + 50))
    s.difference_update(range(10000 + base, 10000 + base + 25))
    for i in range(0, PER, 50):
        with lock:
            seen.add(i)
            seen |= {-i - 1}
            seen -= {-i - 1}


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expect = set()
for k in range(N):
    expect.update(k * PER + i for i in range(0, PER, 2))
    expect.update(range(10000 + k * PER + 25, 10000 + k * PER + 50))
print("size", len(s), len(expect))
print("equal", s == expect)
print("sum", sum(s))
print("seen", sorted(seen))
