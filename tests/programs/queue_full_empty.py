# queue: Empty and Full from the non-blocking calls and after timeouts; negative timeouts; puts that wait for room
import queue
import threading
import time

q = queue.Queue(maxsize=1)
for call in (q.get_nowait, lambda: q.get(block=False), lambda: q.get(timeout=0.01),
             lambda: q.get(True, 0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(str(e)))
q.put(1)
for call in (lambda: q.put_nowait(2), lambda: q.put(2, block=False), lambda: q.put(2, timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(str(e)))
start = time.monotonic()
try:
    q.put(2, timeout=0.03)
except queue.Full:
    print("waited for room:", time.monotonic() - start >= 0.025)
for call in (lambda: q.put(2, timeout=-1), lambda: q.get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
# a non-blocking call ignores the timeout
try:
    q.put(2, False, -1)
except queue.Full:
    print("Full (timeout ignored)")
print(q.get(False, -1))

# a put blocked on a full queue goes through once a consumer makes room
q.put("first")
order = []


def producer():
    q.put("second")
    order.append("put returned")


t = threading.Thread(target=producer)
t.start()
t.join(0.02)
print("blocked producer alive:", t.is_alive())
order.append(q.get())
t.join()
order.append(q.get(timeout=1))
print(order)
