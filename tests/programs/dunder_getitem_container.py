# A custom container with __getitem__/__setitem__/__delitem__/__len__.
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def _check(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("Sparse index out of range")
        return i
    def __getitem__(self, i):
        return self.data.get(self._check(i), 0)
    def __setitem__(self, i, v):
        i = self._check(i)
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[self._check(i)]
    def __len__(self):
        return self.size

s = Sparse(10)
s[3] = 5; s[-1] = 7; s[0] = 1
print([s[i] for i in range(len(s))])
s[3] += 10
print(s[3], sorted(s.data.items()))
del s[0]
print(s[0], len(s.data))
for bad in [10, -11, "a"]:
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del s[5]
except KeyError as e:
    print("KeyError", e)
print(list(s)[:4])
