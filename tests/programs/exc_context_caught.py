# Checks: exceptions raised while handling others propagate and can be caught; state after handling.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError("bad input " + s)
for s in ("12", "zz"):
    try:
        print(parse(s))
    except KeyError as e:
        print(repr(e))
def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    cleanup_fails()
except TypeError as e:
    print(repr(e))
except ValueError as e:
    print("never", repr(e))
results = []
for x in [1, 0, "a", 2]:
    try:
        results.append(10 / x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
print(results)
def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise RuntimeError("try again")
            return attempts
        except RuntimeError:
            continue
print(retry(4))
