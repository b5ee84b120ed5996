# concurrent.futures: submit() returns Futures; result() re-raises the call's exception; exception(); done/running states
from concurrent.futures import ThreadPoolExecutor, Future
import threading


def div(a, b):
    return a // b


gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(div, 7, 2)
    f2 = ex.submit(div, 1, 0)
    f3 = ex.submit(div, a=9, b=3)
    print(isinstance(f1, Future), f1.result(), f3.result(timeout=5))
    try:
        f2.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(type(f2.exception()).__name__, f1.exception())
    print(f1.done(), f2.done(), f1.running(), f1.cancelled())

    started = threading.Event()

    def blocked():
        started.set()
        gate.wait()
        return "released"

    fb = ex.submit(blocked)
    started.wait()
    print("running:", fb.running(), "done:", fb.done(), "cancel refused:", fb.cancel())
    try:
        fb.result(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
    gate.set()
    print(fb.result(), fb.running(), fb.done())

    # exceptions keep their traceback and type
    class MyError(Exception):
        pass

    def raiser():
        raise MyError("custom", 2)

    fe = ex.submit(raiser)
    try:
        fe.result()
    except MyError as e:
        print("MyError", e.args, e.__traceback__ is not None)
    # SystemExit / KeyboardInterrupt-like BaseExceptions are captured too
    fs = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(4)))
    print(type(fs.exception()).__name__)
print("pool closed")
