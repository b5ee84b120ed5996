# threading: a custom threading.excepthook gets ExceptHookArgs (exc_type, exc_value, exc_traceback, thread)
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                   args.thread.name))
    et, ev, tb, th = args
    caught.append(et is args.exc_type and ev is args.exc_value and th is args.thread)


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(msg):
    raise RuntimeError(msg)


def leave():
    raise SystemExit(5)


for i, target in enumerate((fail, fail, leave)):
    t = threading.Thread(target=target, args=("boom %d" % i,) if target is fail else (),
                         name="t%d" % i)
    t.start()
    t.join()
for c in caught:
    print(c)


class Worker(threading.Thread):
    def run(self):
        raise LookupError("from run")


w = Worker(name="subclassed")
w.start()
w.join()
print(caught[-2:])

# back to the default hook
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
