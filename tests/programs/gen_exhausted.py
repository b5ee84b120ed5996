# Exhausted generators keep raising StopIteration; gi_running/gi_frame state.
def g():
    yield 1
it = g()
print(list(it), list(it), next(it, "x"))
for _ in it:
    print("never")
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
next(it, None)
print(it.gi_running, it.gi_frame)
it.close()
print(next(it, "closed"))
it2 = g()
it2.close()
print(next(it2, "closed before start"))
try:
    it2.send(None)
except StopIteration:
    print("send on closed → StopIteration")
