# Checks: unhashable keys and other dict errors with CPython's messages.
d = {}
for bad in ([1], {}, ([1],)):
    try:
        d[bad] = 1
    except TypeError as e:
        print(repr(e))
try:
    [1] in d
except TypeError as e:
    print(repr(e))
try:
    d.get([1])
except TypeError as e:
    print(repr(e))
try:
    d + d
except TypeError as e:
    print(repr(e))
try:
    d.nothing()
except AttributeError as e:
    print(repr(e))
try:
    hash([])
except TypeError as e:
    print(repr(e))
print(d)
