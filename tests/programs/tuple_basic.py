# Checks: tuple packing/unpacking, the single-element and empty tuple reprs, nesting, parentheses.
t = 1, 2, 3
print(t, type(t), len(t))
one = 1,
print(one, (1,), (), tuple(), ((),), (1, (2, (3,))))
print((1), (1,) == 1, ("a",), ("a") == "a")
a, b, c = t
print(a, b, c)
x, = one
print(x)
nested = (1, ("two", 3.0), [4])
n1, (n2, n3), n4 = nested
print(n1, n2, n3, n4)
nested[2].append(5)
print(nested)
print(t[0], t[-1], t[1:], t[::-1], t[5:])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple((1, 2)) == (1, 2))
def pair():
    return "left", "right"
print(pair(), pair()[1])
