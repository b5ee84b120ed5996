# queue: SimpleQueue put/get, non-blocking and timed gets, empty/qsize, threads handing items over
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i)
sq.put_nowait(5)
print(sq.qsize(), sq.empty(), [sq.get() for i in range(3)], sq.get_nowait(), sq.get(False), sq.get(timeout=1))
for call in (sq.get_nowait, lambda: sq.get(block=False), lambda: sq.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
sq.put(1, block=False, timeout=-1)   # put never blocks: the arguments are ignored
print(sq.get())

out = []


def consumer():
    while True:
        x = sq.get()
        if x is None:
            return
        out.append(x)


ts = [threading.Thread(target=consumer) for i in range(3)]
for t in ts:
    t.start()
for i in range(300):
    sq.put(i)
for t in ts:
    sq.put(None)
for t in ts:
    t.join()
print(len(out), sorted(out) == list(range(300)))
