# Checks: gc.collect() returns 1 for a list that contains itself, 0 when there is no garbage.
import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())
print(gc.collect())
b = [1, 2, 3]
c = {"b": b}
print(gc.collect())
del b, c
print(gc.collect())
