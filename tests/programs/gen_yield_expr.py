# yield as an expression: its value, yield with no value, yield in expressions and tuples.
def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = yield y, x
    print("z =", z)
    lst = [(yield "a"), (yield "b")]
    print("lst =", lst)
it = g()
print(next(it))
print(it.send(10))
print(it.send(41))
print(it.send("zz"))
print(it.send(1))
try:
    it.send(2)
except StopIteration:
    print("done")
def nones():
    yield
    yield None
print(list(nones()))
