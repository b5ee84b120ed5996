# Generator expressions consumed by sum/min/max/sorted/any/all/list/tuple/set/dict/join.
nums = [5, -3, 8, 0, 12, -7]
print(sum(x * x for x in nums))
print(min(abs(x) for x in nums), max(x for x in nums if x < 5))
print(sorted((x % 4 for x in nums), reverse=True))
print(any(x > 10 for x in nums), all(x > -10 for x in nums), any(x > 100 for x in nums))
print(list(str(x) for x in nums if x), tuple(x // 2 for x in nums))
print(sorted(set(x % 3 for x in nums)), dict((x, x * 2) for x in range(3)))
print("-".join(w.upper() for w in ["a", "b", "c"]))
g = (c for c in "xyz")
print(type(g).__name__, next(g), list(g), list(g))
pairs = list((a, b) for a in range(3) for b in "ab" if a != 1)
print(pairs)
print(sum(1 for _ in range(1000)), max((len(w), w) for w in ["aa", "b", "ccc"]))
m = [[1, 2], [3, 4]]
print(list(sum(r) for r in m), sum(x for r in m for x in r))
