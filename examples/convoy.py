# I/O latency next to a CPU-bound thread: the convoy effect (David Beazley,
# "Understanding the Python GIL", 2010).
# An "I/O" thread does many short waits (time.sleep(0.0005), standing in for
# a quick network reply). Each wait gives the lock up; when the wait is over,
# the thread needs the lock back before it can run its next line of Python.
# We measure how late it gets to run, alone and then while a second thread
# spins in a pure-Python loop.
#  - gil:        the waker asks for the lock, waits up to the switch interval
#                (5 ms), then sets a drop request; the spinner lets go at its
#                next check. Expect about 5 ms of delay per I/O operation with
#                the spinner: I/O throughput collapses by 10x or more, but the
#                delay is bounded and steady. python3 shows the same.
#  - gil-legacy: the spinner releases and at once retakes the lock every 100
#                instructions, with no handover: on a multicore machine it
#                usually wins the race again, so the waker waits for luck:
#                the mean delay depends on the OS, and the worst case is far
#                worse than 5 ms.
# Try: gilvm --stats examples/convoy.py  and  --strategy gil-legacy.
import sys
import threading
import time

OPS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
WAIT = 0.0005


def io_thread(delays):
    for _ in range(OPS):
        t0 = time.perf_counter()
        time.sleep(WAIT)
        delays.append(time.perf_counter() - t0 - WAIT)


def spinner(stop):
    n = 0
    while not stop:
        n += 1


def measure(with_spinner):
    delays = []
    stop = []
    spin = threading.Thread(target=spinner, args=(stop,))
    if with_spinner:
        spin.start()
        time.sleep(0.01)  # let it get going
    start = time.perf_counter()
    t = threading.Thread(target=io_thread, args=(delays,))
    t.start()
    t.join()
    elapsed = time.perf_counter() - start
    stop.append(True)
    if with_spinner:
        spin.join()
    delays.sort()
    return elapsed, sum(delays) / len(delays), delays[len(delays) // 2], delays[-1]


print("%d I/O operations of %.1f ms each" % (OPS, WAIT * 1000))
for label, spinning in (("alone", False), ("with a CPU-bound thread", True)):
    elapsed, mean, median, worst = measure(spinning)
    print("%-24s %6.0f ops/s   extra delay per op: mean %6.2f ms, median %6.2f ms, worst %7.2f ms"
          % (label, OPS / elapsed, mean * 1000, median * 1000, worst * 1000))
