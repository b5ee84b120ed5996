# Checks: every builtin exception type can be raised and caught by its own name and by Exception/BaseException.
types = [ArithmeticError, AssertionError, AttributeError, BufferError, EOFError, FloatingPointError,
         ImportError, IndexError, KeyError, LookupError, MemoryError, ModuleNotFoundError, NameError,
         NotImplementedError, OSError, OverflowError, RecursionError, RuntimeError, StopIteration,
         SyntaxError, IndentationError, TabError, SystemError, TypeError, UnboundLocalError,
         UnicodeError, ValueError, ZeroDivisionError, FileNotFoundError, TimeoutError, Exception]
for t in types:
    try:
        raise t("msg")
    except t as e:
        print(type(e).__name__, repr(e), isinstance(e, Exception))
for t in (SystemExit, KeyboardInterrupt, GeneratorExit, BaseException):
    try:
        raise t("m")
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
print(type(ValueError), type(ValueError("x")))
