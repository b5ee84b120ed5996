# threading: Semaphore/BoundedSemaphore counting, timeouts and error messages
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(timeout=0))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
z = threading.Semaphore(0)
print(z.acquire(False))
z.release()
z.release()   # a plain Semaphore may go above its start value
print(z.acquire(False), z.acquire(False), z.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))
b.release(2)
with b:
    pass
print(isinstance(b, threading.Semaphore))

# A release from another thread wakes a blocked acquire.
w = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(w.acquire(timeout=5)))
t.start()
w.release()
t.join()
print(got)
