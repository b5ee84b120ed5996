# free-threading safety: list.sort racing with appends under a lock stays sorted and loses nothing; an append during a sort (ordered with events) gives "list modified during sort", and the other thread sees the list empty meanwhile
import threading

lock = threading.Lock()
data = []
N = 6
PER = 300
go = threading.Barrier(N + 1)
sorted_ok = []


def appender(k):
    go.wait()
    for i in range(PER):
        with lock:
            data.append((i * 7919 + k * 104729) % 100003)


def sorter():
    go.wait()
    for r in range(60):
        with lock:
            data.sort(reverse=r % 2 == 1)
            ok = all(data[j] >= data[j + 1] for j in range(len(data) - 1)) if r % 2 else \
                all(data[j] <= data[j + 1] for j in range(len(data) - 1))
        sorted_ok.append(ok)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
ts.append(threading.Thread(target=sorter))
for t in ts:
    t.start()
for t in ts:
    t.join()
expect = sorted((i * 7919 + k * 104729) % 100003 for k in range(N) for i in range(PER))
print("items", len(data), "same multiset", sorted(data) == expect)
print("every sort under the lock gave a sorted list", all(sorted_ok), len(sorted_ok))

# Without the lock: a sort whose key function waits while another thread appends.
lst = [5, 3, 9, 1, 7]
in_key = threading.Event()
appended = threading.Event()
seen = []
calls = [0]


def key(x):
    calls[0] += 1
    if calls[0] == 1:
        in_key.set()
        appended.wait()
    return -x


def other():
    in_key.wait()
    seen.append(len(lst))
    seen.append(list(lst))
    lst.append(100)
    seen.append(100 in lst)
    appended.set()


t = threading.Thread(target=other)
t.start()
try:
    lst.sort(key=key)
    print("no error")
except ValueError as e:
    print("ValueError:", e)
t.join()
print("other thread saw", seen)
print("after", lst, calls[0])
