# A program's own sys.excepthook reports the uncaught exception (exit status 1);
# a hook that itself fails is reported, followed by the original exception.
import sys

calls = []


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is not None)
    calls.append(kind)
    raise RuntimeError("the hook failed too")


sys.excepthook = hook
print("start")
raise ValueError("not caught")
