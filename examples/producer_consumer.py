# Producers and consumers connected by a bounded queue.Queue.
# The producers block when the queue is full, the consumers when it is
# empty; both waits detach the thread, so under gil and gil-legacy the
# others run meanwhile. The result is the same under every strategy and
# under python3: every item is consumed exactly once.
import queue
import sys
import threading

PRODUCERS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
CONSUMERS = 2
ITEMS = 2000  # per producer
DONE = None

q = queue.Queue(maxsize=16)
totals = []
totals_lock = threading.Lock()


def producer(pid):
    for i in range(ITEMS):
        q.put(pid * ITEMS + i)


def consumer():
    total = count = 0
    while True:
        item = q.get()
        if item is DONE:
            q.task_done()
            break
        total += item
        count += 1
        q.task_done()
    with totals_lock:
        totals.append((count, total))


consumers = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(DONE)
q.join()  # every item, and every DONE, marked task_done()
for t in consumers:
    t.join()

n = PRODUCERS * ITEMS
count = sum(c for c, _ in totals)
total = sum(s for _, s in totals)
print("consumed %d items, sum %d (expected %d, %d): %s" % (count, total, n, n * (n - 1) // 2, "ok" if (count, total) == (n, n * (n - 1) // 2) else "LOST"))
