# threading: join(timeout) returns while the thread is still alive; join() later; join(0) and negative timeouts
import threading
import time

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
start = time.monotonic()
t.join(0.03)
print("after join(0.03):", t.is_alive(), time.monotonic() - start >= 0.025)
t.join(0)
t.join(-1)
print("after join(0)/join(-1):", t.is_alive())
gate.set()
t.join()
print("after join():", t.is_alive())
t.join()
t.join(0)
print("joining a finished thread again is fine")

# many threads joining the same thread
gate2 = threading.Event()
target = threading.Thread(target=gate2.wait)
target.start()
done = []
lock = threading.Lock()


def joiner(k):
    target.join()
    with lock:
        done.append(k)


js = [threading.Thread(target=joiner, args=(k,)) for k in range(4)]
for j in js:
    j.start()
print("joiners waiting:", len(done))
gate2.set()
for j in js:
    j.join()
print(sorted(done))
