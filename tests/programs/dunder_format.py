# f-strings and format() with user objects: __format__, __str__/__repr__ conversions, {x=}.
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "°C"
        return str(self.c)
    def __repr__(self): return f"Temp({self.c})"
t = Temp(21.5)
print(f"{t:.1C} | {t:.0F} | {t} | {t!r} | {t!s}")
print(format(t, ".2C"), "{:.1F}".format(t))
print(f"{t=}", f"{t.c=:>8.2f}")
n = 1234567
print(f"{n:,} {n:>12,} {42:05d} {-7:05d} {n:_}")
class Plain:
    def __str__(self): return "plain!"
p = Plain()
print(f"[{p}] [{p!s:>8}] [{p!s:*^10}] [{p:}]")
try:
    f"{p:>8}"
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or ',.2f'}}"
rows = [("rent", Money(1250)), ("food", Money(310.5)), ("fun", Money(99.999))]
for name, amount in rows:
    print(f"{name:<6}{amount:>12}")
print(f"{Money(1e6)}", f"{Money(3):.0f}")
