# send(): values flow into the generator; the first send must be None.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = accumulator()
print(g.send(None))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        if v == "stop":
            return received
e = echo()
print(next(e), e.send("a"), e.send(1))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as ex:
    print("TypeError:", ex)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in [10, 20, 60]])
