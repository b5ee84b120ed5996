# Helper module for the imp_* tests: imports imp_helper_a and builds on it.
import imp_helper_a
from imp_helper_a import C
print("loading", __name__)

class D(C):
    def __repr__(self):
        return f"D({self.v})"

def g(x):
    return imp_helper_a.f(x) + 1

a = imp_helper_a

if __name__ == "__main__":
    print(g(1), D(3), D(3).double())
