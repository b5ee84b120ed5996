# Checks: str() and repr() of big ints, lengths and digit sums, round trips through int().
n = 2 ** 10000
s = str(n)
print(len(s), s[:20], s[-20:])
total = 0
for ch in s:
    total += int(ch)
print(total)
print(int(s) == n)
m = -(3 ** 500)
print(repr(m)[:30])
print(len(str(m)))
print(str(10 ** 50))
print(str(-10 ** 50))
print(int(str(7 ** 1000)) == 7 ** 1000)
print(str(2 ** 63), str(-2 ** 63), str(2 ** 63 - 1))
