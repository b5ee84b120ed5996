# Checks: 1, 1.0 and True are the same dict key; the first key object inserted is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t", 1: "one", 1.0: "onef"}
print(e)
f = {0: "zero", False: "false", 0.0: "zerof", -0.0: "negzero"}
print(f)
g = {2 ** 70: "big", float(2 ** 70): "bigf"}
print(g)
print(1 in {1.0: 0}, 1.5 in {1: 0}, True in {1: 0}, 0 in {False: 0})
h = {1: "a", 2: "b"}
del h[2.0]
print(h)
print({1: "x"} == {1.0: "x"}, {True: 1} == {1: 1})
