# Exceptions propagate through with after __exit__ runs; __exit__ sees type, value, traceback.
class Log:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)

try:
    with Log("a"):
        raise KeyError("missing")
except KeyError as e:
    print("caught", repr(e))
def inner():
    with Log("b"):
        with Log("c"):
            [][1]
try:
    inner()
except IndexError as e:
    print("caught", e)
class Replace:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with Replace():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
