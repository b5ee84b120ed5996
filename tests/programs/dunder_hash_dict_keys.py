# __hash__ with __eq__: objects as dict keys and set members.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Coord) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"C({self.x},{self.y})"

grid = {Coord(0, 0): "origin", Coord(1, 2): "a"}
print(grid[Coord(0, 0)], grid.get(Coord(1, 2)), Coord(5, 5) in grid)
grid[Coord(1, 2)] = "b"
print(len(grid), grid[Coord(1, 2)])
s = {Coord(1, 1), Coord(1, 1), Coord(2, 2)}
print(len(s), Coord(2, 2) in s)
print(sorted(s, key=lambda c: (c.x, c.y)))
class Ident:
    pass
i = Ident()
d = {i: 1}
print(d[i], Ident() in d, hash(i) == hash(i))
class H:
    def __hash__(self): return 7
print(hash(H()), hash(H()) == 7)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
