# Checks: reading list slices with every combination of bounds and steps; slices are copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:2], a[5:100], a[5:2])
print(a[::-1][::-1] == a, a[:] == a, a[:] is a)
b = a[2:4]
b[0] = 99
print(a[2], b)
print(a[None:3], a[True:3:True])
nested = [[1, 2], [3, 4], [5, 6]]
part = nested[:2]
part[0][0] = 100
print(nested)
try:
    a[::0]
except ValueError as e:
    print(repr(e))
