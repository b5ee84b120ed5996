# A module imported several times (and from functions) runs its body once; sys.modules.
import sys
print("imp_helper_a" in sys.modules)
import imp_helper_a
import imp_helper_a
from imp_helper_a import f
def later():
    import imp_helper_a as again
    return again
print(later() is imp_helper_a, sys.modules["imp_helper_a"] is imp_helper_a)
print("imp_helper_a" in sys.modules)
def local_only():
    import imp_helper_state
    return imp_helper_state.register("local")
print(local_only())
try:
    imp_helper_state
except NameError as e:
    print("NameError:", e)
