# concurrent.futures.ThreadPoolExecutor.map over a mix of work.
# The "io" tasks sleep (they detach), so 4 workers finish 8 of them in about
# 2 waits instead of 8. The "cpu" tasks are pure Python: under gil and
# gil-legacy (and python3) only one runs at a time, so the pool does not
# make them faster than a plain loop. Results come back in input order.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

WORKERS = int(sys.argv[1]) if len(sys.argv) > 1 else 4


def io_task(k):
    time.sleep(0.05)
    return k * 10


def cpu_task(k):
    total = 0
    for i in range(100_000):
        total += (i * k) % 7
    return total


def timed(fn, items):
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(fn, items))
    return results, time.perf_counter() - start


items = list(range(8))
res, t_pool = timed(io_task, items)
print("io  tasks:", res)
print("io  pool of %d: %.2f s (serial: %.2f s)" % (WORKERS, t_pool, 0.05 * len(items)))
res, t_pool = timed(cpu_task, items)
start = time.perf_counter()
serial = [cpu_task(k) for k in items]
t_serial = time.perf_counter() - start
print("cpu tasks:", res, "same as serial" if res == serial else "DIFFERENT")
print("cpu pool of %d: %.2f s, serial loop %.2f s, ratio %.2f" % (WORKERS, t_pool, t_serial, t_pool / t_serial))
