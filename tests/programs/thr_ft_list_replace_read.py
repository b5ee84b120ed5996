# free-threading safety: readers index, slice and iterate a shared list while a writer replaces, removes and inserts items; a reader gets an old item or a new one (right type and form), never garbage
import threading

SIZE = 200
ROUNDS = 40
lst = [("old", i) for i in range(SIZE)]
done = threading.Event()
started = threading.Barrier(3)
bad = []
stats = {}
passed = {"a": threading.Event(), "b": threading.Event()}


def check(x):
    # every item ever stored is ("old", i), ("new", r, i) or a float r + i / 1000
    if type(x) is tuple:
        if len(x) == 2 and x[0] == "old" and type(x[1]) is int and 0 <= x[1] < SIZE:
            return True
        if len(x) == 3 and x[0] == "new" and 0 <= x[1] < ROUNDS and 0 <= x[2] < SIZE:
            return True
    if type(x) is float and 0 <= x < ROUNDS + 1:
        return True
    bad.append(repr(x))
    return False


def reader(name):
    reads = errors = 0
    started.wait()
    while True:
        stop = done.is_set()  # one more full pass after the writer ends
        for j in range(0, SIZE, 7):
            try:
                x = lst[j]
            except IndexError:  # the writer removed items meanwhile
                errors += 1
                continue
            check(x)
            reads += 1
        for x in lst[10:60:3]:
            check(x)
        for x in lst:
            check(x)
        passed[name].set()
        if stop:
            break
    stats[name] = reads > 0


def writer():
    started.wait()
    for r in range(ROUNDS):
        if r % 13 == 6:  # let each reader finish a pass between two batches of rounds
            for e in passed.values():
                e.clear()
            for e in passed.values():
                e.wait()
        for i in range(0, SIZE, 3):
            lst[i] = ("new", r, i)
        for i in range(5):
            del lst[len(lst) - 1]
        for i in range(5):
            lst.insert(i * 11, r + i / 1000)
        lst[20:25] = [("new", r, j) for j in range(5)]
        lst.remove(lst[0])
        lst.append(("old", r))
    done.set()


ts = [threading.Thread(target=reader, args=(n,)) for n in ("a", "b")]
ts.append(threading.Thread(target=writer))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("length", len(lst))
print("bad reads", len(bad), bad[:3])
print("readers read", sorted(stats.items()))
print("final items well formed", all(check(x) for x in lst))
print(lst[:3], lst[-1])
