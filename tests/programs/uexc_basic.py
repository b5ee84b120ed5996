# User exception classes: raise, catch by class, str/repr/args, no-message exceptions.
class AppError(Exception):
    pass
class EmptyError(AppError):
    pass
try:
    raise AppError("something broke")
except AppError as e:
    print("caught:", e, "|", repr(e), "|", e.args)
try:
    raise EmptyError
except AppError as e:
    print("caught:", repr(str(e)), "|", repr(e), "|", e.args, type(e).__name__)
try:
    raise AppError("two", 2)
except Exception as e:
    print(str(e), repr(e), e.args)
e = AppError()
print(repr(e), str(e) == "", isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(EmptyError, AppError), issubclass(AppError, ValueError))
print(AppError.__bases__[0].__name__, EmptyError.__mro__[-2].__name__)
try:
    raise AppError
except AppError as e:
    print(type(e) is AppError, e.args)
