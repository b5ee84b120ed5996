# NotImplemented from both sides → "unsupported operand type(s)" TypeErrors.
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class B: pass
cases = [
    lambda: A() + 1,
    lambda: 1 + A(),
    lambda: A() + B(),
    lambda: B() - B(),
    lambda: B() * 2,
    lambda: 2 / B(),
    lambda: B() // 1.5,
    lambda: B() % "s",
    lambda: B() ** 2,
    lambda: -B(),
    lambda: abs(B()),
    lambda: ~B(),
    lambda: B() & 1,
    lambda: divmod(B(), 1),
    lambda: [1] + A(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
print(bool(NotImplemented is NotImplemented), repr(NotImplemented))
