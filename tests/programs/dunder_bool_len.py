# Truth testing: __bool__, falling back to __len__, default True; bad return types.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v > 0
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither: pass

for x in [B(1), B(0), L(0), L(3), Both(), Neither()]:
    print(type(x).__name__, bool(x), "yes" if x else "no", not x)
print(len(L(7)), len(Both()))
print([x for x in [L(0), L(1), B(-1), B(2)] if x].__len__())
print(B(1) and "t", L(0) or "fallback")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
