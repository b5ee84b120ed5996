# Checks: del on list items and slices, including extended slices and negative indices.
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[100:]
del b[7:3]
print(b)
del b[:]
print(b, len(b))
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print(repr(e))
d = [[1, 2], [3, 4]]
del d[0][1]
print(d)
x = [1, 2, 3]
del x[0], x[0]
print(x)
