# threading stress: 4 threads call gc.collect() at once and without pause while 4 others build reference cycles (kept ones checked intact, dropped ones freed) and mutate shared containers the cycles point into; gc.disable()/enable() toggled meanwhile; nothing kept is lost or damaged and the shared object's reference count comes back exactly
import gc
import sys
import threading
import time

SHARED = {"name": "shared"}  # every cycle refers to it: its count must come back exactly
BASE = sys.getrefcount(SHARED)
B, G, PER = 4, 4, 15000
stop = threading.Event()
start = threading.Barrier(B + G + 1)
problems = []
collections = [0] * G
kept_total = [0] * B
hub = []  # cycles that live on here: the collector must not free them


class Node:
    def __init__(self, k, i):
        self.k = k
        self.i = i
        self.peer = None
        self.shared = SHARED


def ring(k, i):
    """a <-> b, a list and a dict in the loop, and a closure cell referring to itself."""
    a = Node(k, i)
    b = Node(k, i)
    a.peer = b
    b.peer = a
    box = [a, {"b": b, "box": None}]
    box[1]["box"] = box
    a.box = box

    def again():
        return again, a

    b.fn = again
    return a


def intact(a, k, i):
    b = a.peer
    return (type(a) is Node and a.k == k and a.i == i and b.peer is a and b.k == k and b.i == i
            and a.box[0] is a and a.box[1]["b"] is b and a.box[1]["box"] is a.box
            and b.fn()[0] is b.fn and b.fn()[1] is a and a.shared is SHARED)


def builder(k):
    start.wait()
    mine = []
    for i in range(PER):
        a = ring(k, i)
        if i % 5 == 0:
            mine.append(a)  # kept to the end
        if i % 50 == 0:
            hub.append((k, i, a))  # shared, checked by every builder
        if i % 100 == 99:
            for x in hub[-8:]:
                if not intact(x[2], x[0], x[1]):
                    problems.append(("hub cycle damaged", x[0], x[1]))
        if i % 250 == 0:
            gc.disable()
            gc.enable()
        del a
    for j, a in enumerate(mine):
        if not intact(a, k, j * 5):
            problems.append(("kept cycle damaged", k, j * 5))
    kept_total[k] = len(mine)


def collector(n):
    start.wait()
    while True:
        done = stop.is_set()  # at least one collection after the builders end
        gc.collect()
        collections[n] += 1
        if done:
            return
        # A full collection is one long step holding a global lock: without a pause, four
        # collectors leave the builders almost no turns under gil-legacy (its lock goes to
        # whoever asks first), and the run takes minutes instead of a second.
        time.sleep(0.0005)


threads = [threading.Thread(target=builder, args=(k,)) for k in range(B)]
gcs = [threading.Thread(target=collector, args=(n,)) for n in range(G)]
for t in threads + gcs:
    t.start()
start.wait()
for t in threads:
    t.join()
stop.set()
for t in gcs:
    t.join()
gc.collect()
print("problems", len(problems), problems[:5])
print("kept", kept_total, "every collector ran", all(n > 0 for n in collections))
print("hub", len(hub), sorted((k, i) for k, i, a in hub) == [(k, i) for k in range(B) for i in range(0, PER, 50)],
      all(intact(a, k, i) for k, i, a in hub))
print("gc enabled", gc.isenabled())
refs_hub = sys.getrefcount(SHARED) - BASE
del hub[:], t
gc.collect()
print("SHARED refs: by the hub's cycles", refs_hub, "after they are dropped", sys.getrefcount(SHARED) - BASE)
