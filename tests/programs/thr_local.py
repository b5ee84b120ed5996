# threading: local() gives each thread its own attributes; a subclass's __init__ runs once per thread
import threading

data = threading.local()
data.x = "main"
data.shared_list = [1]
seen = {}
lock = threading.Lock()


def work(k):
    has = hasattr(data, "x")
    data.x = k
    data.y = k * 10
    for i in range(100):
        data.x = data.x + 1
    with lock:
        seen[k] = (has, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=work, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still:", data.x, data.shared_list, hasattr(data, "y"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.shared_list
print(sorted(data.__dict__))
try:
    del data.shared_list
except AttributeError as e:
    print("AttributeError:", e)


class Counter(threading.local):
    inits = 0

    def __init__(self, start):
        with lock:
            Counter.inits += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    @property
    def double(self):
        return self.value * 2


c = Counter(100)
results = []


def use():
    for i in range(3):
        c.bump()
    with lock:
        results.append((c.value, c.double))


ts = [threading.Thread(target=use) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, "inits:", Counter.inits, "main value:", c.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(type(c).__name__, isinstance(c, threading.local))
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)
