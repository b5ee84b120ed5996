# Raising things that are not exceptions; catching with non-exception classes.
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("v")
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
class MyErr(Exception): pass
print(MyErr("m").with_traceback(None).args)
try:
    raise MyErr("in class")
except (MyErr,) as e:
    print("ok", e)
