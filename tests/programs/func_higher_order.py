# Checks: map/filter/sorted/min/max with lambdas and named functions, composition, reduce-like folds.
nums = [5, 3, 8, 1, 9, 2]
print(list(map(lambda n: n * 10, nums)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(list(filter(lambda n: n > 4, nums)), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sorted(nums, key=lambda n: -n), max(nums, key=lambda n: n % 5), min(nums, key=lambda n: abs(n - 6)))
def fold(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(fold(lambda a, b: a + b, nums, 0), fold(lambda a, b: a * b, nums, 1))
print(fold(lambda a, b: b + a, "abc", ""))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
f = compose(str, lambda x: x + 1, lambda x: x * 2)
print(repr(f(5)))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
m = map(str, [1, 2])
print(next(m), next(m), next(m, "end"))
print(list(map(len, ["a", "bb", "ccc"])))
