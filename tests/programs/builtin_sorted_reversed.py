# Checks: sorted() returns a new list from any iterable; reversed() on sequences; errors.
src = (5, 2, 8)
out = sorted(src)
print(out, src, type(out))
print(sorted("Banana"), sorted({3: "c", 1: "a"}), sorted({3: "c", 1: "a"}.items()))
print(sorted(range(5), reverse=True), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=lambda s: s.lower()))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("xyz")), list(reversed(range(3))))
print(list(reversed([])))
try:
    reversed(5)
except TypeError as e:
    print(repr(e))
try:
    sorted(5)
except TypeError as e:
    print(repr(e))
lst = [3, 1, 2]
s = sorted(lst)
s.append(0)
print(lst, s)
