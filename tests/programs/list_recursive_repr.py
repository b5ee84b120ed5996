# Checks: repr of lists that contain themselves, directly or indirectly, and of mixed list/dict cycles.
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
print(a[2][2][0], len(a[2][2]))
b = []
b.append(b)
print(b, [b])
c = [1]
d = [2, c]
c.append(d)
print(c, d)
e = {"self": None}
f = [e]
e["self"] = f
print(f, e)
print([[1, [2]], (3, [4])])
