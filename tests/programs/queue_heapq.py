# queue: the heapq module PriorityQueue uses: heap layouts after push/pop/heapify match CPython's exactly
import heapq
import random

random.seed(12345)
for n in (0, 1, 2, 5, 10, 31):
    data = [random.randrange(100) for i in range(n)]
    h = list(data)
    heapq.heapify(h)
    print(n, h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    print(" push:", h2)
    popped = [heapq.heappop(h2) for i in range(len(h2))]
    print(" pop:", popped == sorted(data))
h = [5, 3, 8, 1]
heapq.heapify(h)
print(heapq.heapreplace(h, 7), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.nsmallest(2, [4, 1, 3, 2]), heapq.nlargest(3, [4, 1, 3, 2]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
pairs = []
for p in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
    heapq.heappush(pairs, p)
print([heapq.heappop(pairs) for i in range(4)])
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
