# Checks: raising an exception class without arguments, and one with several arguments, uncaught.
def fail():
    raise KeyError("a", 1)

try:
    fail()
except KeyError as e:
    print("caught first", repr(e))
raise RuntimeError
