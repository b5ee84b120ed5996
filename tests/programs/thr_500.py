# 500 threads started (all alive at once, held by an event), then joined: every
# one ran, every update made under the lock is counted, active_count() drops to 1.
import threading

N = 500
go = threading.Event()
lock = threading.Lock()
seen = []
total = 0


def work(k):
    global total
    go.wait()
    with lock:
        total += k
    seen.append(k)  # list.append is atomic: nothing is lost


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
print("alive before go:", threading.active_count() - 1, sum(t.is_alive() for t in threads))
go.set()
for t in threads:
    t.join()
print("total", total, "expected", N * (N - 1) // 2)
print("appended", len(seen), "distinct", len(set(seen)), "sorted ok", sorted(seen) == list(range(N)))
print("alive after join:", threading.active_count(), any(t.is_alive() for t in threads))
names = {t.name for t in threads}
print("names unique:", len(names) == N)
