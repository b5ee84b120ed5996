# scale_with_block: a `with` block on an instance of a user context-manager class.
#
# Each thread owns one context manager; every loop runs its __enter__ and __exit__ (Python
# methods found through the shared class) around a small body.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: the instances are thread-local; the class and
#                 its two method objects are shared, looked up and called by every thread.
#
# Usage: python3 scale_with_block.py [THREADS [SCALE]]   (or: gilvm scale_with_block.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(2_400_000 * SCALE)


class Tracker:
    def __init__(self):
        self.depth = 0
        self.exits = 0

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        self.exits += 1
        return False


def work(n):
    tracker = Tracker()
    acc = 0
    for i in range(n):
        with tracker as t:
            acc += t.depth
    return acc + tracker.exits + tracker.depth


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
        print("with_block: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("with_block: threads disagree:", results)


main()
