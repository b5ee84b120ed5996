# scale_math_func: a math-module function (math.sqrt, math.floor) in a tight loop.
#
# Each thread calls two C functions of the shared `math` module on its own numbers.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: the module and its function objects are
#                 shared and read by every thread at every call (attribute lookup on the
#                 module, reference counts of the functions): a design that counts those
#                 references with shared atomics pays for the cache line bouncing here.
#
# Usage: python3 scale_math_func.py [THREADS [SCALE]]   (or: gilvm scale_math_func.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import math
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(4_000_000 * SCALE)


def work(n):
    acc = 0
    for i in range(n):
        acc += math.floor(math.sqrt(i))
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
        print("math_func: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("math_func: threads disagree:", results)


main()
