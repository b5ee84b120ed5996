# Checks: many independent cycles created in a loop are all counted by one collection.
# Automatic collection is off, so that none runs in the loop (a GILVM_DEBUG_STRESS_GC build
# would collect on every allocation).
import gc
gc.disable()
gc.collect()
for i in range(50):
    a = [i]
    a.append(a)
    b = {"n": i}
    c = [b]
    b["c"] = c
del a, b, c
print(gc.collect())
data = []
for i in range(3):
    data.append([i])
data.append(data)
print(gc.collect(), len(data))
data.clear()
print(gc.collect())
