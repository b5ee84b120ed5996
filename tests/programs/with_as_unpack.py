# `as` targets: tuple unpacking, attributes, subscripts, starred.
class Pair:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *args):
        print("exit with", len(args), "args", args[0], args[1])
class Lst:
    def __enter__(self):
        return [10, 20, 30, 40]
    def __exit__(self, *a):
        pass
with Pair() as (a, (b, c)):
    print(a, b, c)
with Lst() as [first, *rest]:
    print(first, rest)
class Holder: pass
h = Holder()
d = {}
with Pair() as h.value:
    print(h.value)
with Lst() as d["k"]:
    pass
print(d)
try:
    with Pair() as (x, y, z):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)
