# Checks: gc.collect() counts cycles through builtin methods, list iterators, exceptions, closures,
# sets, frozenset keys and ranges as CPython does.
import gc
gc.disable()
gc.collect()
def report(name):
    print(name, gc.collect())
l = []
l.append(l.append)
del l
report("bound builtin method")
l = []
l.append(iter(l))
l.append(reversed(l))
del l
report("list iterators")
try:
    raise ValueError("cycle")
except ValueError as e:
    err = e
err.args = (err,)
del err
report("exception args")
def f():
    return f
g = f
del f, g
report("global function (the module keeps it)")
def outer():
    def inner():
        return inner
    return 0
outer()
report("self-referencing closure")
s = {1, 2}
l = [s, None]
l[1] = l
del s, l
report("list with a set")
l = [1]
t = (l, l, l)
l.append(t)
del l, t
report("tuple referring to one list thrice")
r = [range(10)]
r.append(r)
del r
report("list with a range")
fs = frozenset([1])
d = {fs: []}
d[fs].append(d)
del d, fs
report("dict keyed by a frozenset")
report("nothing left")
gc.enable()
