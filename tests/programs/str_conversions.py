# Checks: str() and repr() of every value kind; print uses str, containers use repr of items.
vals = [42, -7, 3.5, 1e100, True, None, "text", "it's", [1, "a"], (1,), (), {"k": [1.0]}, range(3), -0.0]
for v in vals:
    print(str(v), repr(v))
print(str(), repr(""), str(str("x")))
print([None, True, "s", 1.0])
