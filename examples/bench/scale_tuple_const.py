# scale_tuple_const: comparing an int against a tuple constant in a tight loop.
#
# Each thread compares its loop counter with the constant (1, 2) (never equal): the tuple
# is one object in the function's code, shared by every thread.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear, if loading a shared constant costs no write
#                 to it; a reference count taken on the tuple at every load is contended.
#
# Usage: python3 scale_tuple_const.py [THREADS [SCALE]]   (or: gilvm scale_tuple_const.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(10_000_000 * SCALE)


def work(n):
    acc = 0
    for i in range(n):
        if i == (1, 2):
            acc += 7
        else:
            acc += 1
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
        print("tuple_const: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("tuple_const: threads disagree:", results)


main()
