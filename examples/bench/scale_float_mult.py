# scale_float_mult: float multiplication in a tight loop.
#
# Each thread multiplies its own floats by constants: new float objects at every step (or
# reused in place where the interpreter can), nothing shared but the code's constants.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: thread-local objects only, so what is left is
#                 the cost of allocating and freeing floats from each thread's own pool.
#
# Usage: python3 scale_float_mult.py [THREADS [SCALE]]   (or: gilvm scale_float_mult.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(12_000_000 * SCALE)


def work(n):
    x = 1.0
    y = 1.0
    for i in range(n):
        x *= 1.0000001
        y = y * 0.9999999
    return x * y


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
        print("float_mult: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("float_mult: threads disagree:", results)


main()
