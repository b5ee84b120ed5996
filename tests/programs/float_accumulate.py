# Checks: accumulating floats (mean, variance, Newton's square root), printed with repr.
data = [2.5, 3.75, 1.125, 9.0, 4.5, 0.625]
n = len(data)
mean = sum(data) / n
var = 0.0
for x in data:
    var += (x - mean) ** 2
var /= n
print(mean, var)

def sqrt(x):
    g = x / 2.0
    for i in range(30):
        g = (g + x / g) / 2.0
    return g

for v in (2, 9, 10, 0.25, 1e10):
    print(v, sqrt(v), sqrt(v) ** 2)
c = 0.0
for i in range(1, 1001):
    c += 1.0 / (i * i)
print(c)
print(round(c * 6, 6))
