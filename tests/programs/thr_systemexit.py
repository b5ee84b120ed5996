# threading: SystemExit in a thread (sys.exit, _thread.exit, raise SystemExit) ends only that thread, silently
import sys
import threading
import _thread

log = []


def by_sys_exit():
    log.append("a")
    sys.exit(3)
    log.append("not reached")


def by_thread_exit():
    log.append("b")
    _thread.exit()
    log.append("not reached")


def by_raise():
    log.append("c")
    raise SystemExit("message is not printed")


for f in (by_sys_exit, by_thread_exit, by_raise):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print(f.__name__, "ended, alive:", t.is_alive())
print(log)
print("main goes on")
