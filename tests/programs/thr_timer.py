# threading: Timer fires after its interval with args/kwargs; a cancelled Timer never fires
import threading
import time

fired = []


def ring(a, b=0):
    fired.append((a, b))


t = threading.Timer(0.02, ring, args=(1,), kwargs={"b": 2})
print(t.interval, t.args, t.kwargs, t.is_alive())
start = time.monotonic()
t.start()
t.join()
print("fired:", fired, "waited enough:", time.monotonic() - start >= 0.015)
print(t.finished.is_set(), t.is_alive())

c = threading.Timer(30, ring, args=(99,))
c.start()
c.cancel()
c.join(5)
print("cancelled:", fired, c.is_alive(), c.finished.is_set())

# cancel before start: the thread ends at once
d = threading.Timer(30, ring, args=(98,))
d.cancel()
d.start()
d.join(5)
print("cancelled before start:", fired, d.is_alive())

# defaults: no args
e = threading.Timer(0, fired.append, ["x"])
e.start()
e.join()
print(fired)
print(isinstance(e, threading.Thread), e.args, e.kwargs)
