# free-threading safety: gc.collect() in one thread while others hold cycles only in their locals, in shared containers, or are building and dropping them: live cycles survive intact, dropped ones are freed
import gc
import sys
import threading


class Node:
    def __init__(self, tag, value):
        self.tag = tag
        self.value = value
        self.other = None


TAG = Node(None, "tag")  # every node refers to it: its reference count shows what is left
base = sys.getrefcount(TAG)
built = threading.Event()
collected = threading.Event()
shared = []
results = {}


def holder(k):
    # cycles reachable only from this thread's frame while another thread collects
    a = Node(TAG, k)
    b = Node(TAG, -k)
    a.other = b
    b.other = a
    ring = [a, b]
    ring.append(ring)
    d = {"self": None, "node": a}
    d["self"] = d
    shared.append(ring[:2])  # and a second path, through a shared list
    built.wait()  # all holders built theirs
    collected.wait()  # the collector ran several times meanwhile
    ok = a.other is b and b.other is a and ring[2] is ring and d["self"] is d
    ok = ok and a.value == k and b.value == -k and d["node"] is a and a.tag is TAG
    results[k] = ok


def churner(k):
    # build and drop cycles while the collector runs
    made = 0
    for i in range(300):
        x = Node(TAG, i)
        y = Node(TAG, x)
        x.other = y
        y.other = x
        z = [x, y, TAG]
        z.append(z)
        made += 1
    results[("churn", k)] = made


hs = [threading.Thread(target=holder, args=(k,)) for k in range(1, 5)]
cs = [threading.Thread(target=churner, args=(k,)) for k in range(2)]
for t in hs:
    t.start()
while len(shared) < 4:
    gc.collect()  # collections while the holders are still building
built.set()
for t in cs:
    t.start()
for i in range(5):
    gc.collect()
for t in cs:
    t.join()
collected.set()
for t in hs:
    t.join()
print(sorted(results.items(), key=str))
print("shared", len(shared), all(p[0].other is p[1] and p[1].other is p[0] for p in shared))
print(sorted(p[0].value for p in shared))
del shared[:]
gc.collect()
print("references left", sys.getrefcount(TAG) - base)
