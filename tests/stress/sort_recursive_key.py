# Stress: sorting with key functions that recurse, including through sorted() itself, under the
# default limit: legal depths work, too deep raises RecursionError, and the list being sorted is
# left intact and usable.

def canon(x):
    # A canonical key for nested lists: sorts every level, recursively, through sorted().
    if isinstance(x, list):
        return (1, sorted((canon(y) for y in x)))
    return (0, x)

data = [[3, [2, 1]], [1, [3, [0]]], 5, [[4, 2], 0]]
print(sorted(data, key=canon))

def nest(n, leaf):
    x = leaf
    for i in range(n):
        x = [x, i % 3]
    return x

shallow = [nest(60, 1), nest(60, 0), nest(59, 2)]
print([canon(x)[0] for x in sorted(shallow, key=canon)])

deep = [nest(2000, 1), nest(2000, 0), 7]
before = list(deep)
try:
    deep.sort(key=canon)
except RecursionError as e:
    print("sort RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
print("intact:", len(deep) == 3 and all(a is b for a, b in zip(before, deep)))
try:
    sorted(deep, key=canon)
except RecursionError as e:
    print("sorted RecursionError:", str(e).startswith("maximum recursion depth exceeded"))

def depth_key(x):
    return 0 if not isinstance(x, list) else 1 + max(map(depth_key, x), default=0)

print(sorted([nest(5, 0), nest(2, 0), 3, nest(100, 0)], key=depth_key)[0])
print([depth_key(x) for x in sorted([nest(300, 0), nest(2, 0)], key=depth_key)])
try:
    min(deep, key=depth_key)
except RecursionError as e:
    print("min RecursionError:", str(e).startswith("maximum recursion depth exceeded"))

# The sort is usable afterwards.
words = ["pear", "fig", "apple", "kiwi", "banana"]
words.sort(key=lambda w: (len(w), w))
print(words)
