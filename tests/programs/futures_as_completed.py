# concurrent.futures: as_completed yields each future once as it completes; finished ones first; timeout -> TimeoutError
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(pow, 2, k) for k in range(10)]
    print(sorted(f.result() for f in as_completed(fs)))
    # a future listed twice comes out once
    print(len(list(as_completed(fs + fs[:3]))))

    # completion order is controlled with events: c finishes first, then a, then b
    events = {k: threading.Event() for k in "abc"}
    started = threading.Semaphore(0)

    def task(k):
        started.release()
        events[k].wait()
        return k

    futs = {ex.submit(task, k): k for k in "abc"}
    for i in range(3):
        started.acquire()
    order = []
    it = as_completed(futs)
    events["c"].set()
    order.append(next(it).result())
    events["a"].set()
    order.append(next(it).result())
    events["b"].set()
    order.append(next(it).result())
    print(order)
    try:
        next(it)
    except StopIteration:
        print("exhausted")

# a timeout while some are unfinished
pending = Future()
done = Future()
done.set_result(1)
got = []
try:
    for f in as_completed([done, pending], timeout=0.02):
        got.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e, got)
try:
    for f in as_completed([pending, Future(), Future()], timeout=0):
        pass
except TimeoutError as e:
    print("TimeoutError:", e)
print(list(as_completed([])))
