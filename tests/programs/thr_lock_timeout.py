# threading: Lock acquire with blocking=False and timeouts while another thread holds it; argument errors
import threading
import time

lock = threading.Lock()
held = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        held.set()
        let_go.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("locked:", lock.locked())
print("non-blocking:", lock.acquire(False), lock.acquire(blocking=False))
start = time.monotonic()
print("timeout 0.03:", lock.acquire(timeout=0.03), time.monotonic() - start >= 0.025)
print("timeout 0:", lock.acquire(timeout=0))
let_go.set()
print("blocking until free:", lock.acquire())
t.join()
lock.release()
print("locked:", lock.locked())
print(lock.acquire(True, 0.5), lock.locked())
lock.release()

# a release by another thread wakes a blocked acquire (plain locks have no owner)
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": -1}),
                     ((True, threading.TIMEOUT_MAX * 2), {})]:
    try:
        r = lock.acquire(*args, **kwargs)
        print("ok", r)
        lock.release()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(threading.TIMEOUT_MAX, threading.stack_size())
