# time: sleep(secs) waits at least secs (measured with perf_counter), accepts ints, floats and bools, rejects bad lengths
import time

for secs in [0.01, 0.02, 0, 0.0, False]:
    t0 = time.perf_counter()
    r = time.sleep(secs)
    elapsed = time.perf_counter() - t0
    print(secs, r, elapsed >= secs)
t0 = time.monotonic_ns()
time.sleep(0.015)
print(time.monotonic_ns() - t0 >= 15000000)
for bad in [-1, -0.5, 'x', None, [1], float('nan'), 1e300, 2**80]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for call in ["time.sleep()", "time.sleep(1, 2)", "time.sleep(secs=1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, e)
