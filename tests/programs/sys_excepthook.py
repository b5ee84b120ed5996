# sys.excepthook / sys.__excepthook__ print an exception and its traceback on stderr.
import sys


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("same hook:", sys.excepthook is sys.__excepthook__)
sys.__excepthook__(None, None, None)
sys.excepthook(KeyError, KeyError("k"), None)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("done")
