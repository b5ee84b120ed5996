# time: the clocks exist, have the right types, and monotonic/perf_counter never go backwards
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__)
t = time.time()
print(t > 1.6e9, abs(time.time_ns() / 1e9 - t) < 60)
prev_m, prev_p, prev_n = time.monotonic(), time.perf_counter(), time.monotonic_ns()
ok = True
for i in range(2000):
    m, p, n = time.monotonic(), time.perf_counter(), time.monotonic_ns()
    if m < prev_m or p < prev_p or n < prev_n:
        ok = False
    prev_m, prev_p, prev_n = m, p, n
print('monotonic', ok)
c0 = time.process_time()
x = 0
for i in range(200000):
    x += i * i
c1 = time.process_time()
print(x, c1 >= c0 >= 0, time.thread_time() >= 0, time.process_time_ns() >= 0, time.perf_counter_ns() > 0)
for name in ['time', 'perf_counter', 'monotonic_ns']:
    try:
        getattr(time, name)(1)
    except TypeError as e:
        print(e)
