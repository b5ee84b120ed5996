# Builtins consuming user iterables: zip, enumerate, map, filter, sorted, dict, any/all.
class Repeat:
    def __init__(self, v, n): self.v, self.n = v, n
    def __iter__(self):
        for _ in range(self.n):
            yield self.v
class Nums:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i
print(list(zip(Repeat("x", 3), Nums())))
print(list(enumerate(Repeat("y", 2), start=1)))
print(list(map(lambda a, b: a * b, Repeat(2, 5), Nums())))
print(list(filter(None, Nums())))
print(any(Repeat(0, 3)), all(Repeat(1, 3)), all(Repeat(0, 0)))
print(dict(zip(Nums(), Repeat("v", 10))))
print(tuple(reversed(list(Nums()))), min(Nums()), max(Repeat(7, 1)))
print(", ".join(Repeat("ab", 3)))
print(list(Nums())[1:3], set(Repeat(1, 4)))
