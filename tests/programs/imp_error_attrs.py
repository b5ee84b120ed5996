# ImportError attributes: name and path for missing modules and missing names; keyword arguments.
try:
    import imp_helper_missing_module
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.args)
try:
    from imp_helper_state import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path.endswith("imp_helper_state.py"))
e = ImportError("custom", name="mod", path="/x/mod.py")
print(e, e.name, e.path, e.args)
e = ImportError()
print(repr(e), e.name, e.path)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
