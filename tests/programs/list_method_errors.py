# Checks: error messages from list methods: pop from empty, remove/index of missing values, bad types.
a = []
try:
    a.pop()
except IndexError as e:
    print(repr(e))
a = [1, 2, 3]
try:
    a.pop(10)
except IndexError as e:
    print(repr(e))
try:
    a.remove(42)
except ValueError as e:
    print(repr(e))
try:
    a.index(42)
except ValueError as e:
    print(repr(e))
try:
    a.index("x")
except ValueError as e:
    print(repr(e))
try:
    a.index(1, 1)
except ValueError as e:
    print(repr(e))
try:
    a.extend(5)
except TypeError as e:
    print(repr(e))
try:
    a.append()
except TypeError as e:
    print(repr(e))
try:
    a.insert(1)
except TypeError as e:
    print(repr(e))
try:
    a.nope
except AttributeError as e:
    print(repr(e))
print(a)
