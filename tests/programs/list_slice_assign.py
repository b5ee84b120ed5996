# Checks: slice assignment with different lengths, extended slices, and the size-mismatch error.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[2:4] = [1, 2, 3, 4, 5]
print(a)
a[:0] = ["start"]
print(a)
a[len(a):] = ["end"]
print(a)
a[3:3] = []
a[1:3] = []
print(a)
a[::2] = "xxxxxx"[:len(a[::2])]
print(a)
b = list(range(8))
b[::-2] = [10, 20, 30, 40]
print(b)
b[1::3] = (7, 7, 7)
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(repr(e))
try:
    b[::-1] = []
except ValueError as e:
    print(repr(e))
c = [1, 2, 3]
c[:] = c
print(c)
c[1:2] = c
print(c)
d = [1, 2, 3, 4]
d[1:3] = range(3)
print(d)
d[5:10] = [9]
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(repr(e))
