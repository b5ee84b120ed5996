# from module import *: public names are bound, underscore names are not.
from imp_helper_a import *
print(VERSION, f(3), C(1))
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
print(sorted(n for n in dir() if not n.startswith("__")))
