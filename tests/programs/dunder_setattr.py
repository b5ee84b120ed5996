# __setattr__ intercepts every assignment; object.__setattr__ / super() store it.
class Validated:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __setattr__(self, key, value):
        print("set", key, repr(value))
        if key == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(key, value)

v = Validated("ann", 3)
v.age = 4
print(v.name, v.age)
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age)
class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is read-only")
    def __delattr__(self, k):
        raise AttributeError("cannot delete " + k)
r = ReadOnly()
print(r.x)
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
print(r.x)
