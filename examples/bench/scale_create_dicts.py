# scale_create_dicts: creating small dicts from a display in a tight loop.
#
# Each thread builds a two-key dict per loop (string constant keys), reads it and drops it.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear, if each thread allocates from its own pool:
#                 the dicts are thread-local but their keys are shared string constants.
#
# Usage: python3 scale_create_dicts.py [THREADS [SCALE]]   (or: gilvm scale_create_dicts.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(5_000_000 * SCALE)


def work(n):
    acc = 0
    for i in range(n):
        d = {"key": "value", "n": i}
        acc += d["n"] & 3
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
        print("create_dicts: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("create_dicts: threads disagree:", results)


main()
