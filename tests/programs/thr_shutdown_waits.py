# threading: when the main thread ends, the program waits for non-daemon threads (which may start more threads)
import threading
import time

go = threading.Event()
first_done = threading.Event()


def late(k):
    go.wait()
    time.sleep(0.02)
    print("worker", k, "finished after main")
    first_done.set()


def spawner():
    first_done.wait()
    time.sleep(0.02)
    t = threading.Thread(target=print, args=("thread started during shutdown ran",))
    t.start()


threading.Thread(target=late, args=(1,)).start()
threading.Thread(target=spawner).start()
print("main ends; non-daemon threads:", threading.active_count() - 1)
go.set()
