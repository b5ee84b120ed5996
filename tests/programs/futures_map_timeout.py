# concurrent.futures: map(timeout=...) raises TimeoutError when a result is late; as_completed from many producers
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()


def maybe_block(x):
    if x == 0:
        gate.wait()
    return x


with ThreadPoolExecutor(max_workers=4) as ex:
    got = []
    try:
        # the first result never comes in time (the timeout counts from the map() call)
        for r in ex.map(maybe_block, range(4), timeout=0.05):
            got.append(r)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), "after", got)
    gate.set()
    print(list(ex.map(maybe_block, range(4), timeout=5)))
    it = ex.map(maybe_block, range(3), timeout=5)
    print(next(it), list(it))

# submitting from several threads at once into one pool
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = []
    lock = threading.Lock()

    def submitter(k):
        mine = [ex.submit(pow, k, 2) for i in range(25)]
        with lock:
            futs.extend(mine)

    ts = [threading.Thread(target=submitter, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(futs), sum(f.result() for f in futs))
