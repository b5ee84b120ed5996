# Checks: any/all on empty and non-empty iterables, short-circuit behaviour, return values are bools.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, "x"]), all([1, ""]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any({0: 1}), all({1: 0}))
print(any([None, [], 3]), all([[0], (0,), "0"]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 3, 5, 7])), seen)
seen.clear()
print(all(map(check, [5, 1, 7])), seen)
print(type(any([1])), type(all([])))
nums = [2, 4, 6, 9]
print(all([n % 2 == 0 for n in nums]), any([n > 8 for n in nums]))
