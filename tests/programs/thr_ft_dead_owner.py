# free-threading safety: objects made by threads that have ended are read, changed, shared and freed by others afterwards; containers made by one thread are filled by many
import gc
import sys
import threading


class Tag:
    pass


TAG = Tag()
base = sys.getrefcount(TAG)


class Rec:
    def __init__(self, k, i):
        self.k = k
        self.i = i
        self.tag = TAG
        self.items = [TAG, k, i]


made = {}


def maker(k):
    out = []
    for i in range(100):
        r = Rec(k, i)
        out.append(r)
        out.append({"k": k, "i": i, "tag": TAG})
        out.append([r, TAG, float(i), 10 ** 30 + i, "x%d" % i])
        if i % 10 == 0:
            c = [r]
            c.append(c)  # a cycle, left for the collector
    made[k] = out


ts = [threading.Thread(target=maker, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# every maker has ended; their objects live on
print("alive", threading.active_count(), sorted(made), [len(made[k]) for k in sorted(made)])


def use(k):
    s = 0
    for x in made[k]:
        if type(x) is Rec:
            x.i += 1000
            x.items.append(k)
            s += x.i
        elif type(x) is dict:
            x["seen"] = k
        else:
            s += x[3] - 10 ** 30
    made[k] = None  # the last reference to most of them, dropped here
    return s


sums = {}
us = [threading.Thread(target=lambda k=k: sums.__setitem__(k, use((k + 1) % 6))) for k in range(6)]
for t in us:
    t.start()
for t in us:
    t.join()
print("sums", [sums[k] for k in range(6)])
print("made", list(made.values()))

# one thread makes the containers, many fill them, another frees them
boxes = []
t = threading.Thread(target=lambda: boxes.extend([[], {}, set()]))
t.start()
t.join()


def fill(k):
    for i in range(200):
        boxes[0].append((k, i, TAG))
        boxes[1][(k, i)] = TAG
        boxes[2].add((k, i))


ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("filled", [len(b) for b in boxes])
t = threading.Thread(target=boxes.clear)
t.start()
t.join()
gc.collect()
print("references left", sys.getrefcount(TAG) - base)
