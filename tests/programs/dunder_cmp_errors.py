# Ordering without the methods: "'<' not supported between instances of ..." messages.
class A: pass
class B: pass
cases = [
    lambda: A() < A(),
    lambda: A() <= B(),
    lambda: A() > 1,
    lambda: "s" >= A(),
    lambda: sorted([A(), A()]),
    lambda: max(A(), A()),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
class Half:
    def __lt__(self, o): return NotImplemented
try:
    Half() < Half()
except TypeError as e:
    print("TypeError:", e)
print(A() == B(), A() != B())
