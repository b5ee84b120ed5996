# An exception escaping a with block uncaught: __exit__ runs, then the traceback.
class Closing:
    def __init__(self, name): self.name = name
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("closing", self.name, "after", t.__name__ if t else None)

def process(n):
    with Closing("file"):
        return 10 // n

print(process(2))
print(process(0))
