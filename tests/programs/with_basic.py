# with: __enter__'s result bound by `as`, __exit__ called with None on normal exit.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        print("enter", self.name)
        self.open = True
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        self.open = False
        return False

with Resource("r1") as r:
    print("inside", r.name, r.open)
print("after", r.open)
with Resource("r2"):
    print("no as target")
res = Resource("r3")
with res as same:
    print(same is res)
def use():
    with Resource("in function") as x:
        return x.name
print(use())
