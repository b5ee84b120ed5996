# gilvm-only
# native: crunch_gil(n) and crunch_nogil(n) return the same number, called from the main thread and from threads
import native
import threading

for n in (0, 1, 10, 1000, 100000):
    print(n, native.crunch_gil(n), native.crunch_gil(n) == native.crunch_nogil(n))

results = {}
lock = threading.Lock()


def work(k):
    f = native.crunch_gil if k % 2 else native.crunch_nogil
    r = f(200000 + k)
    with lock:
        results[k] = r


ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(results[k] == native.crunch_gil(200000 + k) == native.crunch_nogil(200000 + k)
          for k in range(8)))
for bad in (-1, "x", 1.5):
    for f in (native.crunch_gil, native.crunch_nogil):
        try:
            f(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
