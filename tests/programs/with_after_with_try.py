# Statements after a with block: a later try/except and a multi-item with unwind correctly.
class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise OSError("cannot enter " + self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)

def loop_after_with():
    with CM("first"):
        pass
    out = []
    for i in range(5):
        try:
            out.append(10 // (i % 2))
        except ZeroDivisionError:
            out.append("z")
    return out

print(loop_after_with())
with CM("a"):
    pass
try:
    with CM("b"), CM("c", fail=True):
        print("not reached")
except OSError as e:
    print("OSError:", e)
