# scale_native: native (C) work that releases the lock, called from every thread.
#
# Each thread makes the same number of calls to a CPU-bound C function that lets go of the
# interpreter's lock while it computes: under gilvm native.crunch_nogil(n) (which detaches
# around its loop, as NumPy's kernels do); under python3, which has no `native` module,
# hashlib.pbkdf2_hmac (which releases the GIL). Every call's result is checked against the
# known answer, so the checksum line is the same under both.
# Expect, at 2 threads against 1 (weak scaling: each thread does the same work):
#   gil, gil-legacy, python3  about 2x on 2 free cores: the lock is released for nearly the
#                 whole run, so this is the one program where a global lock scales;
#   free-threaded (objlock, brc) the same, near-linear: there is no lock to release.
#
# Usage: python3 scale_native.py [THREADS [SCALE]]   (or: gilvm scale_native.py ...)
# THREADS threads (default 1) each do SCALE (default 1) times the base work; the last line
# is a checksum that is the same for every thread count and every interpreter.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
CALLS = int(10 * SCALE)

try:
    import native

    def crunch():
        # about 30 ms of C per call, the lock released
        return native.crunch_nogil(15_000_000)

    EXPECTED = 726380832
except ImportError:
    import hashlib

    def crunch():
        # about 30 ms of C per call, the GIL released (gilvm has no bytes literals, hence encode)
        key = hashlib.pbkdf2_hmac("sha256", "gilvm".encode(), "scale".encode(), 150_000)
        return int.from_bytes(key[:4], "big")

    EXPECTED = 898561113


def work(n):
    good = 0
    for i in range(n):
        r = crunch()
        if r == EXPECTED:
            good += 1
        else:
            print("scale_native: wrong result", r, "expected", EXPECTED)
    return good


def main():
    results = [None] * THREADS

    def run(k):
        results[k] = work(CALLS)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if results.count(results[0]) == THREADS:
        print("native: %d calls per thread, %r correct" % (CALLS, results[0]))
    else:
        print("native: threads disagree:", results)


main()
