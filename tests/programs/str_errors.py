# Checks: errors from str operations: item assignment, bad operand types, bad index types.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(repr(e))
try:
    s + 1
except TypeError as e:
    print(repr(e))
try:
    1 + s
except TypeError as e:
    print(repr(e))
try:
    s * "2"
except TypeError as e:
    print(repr(e))
try:
    s["1"]
except TypeError as e:
    print(repr(e))
try:
    s * 1.5
except TypeError as e:
    print(repr(e))
try:
    del s[0]
except TypeError as e:
    print(repr(e))
try:
    s.nosuch()
except AttributeError as e:
    print(repr(e))
try:
    "a" < 1
except TypeError as e:
    print(repr(e))
print("a" == 1, "1" != 1)
