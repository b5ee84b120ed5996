# A small Matrix class: indexing with tuples, multiplication, transpose, equality, str.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[x * o for x in r] for r in self.rows])
        if self.m != o.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {o.n}x{o.m}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m))
                        for j in range(o.m)] for i in range(self.n)])
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, o):
        return self.rows == o.rows
    def __str__(self):
        return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(a * Matrix.identity(2) == a, a * 2 == a + a)
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.transpose())
print((c * c.transpose()).rows)
c[0, 0] = 100
print(c[0, 0], c[1, 2])
try:
    c * c
except ValueError as e:
    print("ValueError:", e)
