# An uncaught ModuleNotFoundError: traceback and the exception line.
print("before")
import imp_helper_a
import no_such_module_here
print("not reached")
