# Checks: augmented assignment on names, list items and dict entries; the target is evaluated once.
n = 5
n += 2; n *= 3; n -= 1; n //= 4; n **= 2; n %= 7
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
u = t
t += (2,)
print(t, u)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 5
print(lst)
d = {"k": 1}
d["k"] += 1
d["new"] = d.get("new", 0) + 5
print(d)
calls = []
def idx(i):
    calls.append(i)
    return i
def target():
    calls.append("target")
    return lst
target()[idx(1)] += 100
print(lst, calls)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 3
print(grid)
f = 1.5
f += 1
f /= 2
print(f)
b = 6
b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1
print(b)
try:
    undefined_name += 1
except NameError as e:
    print(repr(e))
try:
    d["missing"] += 1
except KeyError as e:
    print(repr(e))
