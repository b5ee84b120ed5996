# threading: the low-level _thread module: start_new_thread, allocate_lock, get_ident, _count, RLock; Dummy threads
import _thread
import threading
import time

done = _thread.allocate_lock()
done.acquire()
out = {}


def body(a, b, c=None):
    out["args"] = (a, b, c)
    out["ident differs"] = _thread.get_ident() != main_ident
    me = threading.current_thread()
    out["dummy name"] = me.name.startswith("Dummy-")
    out["dummy daemon"] = me.daemon
    out["dummy alive"] = me.is_alive()
    out["count inside"] = _thread._count()
    done.release()


main_ident = _thread.get_ident()
count_before = _thread._count()
ident = _thread.start_new_thread(body, (1, 2), {"c": 3})
done.acquire()
# the thread may still be ending: wait until it is gone (nothing waits for raw threads at exit)
while _thread._count() > count_before:
    time.sleep(0.001)
print(type(ident) is int, _thread._count())
for k in sorted(out):
    print(k, out[k])
print("count before:", count_before)
print(type(_thread.allocate_lock()) is _thread.LockType)
print(_thread.error is RuntimeError)
lk = _thread.allocate_lock()
print(lk.acquire(), lk.locked(), lk.acquire(False))
lk.release()
with lk:
    print("with:", lk.locked())
print(lk.locked())
rl = _thread.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
rl.release()
print(rl._is_owned())
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(print, (), [])
except TypeError as e:
    print("TypeError:", e)
