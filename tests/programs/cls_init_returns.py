# __init__ must return None; __init__ errors; object creation order.
class A:
    def __init__(self):
        return 5
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class B:
    def __init__(self):
        return "x"
try:
    B()
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self):
        return None
print(type(C()).__name__)
class D:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
try:
    D(-1)
except ValueError as e:
    print("ValueError:", e)
print(D(3).v)
