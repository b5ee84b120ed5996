# scale_cpu: a CPU-bound pure-Python program, the "one thread per core" case.
#
# Each thread runs an integer loop (a linear congruential generator folded with a few
# arithmetic and bitwise operations) on local variables only: small ints, no allocation.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x: one thread runs at a time, handing over every 5 ms;
#   gil-legacy    about 0.5x: the two threads fight over the lock (docs/strategies.md);
#   free-threaded (objlock, brc) near-linear: nothing is shared, this is the best case.
#
# Usage: python3 scale_cpu.py [THREADS [SCALE]]   (or: gilvm scale_cpu.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(8_000_000 * SCALE)


def work(n):
    x = 12345
    acc = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if x & 1:
            acc += x >> 16
        else:
            acc ^= i
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
        print("cpu: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("cpu: threads disagree:", results)


main()
