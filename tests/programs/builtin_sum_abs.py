# Checks: sum with start values and mixed numbers, abs of every numeric kind.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10))
print(sum([1, 2.5]), sum([True, True, 3]), sum([2 ** 64, 2 ** 64]), sum([[1], [2]], []))
print(sum([1, 2], start=100), sum(((1, 2), (3,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(repr(e))
try:
    sum(["a", "b"])
except TypeError as e:
    print(repr(e))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(-(10 ** 30)), abs(False), abs(-True))
print(abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(repr(e))
