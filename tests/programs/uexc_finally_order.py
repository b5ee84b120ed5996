# try/except/else/finally ordering with user exceptions; return in finally; exceptions in finally.
class StepError(Exception):
    pass
log = []
def step(n, fail):
    try:
        log.append(f"try {n}")
        if fail:
            raise StepError(n)
    except StepError as e:
        log.append(f"except {e}")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")
print(step(1, False), step(2, True))
print(log)
def swallow():
    try:
        raise StepError("lost")
    finally:
        return "finally wins"
print(swallow())
def replace():
    try:
        raise StepError("original")
    finally:
        raise KeyError("replacement")
try:
    replace()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
def nested():
    try:
        try:
            raise StepError("inner")
        finally:
            print("inner finally")
    except StepError as e:
        print("outer caught", e)
        return "ok"
    finally:
        print("outer finally")
print(nested())
