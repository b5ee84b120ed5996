# Set displays: {a, b}, {*x, y}, nested frozensets, and their values.
a, b = 16, 3
print({a, b}, {b, a}, {a}, {a, a, b})
x = [5, 6, 5]
print({*x}, {*x, 1}, {1, *x}, {*x, *range(3)}, {*"aa"})
print({(1, 2), (1, 2)}, {frozenset([1]), frozenset([1])}, {None})
print(type({1}).__name__, type({}).__name__, {1} == set([1]), {1, 2} | {3})
try:
    {[1], 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, *5}
except TypeError as e:
    print("TypeError:", e)
print(len({a, b, a + 0, b * 1}), 3 in {a, b}, 4 in {a, b})
