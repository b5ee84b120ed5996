# __getattr__ is only a fallback for missing attributes; used for delegation.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.local = "mine"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
print(p.local)
p.append(0)
print(p._target, p.count(1))
try:
    p.secret_key
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "sort"), hasattr(p, "secret"))
print(getattr(p, "missing_too", "dflt"))
class Dyn:
    x = 1
    def __getattr__(self, name):
        return name.upper()
d = Dyn()
print(d.x, d.hello, d.world)
