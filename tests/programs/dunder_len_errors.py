# len() results must be non-negative ints; __len__ used by bool() and containers.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(0)), len(L(10)), bool(L(0)), bool(L(2)))
for bad in [-1, 2.5, "3", None]:
    try:
        print(len(L(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for bad in [-1, "x"]:
    try:
        print(bool(L(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
print(len(L(True)))
