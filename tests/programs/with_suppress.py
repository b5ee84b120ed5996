# __exit__ returning True suppresses the exception; truthy values count; execution continues.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            self.caught = v
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("continues", type(s.caught).__name__)
for exc in [KeyError("k"), ValueError("v")]:
    try:
        with Suppress(KeyError, IndexError):
            raise exc
        print("after with for", type(exc).__name__)
    except ValueError as e:
        print("escaped", e)
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "yes"
with Truthy():
    raise RuntimeError("gone")
print("truthy suppressed")
def f():
    for i in range(3):
        with Suppress(ValueError):
            if i == 1:
                raise ValueError(i)
            print("loop", i)
    return "done"
print(f())
