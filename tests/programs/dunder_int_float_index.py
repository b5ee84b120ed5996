# __int__, __float__, __index__: int(), float(), list indexing, slicing, range, bin/hex.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
items = ["a", "b", "c", "d", "e"]
i = Idx(2)
print(items[i], items[Idx(-1)], items[Idx(1):Idx(3)])
print(list(range(Idx(4))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(3), [0] * Idx(2))
print(int(Num()), float(Num()), int(Idx(7)))
print(round(float(Num()) * 2))
try:
    items[Num()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
try:
    int(Plain())
except TypeError as e:
    print("TypeError:", e)
try:
    float(Plain())
except TypeError as e:
    print("TypeError:", e)
