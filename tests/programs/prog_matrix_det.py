# Checks: determinant by Gaussian elimination with floats and exactly with integer cofactor expansion.
def det_exact(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det_exact(minor)
    return total
def det_float(m):
    a = [[float(x) for x in row] for row in m]
    n = len(a)
    det = 1.0
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(a[r][i]))
        if a[p][i] == 0:
            return 0.0
        if p != i:
            a[i], a[p] = a[p], a[i]
            det = -det
        det *= a[i][i]
        for r in range(i + 1, n):
            f = a[r][i] / a[i][i]
            for c in range(i, n):
                a[r][c] -= f * a[i][c]
    return det
ms = [[[2]], [[1, 2], [3, 4]], [[6, 1, 1], [4, -2, 5], [2, 8, 7]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
      [[10 ** 10, 1, 0, 2], [3, 10 ** 10, 1, 0], [0, 2, 10 ** 10, 1], [1, 0, 3, 10 ** 10]]]
for m in ms:
    print(det_exact(m), round(det_float(m), 6) if len(m) < 4 else det_float(m) / det_exact(m) > 0.999)
