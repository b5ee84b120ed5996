# Checks: try/except/else/finally in every combination, with and without an exception.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
try:
    x = 1
except Exception:
    print("no")
else:
    print("else only, x =", x)
try:
    pass
finally:
    print("finally only")
try:
    1 / 0
except ZeroDivisionError:
    print("caught bare class")
try:
    [][1]
except:
    print("bare except catches all")
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError:
    print("second handler matched")
except Exception:
    print("wrong too")
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally runs before outer handler")
except TypeError as e:
    print("outer caught", e)
