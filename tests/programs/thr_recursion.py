# Deep recursion inside threads: RecursionError, never a crash; the thread's own
# limit is the interpreter's (sys.setrecursionlimit), and deep but legal recursion works.
import sys
import threading

results = {}


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


def endless(n):
    return endless(n + 1) + 1


def runaway(key):
    try:
        endless(0)
    except RecursionError as e:
        results[key] = "RecursionError: " + str(e)


def legal(key, depth):
    results[key] = down(depth)


def method_runaway(key):
    class Node:
        def __repr__(self):
            return repr(self)

    try:
        repr(Node())
    except RecursionError as e:
        results[key] = "RecursionError via __repr__: " + str(e).split(" while")[0]


threads = [threading.Thread(target=runaway, args=("a",)),
           threading.Thread(target=runaway, args=("b",)),
           threading.Thread(target=legal, args=("legal", 900)),
           threading.Thread(target=method_runaway, args=("repr",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])

sys.setrecursionlimit(20000)
t = threading.Thread(target=legal, args=("deep", 15000))
t.start()
t.join()
print("deep", results["deep"])
t = threading.Thread(target=runaway, args=("limit 20000",))
t.start()
t.join()
print(results["limit 20000"])
