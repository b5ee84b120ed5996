# The race on `counter += 1`, and the fix.
# `counter += 1` is a read, an add and a write: several instructions. A
# thread switch between the read and the write loses the other threads'
# updates made meanwhile.
#  - gil:        as in CPython 3.10+, the lock changes hands only at a check
#                on a back edge or a call, never inside `counter += 1`, so
#                the unlocked total usually comes out exact: an accident of
#                where the checks are, not a guarantee (a call inside the
#                statement, or a design without a global lock, breaks it).
#  - gil-legacy: as CPython 2's ticker, the check runs between any two
#                instructions every 100 of them, so switches land inside the
#                statement and updates are lost.
#  - With a Lock the total is exact under every strategy.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 4
PER_THREAD = 500_000

counter = 0
lock = threading.Lock()


def unsafe():
    global counter
    for _ in range(PER_THREAD):
        counter += 1


def safe():
    global counter
    for _ in range(PER_THREAD):
        with lock:
            counter += 1


def run(fn):
    global counter
    counter = 0
    threads = [threading.Thread(target=fn) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


expected = THREADS * PER_THREAD
got = run(unsafe)
print("without a lock: %d of %d (%s)" % (got, expected, "exact this time" if got == expected else "%d updates lost" % (expected - got)))
got = run(safe)
print("with a lock:    %d of %d (%s)" % (got, expected, "exact" if got == expected else "WRONG"))
