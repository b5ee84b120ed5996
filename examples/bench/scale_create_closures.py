# scale_create_closures: creating a closure (a nested function object) in a tight loop.
#
# Each thread defines a small nested function capturing its loop variable, calls it once
# and drops it: a new function object and cell per loop.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear, if each thread allocates from its own pool:
#                 every new function references the shared code object and globals dict,
#                 so counting those references with shared atomics is contended here.
#
# Usage: python3 scale_create_closures.py [THREADS [SCALE]]   (or: gilvm scale_create_closures.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(4_000_000 * SCALE)


def work(n):
    acc = 0
    for i in range(n):
        def add_i(x):
            return x + i
        acc += add_i(1)
    return acc


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
        print("create_closures: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("create_closures: threads disagree:", results)


main()
