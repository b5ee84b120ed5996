# Native (C) work that releases the global lock, and native work that holds it.
# gilvm's `native` module has one CPU-bound C function in two variants:
#   native.crunch_nogil(n) releases the lock around its loop, as NumPy's
#                          kernels and hashlib do: two threads calling it run
#                          on two cores at once (about 2x the throughput of one
#                          thread, on a machine with 2 or more free cores);
#   native.crunch_gil(n)   keeps the lock: two threads take turns, no faster
#                          than one (about 1x), under gil and gil-legacy alike.
# Under python3 there is no `native` module: the program falls back to
# hashlib.pbkdf2_hmac (C code that releases the GIL) and to a pure-Python
# loop (which holds it), and shows the same contrast.
import sys
import threading
import time

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 2

try:
    import native

    ROUNDS = 60_000_000
    release = native.crunch_nogil
    hold = native.crunch_gil
    what = "native.crunch_nogil / native.crunch_gil"
except ImportError:
    import hashlib

    ROUNDS = 200_000

    def release(n):
        return hashlib.pbkdf2_hmac("sha256", "pw".encode(), "salt".encode(), n)[0]

    def hold(n):
        x = 0
        for i in range(n * 2):
            x = (x * 31 + i) & 0xFFFF
        return x

    what = "hashlib.pbkdf2_hmac / a Python loop (python3 has no native module)"


def run(fn, threads):
    """Seconds for `threads` threads each calling fn(ROUNDS)."""
    ts = [threading.Thread(target=fn, args=(ROUNDS,)) for _ in range(threads)]
    start = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - start


print("functions:", what)
for name, fn in (("releases the lock", release), ("holds the lock", hold)):
    one = run(fn, 1)
    many = run(fn, THREADS)
    # throughput of THREADS threads relative to one: THREADS calls in `many` s vs 1 in `one` s
    speedup = THREADS * one / many
    print("%-18s 1 thread %.3f s, %d threads %.3f s: %.2fx the throughput of one thread"
          % (name, one, THREADS, many, speedup))
