# Checks: starred assignment targets in every position, with lists, strings, ranges; star gives a list.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hi"
print(a)
first, *rest = "hello"
print(first, rest)
*init, last = range(5)
print(init, last)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
a, *b = (1,)
print(a, b, type(b))
for head, *tail in [(1, 2, 3), (4,), "ab"]:
    print(head, tail)
x, *y, z = 1, 2, 3, 4, 5, 6
print(x, y, z)
