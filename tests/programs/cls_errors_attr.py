# Missing attributes on instances and classes; deleting missing attributes.
class A:
    x = 1
    def __init__(self):
        self.y = 2

a = A()
for name in ["x", "y", "z"]:
    try:
        print(name, getattr(a, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    A.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.q
except AttributeError as e:
    print("AttributeError:", e)
del a.y
try:
    a.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, "w")
except AttributeError as e:
    print("AttributeError:", e)
