# Checks: nested try blocks, bare raise re-raising the current exception, raise in handlers.
def inner():
    try:
        return 1 / 0
    except ZeroDivisionError:
        print("inner handler, re-raising")
        raise
def middle():
    try:
        inner()
    except ArithmeticError as e:
        print("middle caught", repr(e))
        raise
try:
    middle()
except ZeroDivisionError as e:
    print("outer caught", repr(e))
def convert():
    try:
        int("abc")
    except ValueError:
        raise TypeError("converted")
try:
    convert()
except TypeError as e:
    print(repr(e))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as e:
            print("innermost", repr(e))
        raise
except KeyError as e:
    print("re-raised the outer one:", repr(e))
try:
    raise
except RuntimeError as e:
    print(repr(e))
