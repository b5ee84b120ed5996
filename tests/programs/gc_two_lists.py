# Checks: gc.collect() counts both lists of a two-list cycle, and a list+dict cycle.
import gc
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())
l = []
d = {"l": l}
l.append(d)
del l, d
print("list and dict:", gc.collect())
d = {}
d["me"] = d
del d
print("dict to itself:", gc.collect())
