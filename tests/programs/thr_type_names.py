# The lock types' names, modules and reprs, and error messages naming them, as CPython's.
import _thread
import threading

lock = threading.Lock()
rlock = threading.RLock()
print(_thread.LockType, type(lock) is _thread.LockType, _thread.RLock)
print(_thread.LockType.__name__, _thread.LockType.__qualname__, _thread.LockType.__module__)
print(_thread.RLock.__name__, _thread.RLock.__module__)
print(repr(lock).split(" at ")[0], repr(rlock).split(" at ")[0])
lock.acquire()
print(repr(lock).split(" at ")[0])
try:
    lock.colour
except AttributeError as e:
    print("AttributeError:", e)
try:
    lock.release()
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
