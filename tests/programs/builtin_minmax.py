# Checks: min/max over iterables and several arguments, with key= and default=, and their errors.
print(max(3, 1, 4), min(3, 1, 4), max([3, 1, 4]), min((3, 1, 4)), max("hello"), min(range(5, 10)))
print(max([1, 2.5, 2]), min([-1, -1.5]), max([[1, 2], [1, 3]]), max({"a": 1, "z": 0}))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=lambda x: -x))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(1, 1.0), max(1.0, 1), min(0, False), max([2, 3, 3.0]))
print(max([("b", 1), ("a", 2)], key=lambda p: p[1]), max(["x", "y"], key=lambda s: 0))
for f in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(repr(e))
