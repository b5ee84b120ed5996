# Checks: recursion through generators (yield from, for over a generator) ends in a RecursionError
# that can be caught, leaves nothing behind, and legal generator recursion works.
def down(n):
    yield n
    yield from down(n + 1)

try:
    for x in down(0):
        pass
except RecursionError as e:
    print("yield from:", e)

def nested(n):
    for x in nested(n + 1):
        yield x

try:
    list(nested(0))
except RecursionError as e:
    print("for over a generator:", e)

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield depth

print(len(list(tree(300))), list(tree(3)))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

deep = 1
for i in range(200):
    deep = [deep, [i]]
print(sum(flatten(deep)), len(list(flatten(deep))))
