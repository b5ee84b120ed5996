# Checks: dict(), dict(zip()), dict(a=1), dict(pairs), dict(mapping, **kw), comprehension, equality.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict((("t", 0),)))
keys = ["one", "two", "three"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
base = {"a": 1}
print(dict(base, b=2), dict(base) is base, dict(base) == base)
print(dict([["k", "v"], "ab"]))
print(dict({1: 2}.items()))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({"a": [1]} == {"a": [1]}, {} == {}, {1: 2} == [(1, 2)])
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(repr(e))
try:
    dict([1, 2])
except TypeError as e:
    print(repr(e))
try:
    {} < {}
except TypeError as e:
    print(repr(e))
print({"a": 1, "a": 2})
