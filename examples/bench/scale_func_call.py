# scale_func_call: a call to a module-level (global) Python function in a tight loop.
#
# Every thread calls the same global function `double`, looked up in the shared module
# globals at each call.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, python3  about 1.0x; gil-legacy below 1.0x;
#   free-threaded (objlock, brc) near-linear: the arguments and results are thread-local,
#                 but the function object, its code and the globals dict are shared: a
#                 reference count taken on them at every call is contended.
#
# Usage: python3 scale_func_call.py [THREADS [SCALE]]   (or: gilvm scale_func_call.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
LOOPS = int(10_000_000 * SCALE)


def double(x):
    return x + x


def work(n):
    acc = 0
    for i in range(n):
        acc += double(i)
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
        print("func_call: %d loops per thread, checksum %r" % (LOOPS, results[0]))
    else:
        print("func_call: threads disagree:", results)


main()
