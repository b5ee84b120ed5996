# threading: an uncaught exception in a thread prints "Exception in thread NAME:" and its traceback; the program goes on
# stderr differs on purpose: CPython's traceback goes through its own Lib/threading.py (its
# path and line numbers), gilvm's through "<frozen threading>" (lib/threading.py, with no
# source lines shown), so gilvm's stderr is recorded in thr_uncaught.gilvm.err.
import sys
import threading


def inner(x):
    return 10 // x


def work(x):
    return inner(x)


t = threading.Thread(target=work, args=(0,), name="worker-1")
t.start()
t.join()
print("after the failed thread:", t.is_alive())
sys.stdout.flush()


def chained():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("while handling")


t = threading.Thread(target=chained)
t.start()
t.join()
print("program goes on")
