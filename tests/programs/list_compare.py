# Checks: lexicographic comparison of lists, equality with nested lists, `in` and `not in`.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [] == [])
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, [2, 3]] == [1, [2, 3]], [1, 2] != [1, 2.0])
print([1, "a"] < [1, "b"], [[1], [2]] < [[1], [3]], [1, 2] <= [1, 2], [3] >= [2, 9])
print([1, 2] == (1, 2), [] == None)
a = [1, [2, 3], "four", 5.0]
print(1 in a, [2, 3] in a, "four" in a, 5 in a, 2 in a, "fo" in a, 6 not in a)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(repr(e))
try:
    [1] < (1,)
except TypeError as e:
    print(repr(e))
nan = float("nan")
print([nan] == [nan], nan in [nan])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
