# Checks: except (A, B) as e; the as-name is deleted after the handler.
def risky(kind):
    if kind == 0:
        return {}["k"]
    if kind == 1:
        return [1][5]
    if kind == 2:
        return int("x")
    return 1 / 0
for kind in range(4):
    try:
        risky(kind)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except (ValueError, TypeError) as e:
        print("value/type", repr(e))
    except (ZeroDivisionError,) as e:
        print("one-element tuple", repr(e))
errs = (KeyError, ZeroDivisionError)
try:
    1 // 0
except errs as e:
    print("tuple from a variable", type(e).__name__)
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(repr(err))
def f():
    try:
        raise KeyError(1)
    except KeyError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(repr(err))
