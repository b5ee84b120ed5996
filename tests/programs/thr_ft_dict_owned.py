# free-threading safety: 8 threads insert, update, delete their own keys of one shared dict (it resizes meanwhile) and count shared keys under a lock; the final dict is exact
import threading

N = 8
PER = 400
d = {}
lock = threading.Lock()
go = threading.Barrier(N)


def work(k):
    go.wait()
    for i in range(PER):
        d[(k, i)] = i
    for i in range(PER):
        d[(k, i)] = d[(k, i)] * 2 + k  # only this thread touches (k, i)
    for i in range(0, PER, 3):
        del d[(k, i)]
    for i in range(0, PER, 5):
        d.pop((k, i), None)
    d.update({("u", k, j): j for j in range(10)})
    d.setdefault(("s", k), []).append(k)
    for i in range(PER):
        with lock:
            d["total"] = d.get("total", 0) + 1
            d[i % 10] = d.get(i % 10, 0) + k


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expect = {}
for k in range(N):
    for i in range(PER):
        if i % 3 and i % 5:
            expect[(k, i)] = i * 2 + k
    for j in range(10):
        expect[("u", k, j)] = j
    expect[("s", k)] = [k]
expect["total"] = N * PER
for r in range(10):
    expect[r] = (PER // 10) * sum(range(N))
print("size", len(d), len(expect))
print("equal", d == expect)
print("total", d["total"], [d[r] for r in range(10)])
print("owned values", sum(v for key, v in d.items() if type(key) is tuple and len(key) == 2 and key[0] != "s"))
