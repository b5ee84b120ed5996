# threading: 100 threads each computing a result into a shared dict; active_count drops back to 1
import threading

results = {}
lock = threading.Lock()


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def work(k):
    r = fib(k * 3)
    with lock:
        results[k] = r


ts = [threading.Thread(target=work, args=(k,)) for k in range(100)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results), all(results[k] == fib(k * 3) for k in range(100)))
print(results[99] % 1000003)
print(threading.active_count(), len(threading.enumerate()))
names = set(t.name for t in ts)
print(len(names), min(ts, key=lambda t: t.name).name)
