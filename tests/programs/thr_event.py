# threading: Event set/clear/is_set/wait with and without timeouts, many waiters released at once
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0.01))

go = threading.Event()
arrived = threading.Semaphore(0)
results = []
lock = threading.Lock()


def waiter(k):
    arrived.release()
    ok = go.wait(10)
    with lock:
        results.append((k, ok))


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    arrived.acquire()
go.set()
for t in ts:
    t.join()
print(sorted(results))

# ping-pong between two threads with two events: a fixed order
ping = threading.Event()
pong = threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
