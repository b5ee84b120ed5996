# Checks: map with one and several iterables, filter with a function and with None; laziness.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(len, ("a", "bb"))))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(lambda x: x > 2, [1, 5, 2, 7])), list(filter(None, [0, "", None, 3, "a", [], [[]]])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(m))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
