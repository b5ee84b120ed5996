# queue: task_done()/join() with worker threads; "task_done() called too many times"
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()


ws = [threading.Thread(target=worker) for i in range(4)]
for w in ws:
    w.start()
for i in range(100):
    q.put(i)
q.join()
print("after join:", len(results), q.unfinished_tasks, q.empty())
print(sum(results) == sum(i * i for i in range(100)))
for w in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print("workers done:", not any(w.is_alive() for w in ws))

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("join on a finished queue returns at once")
