# threading: a Semaphore(3) limits concurrency: the most threads inside at once is <= 3 (and reaches 3)
import threading

sem = threading.Semaphore(3)
lock = threading.Lock()
inside = 0
most = 0
entered = 0
gate = threading.Event()
three_in = threading.Event()


def work():
    global inside, most, entered
    with sem:
        with lock:
            inside += 1
            entered += 1
            most = max(most, inside)
            if inside == 3:
                three_in.set()
        # the first three wait here until the main thread saw all three inside
        gate.wait()
        with lock:
            inside -= 1


threads = [threading.Thread(target=work) for i in range(12)]
for t in threads:
    t.start()
three_in.wait()
with lock:
    print("inside while gated:", inside, "entered:", entered)
gate.set()
for t in threads:
    t.join()
print("most inside at once:", most, most <= 3)
print("entered:", entered, "inside now:", inside)
print("value back to 3:", sem._value)
