# free-threading safety: read-modify-write under locks on every kind of place (global, instance attribute, class attribute, closure cell, dict value, list slot) with ints, big ints, floats and strings: all exact
import threading

N = 8
ROUNDS = 400
lock = threading.Lock()
slot_locks = [threading.Lock() for i in range(4)]
rlock = threading.RLock()
go = threading.Barrier(N)


class Acc:
    shared = 0

    def __init__(self):
        self.n = 0
        self.big = 2 ** 70
        self.f = 0.5
        self.text = ""


acc = Acc()
total = 0
counts = {"a": 0, "b": 0}
slots = [0, 0, 0, 0]


def make_counter():
    c = 0

    def bump():
        nonlocal c
        with lock:
            c += 1
        return c

    def value():
        return c
    return bump, value


bump, value = make_counter()


def nested_add(x):
    with rlock:
        with rlock:  # re-entered
            acc.big += x


def work(k):
    global total
    go.wait()
    for i in range(ROUNDS):
        with lock:
            total += 1
            acc.n += 1
            Acc.shared += 2
            counts["a" if i % 2 else "b"] += 1
        with slot_locks[i % 4]:
            slots[i % 4] += k
        with lock:
            acc.f += 1.0
            if i % 50 == 0:
                acc.text += "%d," % k
        nested_add(2 ** 64 + i)
        bump()


ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("global", total, "attr", acc.n, "class attr", Acc.shared, "dict", counts)
print("slots", slots, sum(slots) == ROUNDS * sum(range(N)))
print("big", acc.big == 2 ** 70 + N * (ROUNDS * 2 ** 64 + sum(range(ROUNDS))), acc.big % 1000003)
print("float", acc.f, "closure", value())
print("text", len(acc.text), sorted(acc.text.split(",")[:-1]) == sorted(str(k) for k in range(N) for j in range(ROUNDS // 50)))
print("locks free", lock.locked(), any(l.locked() for l in slot_locks))
