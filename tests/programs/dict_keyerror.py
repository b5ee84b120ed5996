# Checks: KeyError carries the key: repr/str of the exception for several key types.
d = {"a": 1, 2: "two", (1, 2): "pair"}
for key in ["missing", 3, (3, 4), None, 2.5, "", "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e))
try:
    del d["nope"]
except KeyError as e:
    print("del:", repr(e))
try:
    d.pop(99)
except KeyError as e:
    print("pop:", repr(e))
e = KeyError("a")
print(str(e), repr(e))
print(str(KeyError()), repr(KeyError()), str(KeyError(1, 2)))
print(str(KeyError("multi word")))
