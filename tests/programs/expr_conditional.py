# Checks: conditional expressions, nested and in various contexts; only the chosen branch runs.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-3, 0, 7)])
def boom():
    raise RuntimeError("must not run")
print("safe" if True else boom())
print(boom() if False else "also safe")
x = 7
print((x if x > 5 else 5) * 2, x if x % 2 == 0 else -x)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print(abs(-3) if None else "None is falsy")
items = []
print(items[0] if items else "empty")
