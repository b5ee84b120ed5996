# Nested delegation three levels deep: values out, sends in, returns up.
def level3():
    got = yield "L3-a"
    yield f"L3 got {got}"
    return "r3"
def level2():
    r = yield from level3()
    yield f"L2 saw {r}"
    return "r2"
def level1():
    r = yield from level2()
    yield f"L1 saw {r}"
    return "r1"

g = level1()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
def tree(n):
    if n == 0:
        return 1
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right
t = tree(3)
out = []
try:
    while True:
        out.append(next(t))
except StopIteration as e:
    print(out, "leaves:", e.value)
