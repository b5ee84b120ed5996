# threading: the RuntimeErrors of Thread and Lock misuse, with CPython's messages
import threading


def work():
    pass


t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon of started:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after end:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join current:", e)

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=join_self)
s.start()
s.join()
print("join self in thread:", errors)

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
print(threading.ThreadError is RuntimeError)
try:
    threading.RLock().release()
except RuntimeError as e:
    print("rlock:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("no __init__:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(target=work).join(timeout=1)
except RuntimeError as e:
    print("join with timeout before start:", e)
