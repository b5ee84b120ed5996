# concurrent.futures: shutdown(wait), shutdown(cancel_futures=True), submit after shutdown, worker names, bad arguments
from concurrent.futures import ThreadPoolExecutor
import threading

# worker threads are named PREFIX_N; all four are needed because every call waits at a barrier
b = threading.Barrier(4)


def meet():
    b.wait()
    return threading.current_thread().name


ex = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool")
names = [f.result() for f in [ex.submit(meet) for i in range(4)]]
print(sorted(names))
ex.shutdown()
print(all(not t.is_alive() for t in ex._threads))
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # a second shutdown is harmless

# cancel_futures: queued calls are cancelled, the running one finishes
gate = threading.Event()
started = threading.Event()


def first():
    started.set()
    gate.wait()
    return "first done"


ex = ThreadPoolExecutor(max_workers=1)
f0 = ex.submit(first)
queued = [ex.submit(str, i) for i in range(5)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued], f0.running())
gate.set()
ex.shutdown(wait=True)
print(f0.result(), [f.cancelled() for f in queued])

# shutdown(wait=False) returns at once; the work still completes
gate2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=2)
fw = ex.submit(gate2.wait, 5)
ex.shutdown(wait=False)
print("returned while running:", fw.running() or not fw.done())
gate2.set()
print(fw.result())

# the context manager waits for everything
results = []
with ThreadPoolExecutor(3) as pool:
    for i in range(10):
        pool.submit(results.append, i)
print(sorted(results))

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
