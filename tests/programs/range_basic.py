# Checks: range repr, len, indexing, equality, in, list() of ranges with all step signs.
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3)):
    print(repr(r), len(r), list(r))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-2], 7 in r, 8 in r, 19 in r, 20 in r)
print(3.0 in r, "3" in r, -1 in range(-5, 0))
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3, 1), range(1) == range(2))
print(list(range(0, -10, -3)), list(range(-2, 3)))
try:
    r[5]
except IndexError as e:
    print(repr(e))
try:
    range(1, 10, 0)
except ValueError as e:
    print(repr(e))
try:
    range(1.5)
except TypeError as e:
    print(repr(e))
try:
    range()
except TypeError as e:
    print(repr(e))
