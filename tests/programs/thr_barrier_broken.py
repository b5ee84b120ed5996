# threading: BrokenBarrierError from abort(), a timeout, a failing action; reset(); the constructor's timeout
import threading

print(issubclass(threading.BrokenBarrierError, RuntimeError))

# a timeout breaks the barrier for everyone
b = threading.Barrier(2)
try:
    b.wait(timeout=0.02)
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, repr(str(e)), "broken", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset broken", b.broken, "n_waiting", b.n_waiting)

# abort() wakes the waiters with BrokenBarrierError
b = threading.Barrier(3)
out = []
lock = threading.Lock()


def waiter():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append(r)


ts = [threading.Thread(target=waiter) for i in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print("abort:", out, b.broken)

# reset() while threads wait: they get BrokenBarrierError, the barrier is usable again
b.reset()
out.clear()
ts = [threading.Thread(target=waiter) for i in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print("reset:", out, b.broken, b.n_waiting)
out.clear()
ts = [threading.Thread(target=waiter) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("full round:", out)

# an action that raises: the last thread gets the exception, the others BrokenBarrierError


def bad_action():
    raise KeyError("in action")


b = threading.Barrier(2, action=bad_action)
res = []


def w2():
    try:
        b.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")
    except KeyError as e:
        res.append("KeyError " + str(e))


ts = [threading.Thread(target=w2) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), b.broken)

# the default timeout given to the constructor
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("constructor timeout broke it:", b.broken)
