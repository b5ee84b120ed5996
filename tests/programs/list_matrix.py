# Checks: matrix product, transpose and identity built from nested lists and loops.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for i in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

def transpose(a):
    return [[row[j] for row in a] for j in range(len(a[0]))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
C = matmul(A, B)
for row in C:
    print(row)
print(transpose(A))
print(matmul(C, identity(2)) == C)
F = [[1, 1], [1, 0]]
P = identity(2)
for i in range(90):
    P = matmul(P, F)
print(P[0][1])
print(matmul([[0.5, 0.25]], [[2.0], [4.0]]))
