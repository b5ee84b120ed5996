# scale_shared_list: every thread reads the same list of lists (shared, read-only).
#
# The main thread builds a 100 x 100 grid of ints once, before the threads start; each
# thread then sums the whole grid again and again, reading rows and items, writing nothing.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear only if reading a shared object writes nothing
#                 shared: with per-object locks taken for every read, or reference counts
#                 on the shared rows updated with atomics from both threads, the cache lines
#                 of the rows bounce between cores and the reads no longer scale.
#
# Usage: python3 scale_shared_list.py [THREADS [SCALE]]   (or: gilvm scale_shared_list.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(4_000 * SCALE)

GRID = [[(r * 100 + c) % 97 for c in range(100)] for r in range(100)]


def work(n):
    grid = GRID
    acc = 0
    for k in range(n):
        for row in grid:
            for v in row:
                acc += v
        acc += grid[k % 100][k % 7]
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
        print("shared_list: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("shared_list: threads disagree:", results)


main()
