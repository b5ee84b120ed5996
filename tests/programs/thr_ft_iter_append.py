# free-threading safety: iterating a list while other threads append to it: no crash, every item seen was appended, each appender's items come in its order; an iteration paused by events sees the items appended meanwhile
import threading

# 1. Free-running: 4 appenders, 2 iterating readers.
lst = []
N = 4
PER = 1500
done = threading.Event()
go = threading.Barrier(N + 2)
results = {}


def appender(k):
    go.wait()
    for i in range(PER):
        lst.append((k, i))


def reader(name):
    go.wait()
    ok = True
    passes = 0
    while True:
        stop = done.is_set()
        last = [-1] * N
        count = 0
        for x in lst:
            if type(x) is not tuple or len(x) != 2:
                ok = False
                continue
            k, i = x
            if not (0 <= k < N and 0 <= i < PER) or i <= last[k]:
                ok = False  # garbage, or an appender's items out of order
            else:
                last[k] = i
            count += 1
        passes += 1
        if stop:
            break
    results[name] = (ok, passes > 0, count)


rs = [threading.Thread(target=reader, args=(n,)) for n in ("r1", "r2")]
ws = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
for t in rs + ws:
    t.start()
for t in ws:
    t.join()
done.set()
for t in rs:
    t.join()
print("items", len(lst), sorted(lst) == [(k, i) for k in range(N) for i in range(PER)])
print(sorted(results.items()))

# 2. Ordered with events: the iterating thread stops at item 5 while another appends 5 more.
lst2 = list(range(10))
at_five = threading.Event()
more = threading.Event()
seen = []


def iterate():
    for x in lst2:
        seen.append(x)
        if x == 5:
            at_five.set()
            more.wait()


t = threading.Thread(target=iterate)
t.start()
at_five.wait()
lst2.extend(range(10, 15))
lst2.append(15)
more.set()
t.join()
print("seen", seen)

# 3. An iterator made in one thread and finished in another; a list emptied under it.
it = iter(lst2)
first = [next(it), next(it)]
rest = []
t = threading.Thread(target=lambda: rest.extend(it))
t.start()
t.join()
print(first, len(rest), rest[-1])
it = iter(lst2)
next(it)
t = threading.Thread(target=lst2.clear)
t.start()
t.join()
print(list(it), lst2)
