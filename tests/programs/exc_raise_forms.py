# Checks: raise a class vs an instance, exception args/str/repr, raising non-exceptions.
for thing in (ValueError, ValueError("with message"), KeyError, KeyError("key")):
    try:
        raise thing
    except Exception as e:
        print(repr(e), "|", str(e), "|", e.args)
e = ValueError("a", 2, [3])
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), ValueError().args)
print(str(ValueError(42)), repr(TypeError("it's")), str(IndexError("x", "y")))
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")))
print(repr(ZeroDivisionError("division by zero")))
try:
    raise 42
except TypeError as err:
    print(repr(err))
try:
    raise "string"
except TypeError as err:
    print(repr(err))
err = RuntimeError("stored")
try:
    raise err
except RuntimeError as caught:
    print(caught is err)
print(type(err), type(err).__name__)
