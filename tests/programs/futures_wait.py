# concurrent.futures: wait() with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, Future)
import threading

with ThreadPoolExecutor(max_workers=4) as ex:
    gates = [threading.Event() for i in range(3)]
    fs = [ex.submit(g.wait) for g in gates]
    gates[1].set()
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", [fs.index(f) for f in done], len(not_done))
    r = wait(fs, timeout=0.02)
    print("timed out:", len(r.done), len(r.not_done))
    for g in gates:
        g.set()
    r = wait(fs, return_when=ALL_COMPLETED)
    print("all completed:", len(r.done), len(r.not_done))
    print(wait([], timeout=0).done, ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)

    # FIRST_EXCEPTION returns as soon as one call fails
    hold = threading.Event()

    def fail():
        raise RuntimeError("failed")

    slow = ex.submit(hold.wait)
    bad = ex.submit(fail)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print("first exception:", bad in done, slow in not_done)
    hold.set()
    # FIRST_EXCEPTION with no failure waits for all
    done, not_done = wait([ex.submit(int, "5"), ex.submit(int, "6")], return_when=FIRST_EXCEPTION)
    print(sorted(f.result() for f in done), not_done)

# plain Futures
a, b = Future(), Future()
a.set_result("x")
r = wait([a, b], timeout=0)
print(a in r.done, b in r.not_done)
b.set_exception(KeyError("k"))
r = wait([a, b], return_when=FIRST_EXCEPTION)
print(len(r.done))
