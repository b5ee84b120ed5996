# threading stress: 8 threads mutate shared lists, dicts, sets and instance attributes while 3 threads read and iterate them, 2 build and drop reference cycles and 1 calls gc.collect() without pause; everything written is there exactly once and no reader ever sees a value of the wrong form
import gc
import threading

W = 8  # writers
PER = 4000  # items each writer adds
R = 3  # readers
WINDOW = 64  # a writer's churn keys live this long


class Shared:
    pass


obj = Shared()
for k in range(W):
    setattr(obj, "w%d" % k, -1)
obj.last = (0, -1)

log = []  # append only: (k, i) from writer k
churn = []  # writers append their items and later remove them
perm = {}  # (k, i) -> k * PER + i, never deleted
window = {}  # (k, i) -> k * PER + i, deleted WINDOW items later
nums = set()  # k * PER + i, never removed
temp = set()  # k * PER + i, removed WINDOW items later

writers_done = threading.Event()
readers_done = threading.Event()
start = threading.Barrier(W + R + 3)
lock = threading.Lock()
violations = []  # (reader, what, repr): must stay empty
reader_stats = {}
cycle_stats = {}
gc_stats = {}


def writer(k):
    start.wait()
    base = k * PER
    own = "w%d" % k
    for i in range(PER):
        v = base + i
        log.append((k, i))
        churn.append((k, i))
        perm[(k, i)] = v
        window[(k, i)] = v
        nums.add(v)
        temp.add(v)
        setattr(obj, own, i)  # only this thread writes obj.w<k>
        obj.last = (k, i)  # every writer writes obj.last
        setattr(obj, "t%d_%d" % (k, i % 16), v)  # the instance dict grows
        if i >= WINDOW:
            old = i - WINDOW
            del window[(k, old)]
            temp.remove(base + old)
            unchurn(k, old)
        if i % 16 == 15:
            for j in range(0, 16, 2):
                delattr(obj, "t%d_%d" % (k, j))  # ... and shrinks
    for old in range(PER - WINDOW, PER):
        del window[(k, old)]
        temp.remove(base + old)
        unchurn(k, old)


def unchurn(k, old):
    # Only writer k adds or removes (k, old), so it is in churn: a miss means list.remove
    # skipped it (or another writer's remove took it), and the writer carries on.
    try:
        churn.remove((k, old))
    except ValueError:
        violations.append(("writer", k, "churn.remove missed", old))


def well_formed_pair(x):
    return (type(x) is tuple and len(x) == 2 and type(x[0]) is int and type(x[1]) is int
            and 0 <= x[0] < W and 0 <= x[1] < PER)


def reader(name):
    bad = violations.append
    start.wait()
    passes = 0
    changed = 0  # RuntimeError: changed size during iteration (not printed)
    last_len = 0
    last_own = [-1] * W
    while True:
        stop = writers_done.is_set()  # one more full pass after the writers end
        n = len(log)
        if n < last_len:
            bad((name, "log shrank", n))
        last_len = n
        for j in range(0, n, 97):
            if not well_formed_pair(log[j]):
                bad((name, "log[j]", repr(log[j])))
        for x in log:
            if not well_formed_pair(x):
                bad((name, "log item", repr(x)))
        for x in churn:
            if not well_formed_pair(x):
                bad((name, "churn item", repr(x)))
        try:
            for key, v in perm.items():
                if not well_formed_pair(key) or v != key[0] * PER + key[1]:
                    bad((name, "perm", repr(key), repr(v)))
        except RuntimeError:
            changed += 1
        try:
            for key in window:
                if not well_formed_pair(key):
                    bad((name, "window key", repr(key)))
        except RuntimeError:
            changed += 1
        try:
            for key, v in list(window.items()):
                if v != key[0] * PER + key[1]:
                    bad((name, "window value", repr(key), repr(v)))
        except RuntimeError:
            changed += 1
        for s, what in ((nums, "nums"), (temp, "temp")):
            try:
                for x in s:
                    if type(x) is not int or not 0 <= x < W * PER:
                        bad((name, what, repr(x)))
            except RuntimeError:
                changed += 1
        # a key present in window has its right value (or was just deleted)
        for k in range(W):
            v = window.get((k, last_own[k]), None)
            if v is not None and v != k * PER + last_own[k]:
                bad((name, "window.get", k, v))
        for k in range(W):
            i = getattr(obj, "w%d" % k)
            if type(i) is not int or i < last_own[k] or i >= PER:
                bad((name, "obj.w", k, repr(i)))  # one writer each: never goes back
            last_own[k] = i
            if i >= 0 and (k, i) not in perm:
                bad((name, "attr before its perm entry", k, i))
        if not (well_formed_pair(obj.last) or obj.last == (0, -1)):
            bad((name, "obj.last", repr(obj.last)))
        try:
            for attr, v in list(vars(obj).items()):
                if attr.startswith("t"):
                    k, r = attr[1:].split("_")
                    if type(v) is not int or v // PER != int(k) or v % 16 != int(r):
                        bad((name, "obj." + attr, repr(v)))
        except RuntimeError:
            changed += 1
        passes += 1
        if stop:
            break
    reader_stats[name] = (passes > 0, last_len)


class Node:
    made = 0

    def __init__(self, value):
        self.value = value
        self.next = None
        self.shared = log  # the collector walks into the shared list from here


def cycles(k):
    start.wait()
    made = 0
    kept = []
    i = 0
    while not readers_done.is_set() or i < 400:
        a = Node(i)
        b = Node(a)
        a.next = b
        b.next = a
        ring = [a, b, {"ring": None, "obj": obj}]
        ring[2]["ring"] = ring
        ring.append(ring)

        def closure():
            return closure, ring  # a function that refers to itself

        if i % 10 == 0:
            kept.append(ring)  # some live a while, then are dropped together
        if len(kept) > 20:
            if not all(r[3] is r and r[0].next.next is r[0] for r in kept):
                violations.append(("cycles", k, "kept cycle damaged"))
            kept = []
        made += 1
        i += 1
        del a, b, ring, closure
    cycle_stats[k] = made >= 400


def collector():
    start.wait()
    n = 0
    while True:
        stop = readers_done.is_set()
        gc.collect()
        n += 1
        if stop:
            break
    gc_stats["collections"] = n > 0


threads = [threading.Thread(target=writer, args=(k,)) for k in range(W)]
readers = [threading.Thread(target=reader, args=("r%d" % n,)) for n in range(R)]
others = [threading.Thread(target=cycles, args=(k,)) for k in range(2)]
others.append(threading.Thread(target=collector))
for t in threads + readers + others:
    t.start()
for t in threads:
    t.join()
writers_done.set()
for t in readers:
    t.join()
readers_done.set()
for t in others:
    t.join()
gc.collect()

print("violations", len(violations), violations[:5])
print("readers", sorted(reader_stats.items()))
print("cycle builders", sorted(cycle_stats.items()), "collector", gc_stats)
print("log", len(log), len(set(log)), sorted(log) == [(k, i) for k in range(W) for i in range(PER)])
print("per-writer order kept", all([x for x in log if x[0] == k] == [(k, i) for i in range(PER)] for k in range(W)))
print("churn", len(churn), churn[:5])
print("perm", len(perm), all(perm.get((k, i)) == k * PER + i for k in range(W) for i in range(PER)))
print("window", len(window), sorted(window)[:5])
print("nums", len(nums), sum(nums) == sum(range(W * PER)), "temp", len(temp), sorted(temp)[:5])
attrs = vars(obj)
print("own attrs", [attrs.get("w%d" % k) for k in range(W)])
print("last", well_formed_pair(obj.last) and obj.last[1] == PER - 1)
print("t attrs", sorted(a for a in attrs if a.startswith("t")))
print("t values", all(attrs.get("t%d_%d" % (k, r)) == k * PER + PER - 16 + r for k in range(W) for r in range(1, 16, 2)))
