# Checks: repr() of every value kind, including nested containers and special floats.
values = [0, -1, 2 ** 70, 0.5, -0.0, 1e300, float("inf"), float("nan"), True, False, None,
          "", "a'b", 'a"b', "line\n", [], [1, [2]], (), (1,), (1, "a"), {}, {"k": (1, [2])},
          range(0), range(1, 5, 2), [None, True, 1.0]]
for v in values:
    print(repr(v))
print(repr(repr("x")), str(repr(1)), repr(str(1)))
