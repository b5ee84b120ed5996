# Checks: nested comprehensions: transpose, flatten, matrix building, comprehension inside lambda.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row])
print([[x for x in row if x % 2] for row in m])
print([sum(row) for row in m], sum([sum(row) for row in m]))
print([[(r, c) for c in range(2)] for r in range(2)])
diag = lambda mat: [mat[i][i] for i in range(len(mat))]
print(diag(m))
print({i: [j for j in range(i)] for i in range(4)})
print([[y for y in range(x)] for x in range(4) if x])
table = [[str(i * j).rjust(3) for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print("".join(row))
