# threading: the program ends while daemon threads are still blocked (on an Event, a Lock, in sleep); no hang
import threading
import time

never = threading.Event()
held = threading.Lock()
held.acquire()
started = threading.Semaphore(0)


def wait_event():
    started.release()
    never.wait()


def wait_lock():
    started.release()
    held.acquire()


def sleeper():
    started.release()
    while True:
        time.sleep(0.01)


def spinner():
    started.release()
    x = 0
    while True:
        x += 1


for f in (wait_event, wait_lock, sleeper, spinner):
    threading.Thread(target=f, daemon=True).start()
for i in range(4):
    started.acquire()
print("daemon threads alive:", sum(1 for t in threading.enumerate() if t.daemon))
print("main thread ends now")
