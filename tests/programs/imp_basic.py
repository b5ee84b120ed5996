# import a user module: attributes, functions, classes, module name and type.
import imp_helper_a
print(imp_helper_a.VERSION, imp_helper_a.f(5))
c = imp_helper_a.C(4)
print(c, c.double(), type(c).__name__, type(c).__module__)
print(imp_helper_a.__name__, type(imp_helper_a).__name__)
print(imp_helper_a.calls)
print(isinstance(c, imp_helper_a.C))
try:
    imp_helper_a.nothing
except AttributeError as e:
    print("AttributeError:", e)
