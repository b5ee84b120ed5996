# threading: default thread names "Thread-N (target)" numbered as CPython 3.11, explicit names, repr before start/after join
import threading


def work():
    pass


class Runner:
    def __call__(self):
        pass


a = threading.Thread(target=work)
b = threading.Thread()
c = threading.Thread(target=lambda: None)
d = threading.Thread(target=Runner())   # no __name__: no suffix
e = threading.Thread(target=work, name="custom")
f = threading.Thread(target=work, name="")   # empty: a default name
g = threading.Thread(target=work, name=42)
tm = threading.Timer(1, work)
for t in (a, b, c, d, e, f, g, tm):
    print(repr(t.name))


class MyThread(threading.Thread):
    def run(self):
        pass


m = MyThread()
print(m.name, repr(m))
print(repr(a))
a.daemon = True
print(repr(a))
a.start()
a.join()
print(repr(a).split(" ")[0:2], repr(a).startswith("<Thread(Thread-1 (work), stopped daemon "))
a.name = "renamed"
print(a.name)
a.name = 99
print(repr(a.name))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
