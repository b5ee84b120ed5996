# threading stress: 1000 threads alive at once, then 1000 more started and joined in waves; lock-protected counters exact
import threading

lock = threading.Lock()
counter = 0
seen = set()
N = 1000
ROUNDS = 50
results = [None] * N  # results[k]: what thread k computed (only it writes there)
go = threading.Event()


def work(k):
    global counter
    go.wait()
    local_sum = 0
    for i in range(ROUNDS):
        local_sum += i * k
        with lock:
            counter += 1
    with lock:
        seen.add(k)
    results[k] = local_sum


# all at once: every thread waits for the same event
threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
print("alive together:", threading.active_count() - 1)
go.set()
for t in threads:
    t.join()
print("counter", counter, counter == N * ROUNDS, "threads seen", len(seen))
print("results exact", results == [k * (ROUNDS * (ROUNDS - 1) // 2) for k in range(N)])
results = [None] * N
print("all ended:", threading.active_count(), not any(t.is_alive() for t in threads))

# churn: waves of 50 threads started and joined, 1000 in all
counter = 0
seen.clear()
for wave in range(20):
    batch = [threading.Thread(target=work, args=(wave * 50 + k,)) for k in range(50)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print("counter", counter, counter == N * ROUNDS, "threads seen", len(seen))
print("results exact", results == [k * (ROUNDS * (ROUNDS - 1) // 2) for k in range(N)])
results = [None] * N
print("names unique:", len(set(t.name for t in threads)) == N, threads[-1].name)
print(threading.active_count(), [t.name for t in threading.enumerate()])
