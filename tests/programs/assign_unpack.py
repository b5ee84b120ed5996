# Checks: tuple/list unpacking, nested targets, unpacking strings/ranges/dicts, swaps and rotations.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t], [u, v] = [[1, 2], (3, 4)]
print(s, t, u, v)
((a1, a2), (b1, b2)), c = ((1, 2), (3, 4)), 5
print(a1, a2, b1, b2, c)
i, j, k = range(3)
print(i, j, k)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
for n, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print(n, key, val)
