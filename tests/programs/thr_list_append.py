# threading: 8 threads appending to one list (and extending another) leave every item
import threading

shared = []
pairs = []
N = 8
PER = 2000
start = threading.Event()


def work(k):
    start.wait()
    for i in range(PER):
        shared.append(k * PER + i)
    for i in range(0, PER, 100):
        pairs.extend([(k, i), (k, i + 1)])


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(len(shared), len(shared) == N * PER)
print(sorted(shared) == list(range(N * PER)))
print(len(pairs), len(set(pairs)))
# each thread's own items stay in the order it appended them
for k in range(N):
    mine = [x for x in shared if x // PER == k]
    assert mine == sorted(mine)
print("per-thread order kept")
