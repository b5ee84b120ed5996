# free-threading safety: method and class attribute lookups on shared instances while another thread swaps the class's attribute, method and __len__ between two values: readers only ever see one of the two; ordered swaps are seen at once
import threading


class Base:
    kind = "A"

    def method(self):
        return "ma"

    def __len__(self):
        return 1


class Sub(Base):
    pass


def method_a(self):
    return "ma"


def method_b(self):
    return "mb"


def len_a(self):
    return 1


def len_b(self):
    return 2


objs = [Base(), Sub(), Sub()]
done = threading.Event()
go = threading.Barrier(4)
bad = []
reads = {}


def reader(k):
    go.wait()
    n = 0
    while True:
        stop = done.is_set()
        for o in objs:
            if o.kind not in ("A", "B"):
                bad.append(("kind", o.kind))
            if o.method() not in ("ma", "mb"):
                bad.append(("method", o.method()))
            m = getattr(o, "method")
            if m() not in ("ma", "mb"):
                bad.append(("getattr", m()))
            if len(o) not in (1, 2):
                bad.append(("len", len(o)))
            n += 1
        if stop:
            break
    reads[k] = n > 0


def swapper():
    go.wait()
    for r in range(400):
        if r % 2:
            Base.kind, Base.method, Base.__len__ = "A", method_a, len_a
        else:
            Base.kind, Base.method, Base.__len__ = "B", method_b, len_b
        setattr(Base, "extra%d" % (r % 40), r)  # the class dict grows and shrinks too
        if r % 40 == 39:
            for j in range(0, 40, 2):
                delattr(Base, "extra%d" % j)
    done.set()


ts = [threading.Thread(target=reader, args=(k,)) for k in range(3)]
ts.append(threading.Thread(target=swapper))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bad", bad[:5], "readers", sorted(reads.items()))
print([(o.kind, o.method(), len(o)) for o in objs])
print(sorted(x for x in vars(Base) if x.startswith("extra")))

# ordered: a swap made by one thread is seen by the next lookup in another; a bound method keeps its function
before = objs[1].method
swapped = threading.Event()
checked = threading.Event()
seen = []


def look():
    swapped.wait()
    seen.append((objs[1].kind, objs[1].method(), len(objs[1]), before()))
    Sub.kind = "S"  # shadows Base.kind for Sub only
    Sub.method = method_b
    checked.set()


t = threading.Thread(target=look)
t.start()
Base.kind, Base.method, Base.__len__ = "B", method_b, len_b
swapped.set()
checked.wait()
seen.append([(o.kind, o.method(), len(o)) for o in objs])
t.join()
del Sub.kind
seen.append(objs[2].kind)
print(seen)
