# Helper module for the imp_* tests: functions, a class, module state, a private name.
print("loading", __name__)
VERSION = "1.2"
calls = 0
setting = "default"
_private = "hidden"

def f(x):
    global calls
    calls += 1
    return x * 2

def get_setting():
    return setting

class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v})"
    def double(self):
        return C(f(self.v))

if __name__ == "__main__":
    print(f(21), C(2).double(), calls)
