# scale_round: round() on floats, to an integer and to 2 decimals.
#
# Each thread rounds its own floats with the builtin round() (correctly rounded, half to
# even; round(x, 2) is the costly part) and sums the results as integers.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: each float is thread-local; only the builtin
#                 function object and the builtins dict are shared.
#
# Usage: python3 scale_round.py [THREADS [SCALE]]   (or: gilvm scale_round.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(1_000_000 * SCALE)


def work(n):
    acc = 0
    x = 0.0
    for i in range(n):
        x += 0.37
        acc += round(x) + int(round(x, 2) * 100)
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
        print("round: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("round: threads disagree:", results)


main()
