# Checks: recursive flattening and depth of nested lists/tuples, isinstance with a tuple of types.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

def depth(x):
    if not isinstance(x, list):
        return 0
    if not x:
        return 1
    return 1 + max([depth(i) for i in x])

data = [1, [2, [3, [4, [5]]]], (6, [7]), [], "eight", [[[]]]]
print(flatten(data))
print(depth(data), depth([]), depth(5), depth([[[]]]))
print(sum(flatten([[1, 2], [3, [4, 5]], 6])))
