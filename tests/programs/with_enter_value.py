# __enter__ may return anything (another object, None); __exit__ is looked up on the class.
class Opener:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self.log
    def __exit__(self, t, v, tb):
        self.log.append("exit")
o = Opener()
with o as log:
    log.append("body")
print(o.log, log is o.log)
class Nothing:
    def __enter__(self): pass
    def __exit__(self, *a): pass
with Nothing() as n:
    print(n)
class InstanceExit:
    def __enter__(self): return 1
    def __exit__(self, *a):
        print("class __exit__")
i = InstanceExit()
i.__exit__ = lambda *a: print("instance __exit__")
with i as v:
    print("v =", v)
