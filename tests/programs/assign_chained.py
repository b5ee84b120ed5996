# Checks: chained assignment binds every target to the same object, evaluated left to right.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = "shared"
print(d)
m = n = [1, 2]
m[0], n[1] = 10, 20
print(m, n)
