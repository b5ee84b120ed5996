# threading: a counter incremented under a Lock by 8 threads is exact; with-statement and acquire/release
import threading

lock = threading.Lock()
counter = 0
N = 8
ROUNDS = 5000


def work_with():
    global counter
    for i in range(ROUNDS):
        with lock:
            counter += 1


def work_acquire():
    global counter
    for i in range(ROUNDS):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()


threads = [threading.Thread(target=work_with if i % 2 else work_acquire) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, "expected", N * ROUNDS, counter == N * ROUNDS)
print("lock free after:", lock.locked())
print("all ended:", not any(t.is_alive() for t in threads))
