# free-threading safety: a dict or set changed by another thread during iteration (ordered with events) raises CPython's RuntimeError; free-running iteration beside a resizing writer sees only well-formed entries
import threading


def paused_iteration(container, iterate, change):
    """Iterate in a thread; after the first item, another thread changes the container."""
    first = threading.Event()
    changed = threading.Event()
    out = []

    def run():
        try:
            for x in iterate(container):
                out.append(x)
                if len(out) == 1:
                    first.set()
                    changed.wait()
            out.append("finished")
        except RuntimeError as e:
            out.append("RuntimeError: " + str(e))
        first.set()

    t = threading.Thread(target=run)
    t.start()
    first.wait()
    change(container)
    changed.set()
    t.join()
    return out[0], out[-1], len(out)


print(paused_iteration({1: 1, 2: 2, 3: 3}, iter, lambda d: d.__setitem__(4, 4)))
print(paused_iteration({1: 1, 2: 2, 3: 3}, lambda d: d.items(), lambda d: d.pop(3)))
print(paused_iteration({1: 1, 2: 2, 3: 3}, lambda d: d.values(), lambda d: d.__setitem__(1, 9)))
print(paused_iteration({1: 1, 2: 2, 3: 3}, iter, lambda d: (d.pop(3), d.__setitem__(5, 5))))
print(paused_iteration({i: i for i in range(5)}, iter, lambda d: d.update({i: 0 for i in range(100, 200)})))
print(paused_iteration({1, 2, 3}, iter, lambda s: s.add(4)))
print(paused_iteration({1, 2, 3}, iter, lambda s: s.discard(1)))
print(paused_iteration({1, 2, 3}, iter, lambda s: s.update(range(10, 100))))
print(paused_iteration([1, 2, 3], iter, lambda l: l.append(4)))
print(paused_iteration([1, 2, 3], iter, lambda l: l.clear()))

# free-running: a writer resizes a dict and a set again and again while two readers iterate
d = {}
s = set()
done = threading.Event()
go = threading.Barrier(3)
report = {}


def writer():
    go.wait()
    for r in range(30):
        for i in range(200):
            d[(r, i)] = r * 1000 + i
            s.add(r * 1000 + i)
        for i in range(0, 200, 2):
            del d[(r, i)]
            s.discard(r * 1000 + i)
    done.set()


def reader(name):
    go.wait()
    bad = errors = 0
    while True:
        stop = done.is_set()
        try:
            for k, v in d.items():
                if v != k[0] * 1000 + k[1]:
                    bad += 1
            for x in s:
                if type(x) is not int or not (0 <= x < 30000 and x % 1000 < 200):
                    bad += 1
        except RuntimeError:
            errors += 1  # changed size during iteration: allowed, not printed
        if stop:
            break
    report[name] = bad


ts = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(n,)) for n in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(s), sorted(report.items()))
print(sum(d.values()) == sum(s))
