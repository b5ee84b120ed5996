# raise ... from None suppresses the context in the traceback.
class LookupFailed(Exception):
    pass

def find(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupFailed(f"no key {key!r}") from None

print(find({"a": 1}, "a"))
find({"a": 1}, "b")
