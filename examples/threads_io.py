# Ten threads each "wait for I/O" (time.sleep) for 0.2 s.
# Sleeping detaches the thread: it gives the lock up, so the waits overlap
# and the whole run takes about 0.2 s, not 2 s, under every strategy
# (gil, gil-legacy) and under python3. Threads help I/O-bound programs even
# with a global lock. `--stats` shows each thread holding the lock for
# almost no time: it spends its life waiting outside it.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
WAIT = 0.2


def fetch(k, results):
    time.sleep(WAIT)  # stands in for a network or disk wait
    results[k] = k * k


results = [None] * N
start = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(k, results)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("%d threads sleeping %.1f s each: results %s" % (N, WAIT, "ok" if results == [k * k for k in range(N)] else results))
print("elapsed %.2f s (serial would be %.1f s): %s" % (elapsed, N * WAIT, "overlapped" if elapsed < N * WAIT / 2 else "SERIAL"))
