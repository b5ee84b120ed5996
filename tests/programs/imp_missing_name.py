# from module import a missing name: ImportError (not ModuleNotFoundError), e.name is the module.
try:
    from imp_helper_a import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
    print(str(e).startswith("cannot import name 'does_not_exist' from 'imp_helper_a'"))
try:
    from imp_helper_a import f, missing_too
except ImportError as e:
    print(type(e).__name__, e.name)
print("f" in dir())
