# queue: FIFO, LIFO and priority ordering; qsize/empty/full; subclassing through _init/_put/_get
import queue

q = queue.Queue()
for x in [3, 1, 2]:
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for i in range(3)], q.empty())

lq = queue.LifoQueue()
for x in [3, 1, 2]:
    lq.put(x)
print([lq.get() for i in range(3)])

pq = queue.PriorityQueue()
for item in [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c"), (1, "A"), (0, "z")]:
    pq.put(item)
print([pq.get() for i in range(pq.qsize())])

pq = queue.PriorityQueue()
for x in [9, 2, 7, 4, 4, 8, 1, 3, 6, 5, 0]:
    pq.put_nowait(x)
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out)

bq = queue.Queue(maxsize=2)
bq.put("a")
print(bq.full(), bq.maxsize)
bq.put("b")
print(bq.full(), bq.qsize())
print(bq.get(), bq.full())


class UpperQueue(queue.Queue):
    def _put(self, item):
        self.queue.append(item.upper())


uq = UpperQueue()
uq.put("x")
uq.put("y")
print(uq.get(), uq.get())
print(len(q.queue), list(lq.queue), pq.queue)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
