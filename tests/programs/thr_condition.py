# threading: Condition producer/consumer with a bounded buffer, wait_for, notify(n) and notify_all
import threading

buf = []
CAP = 3
cond = threading.Condition()
consumed = []
N_ITEMS = 200
N_CONS = 4


def producer():
    for i in range(N_ITEMS):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            cond.notify_all()
    with cond:
        for k in range(N_CONS):
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(None)
            cond.notify_all()


def consumer(out):
    while True:
        with cond:
            cond.wait_for(lambda: buf)
            item = buf.pop(0)
            cond.notify_all()
        if item is None:
            return
        out.append(item)


outs = [[] for k in range(N_CONS)]
threads = [threading.Thread(target=consumer, args=(outs[k],)) for k in range(N_CONS)]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
allitems = sorted(x for o in outs for x in o)
print(allitems == list(range(N_ITEMS)))
print(all(o == sorted(o) for o in outs))
print("buffer empty:", buf == [])

# notify(2) wakes exactly two of five waiters; notify_all the rest.
c = threading.Condition(threading.Lock())
woken = []
ready = threading.Semaphore(0)


def waiter(k):
    with c:
        ready.release()
        c.wait()
        woken.append(k)


ws = [threading.Thread(target=waiter, args=(k,)) for k in range(5)]
for t in ws:
    t.start()
for t in ws:
    ready.acquire()
with c:
    # every waiter is inside wait() once it gave the lock back to us
    print("waiters:", len(c._waiters))
    c.notify(2)
ws_done = 0
while True:
    with c:
        if len(woken) == 2:
            break
print("after notify(2):", len(woken))
with c:
    c.notify_all()
for t in ws:
    t.join()
print("after notify_all:", sorted(woken))

# wait with a timeout nobody notifies; wait_for with a timeout
with c:
    print("wait timed out:", c.wait(0.01))
    print("wait_for:", c.wait_for(lambda: False, timeout=0.01))
    print("wait_for true at once:", c.wait_for(lambda: 42, timeout=0))

# errors
for meth in (c.wait, c.notify, c.notify_all):
    try:
        meth()
    except RuntimeError as e:
        print("RuntimeError:", e)
with c:
    pass
r = threading.Condition()
try:
    r.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
