# Checks: len() of every sized type and the error for unsized values.
print(len(""), len("abc"), len("héllo"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)))
d = {"x": 1, "y": 2}
print(len(d.keys()), len(d.values()), len(d.items()))
for bad in (5, 2.5, None, True):
    try:
        len(bad)
    except TypeError as e:
        print(repr(e))
