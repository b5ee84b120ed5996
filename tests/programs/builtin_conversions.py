# Checks: constructors with no argument and with various arguments: int, float, str, bool, list, tuple, dict.
print(int(), float(), repr(str()), bool(), list(), tuple(), dict())
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple([1, 2]), tuple("hi"), tuple({"k": 0}), tuple(range(0)))
print(str(123), str(-4.5), str([1, "a"]), str((None,)), str({1: "x"}))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.1), bool(None), bool(range(0)))
print(int("  -12  "), int(12.99), int(True), float("3"), float(7), float("  -0.25"))
l1 = [1, 2]
l2 = list(l1)
print(l2 == l1, l2 is l1)
t1 = (1, 2)
print(tuple(t1) == t1)
print(dict([(1, 2)]), dict(x=1), list(map(int, "123")))
