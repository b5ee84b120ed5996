# ModuleNotFoundError for missing modules: message, name attribute, ImportError subclass.
try:
    import nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import imp_helper_does_not_exist as x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from nope_either import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
try:
    import imp_helper_a, missing_after_a
except ModuleNotFoundError as e:
    print(e)
import sys
print("imp_helper_a" in sys.modules, "missing_after_a" in sys.modules)
