# free-threading safety: 8 threads set, update and delete their own attributes of shared instances (whose __dict__ grows and shrinks) and a shared attribute under a lock; final attributes exact
import threading

N = 8
PER = 300


class Box:
    def __init__(self):
        self.count = 0


boxes = [Box() for i in range(3)]
lock = threading.Lock()
go = threading.Barrier(N)


def work(k):
    go.wait()
    for i in range(PER):
        b = boxes[i % 3]
        setattr(b, "a%d_%d" % (k, i % 20), i)
        setattr(b, "own%d" % k, i)
        if i % 20 == 19:
            for j in range(0, 20, 2):
                if hasattr(b, "a%d_%d" % (k, j)):
                    delattr(b, "a%d_%d" % (k, j))
        with lock:
            b.count += 1
    b = boxes[k % 3]
    b.__dict__["d%d" % k] = k  # through the instance dict itself


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n, b in enumerate(boxes):
    names = sorted(vars(b))
    print("box", n, "count", b.count, "attrs", len(names))
    print(" ", [x for x in names if not x.startswith("a")])
    print(" ", sum(getattr(b, x) for x in names if x.startswith("a")))
print("total", sum(b.count for b in boxes))
print([getattr(boxes[2], "own%d" % k) for k in range(N)])
