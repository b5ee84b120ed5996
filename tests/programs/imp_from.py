# from module import names: the names are bound, the module name is not.
from imp_helper_a import f, C, VERSION
from imp_helper_a import calls
print(f(10), C(1).double(), VERSION)
print(calls)
import imp_helper_a
print(imp_helper_a.calls, calls)
try:
    print(imp_helper_b)
except NameError as e:
    print("NameError:", e)
from imp_helper_a import (
    get_setting,
    _private,
)
print(get_setting(), _private)
