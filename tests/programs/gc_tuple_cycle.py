# Checks: a cycle through a tuple (tuple -> list -> tuple) is collected: 2 objects.
import gc
gc.collect()
t = ([],)
t[0].append(t)
del t
print(gc.collect())
