# Checks: type() prints <class 'T'>; isinstance with a type and with tuples; bool is an int.
for v in (1, 2 ** 100, 1.5, "s", True, None, [], (), {}, range(2), len, lambda: 0):
    print(type(v))
print(type(type(1)), type(int), type(1) == int, type("") is str, type(True) is bool)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, float)), isinstance(1, (str, int)), isinstance([], (tuple, (dict, list))))
print(isinstance("x", str), isinstance(None, type(None)), isinstance({}, dict), isinstance((), tuple))
print(isinstance(range(1), range), isinstance(ValueError(), Exception), isinstance(ValueError, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print(repr(e))
print(type({}.keys()), type({}.values()), type({}.items()))
