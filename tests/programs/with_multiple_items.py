# Several context managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        if self.fail_enter:
            print("enter fails", self.name)
            raise OSError("cannot enter " + self.name)
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "")
        return False

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except OSError as e:
    print("OSError:", e)
try:
    with CM("p") as p, CM("q") as q:
        raise ValueError(p + q)
except ValueError as e:
    print("ValueError:", e)
