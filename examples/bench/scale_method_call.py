# scale_method_call: a Python method call on an instance that each thread owns.
#
# Each thread creates one Counter and calls its next_number() method in a loop.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: the instance and its dict are thread-local,
#                 but the class and the function object behind the method are shared: a
#                 reference count taken on them at each call is contended (free-threaded
#                 CPython defers those counts for that reason).
#
# Usage: python3 scale_method_call.py [THREADS [SCALE]]   (or: gilvm scale_method_call.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(8_000_000 * SCALE)


class Counter:
    def __init__(self):
        self.i = 0

    def next_number(self):
        self.i += 1
        return self.i


def work(n):
    c = Counter()
    acc = 0
    for i in range(n):
        acc += c.next_number() & 7
    return acc + c.i


def main():
    results = [None] * THREADS

    def run(k):
        results[k] = work(LOOPS)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if results.count(results[0]) == THREADS:
        print("method_call: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("method_call: threads disagree:", results)


main()
