# Two (or N, the first argument) threads each count to a million (or the
# second argument): CPU-bound pure Python.
# Under a global lock they take turns, so the total time is about the
# same as one thread doing all the work; `--stats` shows how the lock
# was handed over. Runs unchanged under python3.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000


def count(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


results = [0] * N


def worker(k):
    results[k] = count(WORK)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(N, "threads, checksum", sum(results))
