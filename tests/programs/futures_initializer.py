# concurrent.futures: initializer runs once in each worker thread; a thread-local set up by it is seen by the calls
from concurrent.futures import ThreadPoolExecutor
import threading

local = threading.local()
count = []
lock = threading.Lock()
b = threading.Barrier(3)


def init(tag):
    local.tag = tag
    with lock:
        count.append(threading.current_thread().name)


def job(i):
    b.wait()
    return (local.tag, i)


with ThreadPoolExecutor(max_workers=3, initializer=init, initargs=("ready",)) as ex:
    print(sorted(ex.map(job, range(3))))
print(len(count), sorted(count))
