# Checks: del of names (NameError afterwards), list items, slices, dict entries, several targets.
x = 1
y = 2
del x
try:
    print(x)
except NameError as e:
    print(repr(e))
x = 3
print(x, y)
del x, y
try:
    y
except NameError as e:
    print(repr(e))
lst = list(range(6))
d = {"a": 1, "b": 2, "c": 3}
del lst[0], d["a"]
print(lst, d)
del lst[1:3]
print(lst)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return repr(e)
print(f())
try:
    del d["zzz"]
except KeyError as e:
    print(repr(e))
try:
    del never_defined
except NameError as e:
    print(repr(e))
