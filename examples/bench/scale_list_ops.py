# scale_list_ops: list methods (append, pop, index) on a list that each thread owns.
#
# Every thread builds its own 100-element list and, in a tight loop, appends to it, pops
# from its front, indexes it and searches it with index(): C methods on an object no other
# thread touches.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x: the global lock runs one thread at a time;
#   gil-legacy    below 1.0x (the threads fight over the lock);
#   free-threaded (objlock, brc) near-linear (2x on 2 free cores): the lists are
#                 thread-local, so a per-object lock is never contended; only the shared
#                 list type, its methods and the bound-method calls touch shared objects.
#
# Usage: python3 scale_list_ops.py [THREADS [SCALE]]   (or: gilvm scale_list_ops.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(5_000_000 * SCALE)


def work(n):
    tab = list(range(100))
    acc = 0
    for i in range(n):
        tab.append(i)
        tab.pop(0)
        acc += tab[50]
        acc += tab.index(tab[3])
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
        print("list_ops: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("list_ops: threads disagree:", results)


main()
