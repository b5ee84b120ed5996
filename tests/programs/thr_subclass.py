# threading: Thread subclasses overriding run() and __init__, results kept on the object, run() called directly
import threading


class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name="sum %d-%d" % (lo, hi))
        self.lo = lo
        self.hi = hi
        self.total = None

    def run(self):
        self.total = sum(range(self.lo, self.hi))


parts = [Summer(k * 1000, (k + 1) * 1000) for k in range(8)]
for p in parts:
    p.start()
for p in parts:
    p.join()
print([p.name for p in parts])
print(sum(p.total for p in parts), sum(range(8000)))


class Default(threading.Thread):
    pass


box = []
d = Default(target=box.append, args=("from target",))
d.start()
d.join()
print(box)

# run() called directly runs in the calling thread
r = Summer(0, 10)
r.run()
print(r.total, r.is_alive())


class WithKw(threading.Thread):
    def __init__(self, **kw):
        threading.Thread.__init__(self, daemon=True, **kw)


k = WithKw(target=box.append, args=(2,))
k.start()
k.join()
print(box, k.daemon)


def with_kwargs(a, b, *rest, c=0, **more):
    box.append((a, b, rest, c, sorted(more.items())))


t = threading.Thread(target=with_kwargs, args=(1, 2, 3), kwargs={"c": 4, "z": 5})
t.start()
t.join()
print(box[-1])
