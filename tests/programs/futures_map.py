# concurrent.futures: ThreadPoolExecutor.map keeps the input order (one or several iterables), an exception surfaces when reached
from concurrent.futures import ThreadPoolExecutor
import threading


def square(x):
    return x * x


def add(a, b):
    return a + b


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(20))))
    print(list(ex.map(add, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(square, [])))
    # the calls are submitted at once, before the iterator is used
    seen = []
    lock = threading.Lock()

    def record(x):
        with lock:
            seen.append(x)
        return x

    it = ex.map(record, range(5))
    ex.submit(lambda: None).result()
    results = list(it)
    print(results, sorted(seen))

    def fail_on_3(x):
        if x == 3:
            raise ValueError("bad item %d" % x)
        return x

    got = []
    try:
        for r in ex.map(fail_on_3, range(6)):
            got.append(r)
    except ValueError as e:
        print("ValueError:", e, "after", got)
    print(list(ex.map(str, range(3), timeout=5)))
print("done")
