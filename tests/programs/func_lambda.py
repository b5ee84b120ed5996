# Checks: lambdas with defaults, varargs, closures, immediate calls, stored in containers, as keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
both = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), both(1, z=2))
print((lambda: "called immediately")())
print((lambda x, y: x if x > y else y)(3, 9))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
make_adder = lambda n: lambda x: x + n
print(make_adder(5)(10))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, make_adder(1))(4))
nested = lambda: (lambda: (lambda: "deep")())()
print(nested())
print((lambda *args: len(args))(1, 2, 3))
