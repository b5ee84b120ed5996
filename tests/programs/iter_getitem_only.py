# Objects with only __getitem__ are iterable: iteration stops at IndexError.
class Squares:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

print(list(Squares(5)))
for s in Squares(3):
    print(s)
print(9 in Squares(4), 10 in Squares(4))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
print(type(it).__name__)
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()), "".join(reversed(list(Letters()))))
class KeyStop:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i
try:
    list(KeyStop())
except KeyError as e:
    print("KeyError", e)
class NoIter: pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
