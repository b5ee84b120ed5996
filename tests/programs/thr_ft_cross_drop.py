# free-threading safety: objects made in one thread and freed in another (through a queue, both ways, and with both threads holding them and dropping in either order); every one is freed
import queue
import sys
import threading


class Tag:
    pass


TAG = Tag()
base = sys.getrefcount(TAG)
made = [0, 0]


class Item:
    def __init__(self, who, i):
        made[who] += 1
        self.who = who
        self.i = i
        self.tag = TAG

    def get(self):
        return self.tag


def make(who, i):
    r = i % 8
    if r == 0:
        return Item(who, i)
    if r == 1:
        return [TAG, i, [who]]
    if r == 2:
        return {"tag": TAG, "i": i}
    if r == 3:
        t = TAG

        def closure():
            return t, i
        return closure
    if r == 4:
        return Item(who, i).get  # a bound method
    if r == 5:
        return (TAG, float(i) / 3, 2 ** 80 + i, "s%d" % i * 3)
    if r == 6:
        def gen(t):
            yield t
            yield i
        g = gen(TAG)
        next(g)  # suspended, holding TAG
        return g
    return {TAG, i}


N = 3000
to_b = queue.Queue()
to_a = queue.Queue()
acks = queue.Queue()
got = [0, 0]


def a_side():
    # makes objects for b, and frees what b made
    for i in range(N):
        obj = make(0, i)
        to_b.put(obj)
        if i % 10 == 0:
            acks.get()  # b dropped its reference: ours is the last
        del obj
    to_b.put(None)
    while True:
        obj = to_a.get()
        if obj is None:
            break
        got[0] += 1
        del obj


def b_side():
    while True:
        obj = to_b.get()
        if obj is None:
            break
        i = got[1]
        got[1] += 1
        del obj
        if i % 10 == 0:
            acks.put(i)
    for i in range(N):
        to_a.put(make(1, i))
    to_a.put(None)


ta = threading.Thread(target=a_side)
tb = threading.Thread(target=b_side)
ta.start()
tb.start()
ta.join()
tb.join()
print("made instances", made, "received", got)
print("references left", sys.getrefcount(TAG) - base)
