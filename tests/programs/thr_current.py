# threading: current_thread, main_thread, ident/native_id, daemon inheritance, is_alive, active_count/enumerate
import threading
import _thread

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(type(main.ident) is int, main.ident == threading.get_ident() == _thread.get_ident())
print(type(main.native_id) is int, main.native_id == threading.get_native_id())
print(threading.active_count(), [t.name for t in threading.enumerate()])

inside = threading.Event()
release = threading.Event()
info = {}


def body():
    me = threading.current_thread()
    info["name"] = me.name
    info["is_me"] = me is worker
    info["ident"] = me.ident == threading.get_ident()
    info["native"] = me.native_id == threading.get_native_id()
    info["not main"] = me is not threading.main_thread()
    info["main from thread"] = threading.main_thread().name
    info["alive inside"] = me.is_alive()
    inner = threading.Thread(target=lambda: None)
    info["inherits daemon"] = inner.daemon
    inside.set()
    release.wait()


worker = threading.Thread(target=body, name="worker", daemon=True)
print("before start:", worker.is_alive(), worker.ident, worker.native_id, worker.daemon)
worker.start()
inside.wait()
print("running:", worker.is_alive(), type(worker.ident) is int, worker.ident != main.ident)
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(worker in threading.enumerate())
release.set()
worker.join()
print("after join:", worker.is_alive(), type(worker.ident) is int)
print(threading.active_count(), [t.name for t in threading.enumerate()])
for k in sorted(info):
    print(k, info[k])

# daemon defaults to the creating thread's flag; main is not a daemon
t = threading.Thread(target=lambda: None)
print("default daemon:", t.daemon)
t.daemon = True
print("set daemon:", t.daemon)
t.start()
t.join()
print(threading.current_thread() is main, threading.active_count())
