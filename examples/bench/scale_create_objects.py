# scale_create_objects: creating instances of a small class in a tight loop.
#
# Each thread creates (and soon drops) instances of a two-attribute class: an allocation, an
# __init__ call, an instance dict and a free per loop.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear, if each thread allocates from its own pool:
#                 every new instance holds a reference to the shared class, so a design
#                 that counts it with a shared atomic is contended here.
#
# Usage: python3 scale_create_objects.py [THREADS [SCALE]]   (or: gilvm scale_create_objects.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(3_000_000 * SCALE)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def work(n):
    acc = 0
    for i in range(n):
        p = Point(i, 3)
        acc += p.y
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
        print("create_objects: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("create_objects: threads disagree:", results)


main()
