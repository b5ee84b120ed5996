# concurrent.futures: done callbacks added before and after completion run once each, in the order added
from concurrent.futures import ThreadPoolExecutor
import threading

log = []
lock = threading.Lock()


def note(tag):
    def cb(fut):
        with lock:
            log.append((tag, fut.result() if not fut.exception() else repr(fut.exception())))
    return cb


gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: (gate.wait(), 7)[1])
    f.add_done_callback(note("before-1"))
    f.add_done_callback(note("before-2"))
    ran = threading.Event()
    f.add_done_callback(lambda _f: ran.set())
    gate.set()
    f.result()
    # the worker runs the callbacks after the result is visible: wait for them
    ran.wait()
    f.add_done_callback(note("after"))
    g = ex.submit(lambda: 1 // 0)
    g.exception()
    g.add_done_callback(note("failed call"))
with lock:
    print(log)

# callbacks run in the order they were added, once each
order = []
h = ThreadPoolExecutor(1)
gate2 = threading.Event()
fut = h.submit(gate2.wait)
for i in range(5):
    fut.add_done_callback(lambda _f, i=i: order.append(i))
gate2.set()
fut.result()
h.shutdown()
print(order)
