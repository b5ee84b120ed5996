# Checks: reversed() of lists, a[::-1], reverse in place, and iteration while appending by index.
a = [1, 2, 3, 4]
print(list(reversed(a)), a[::-1], a)
r = reversed(a)
print(next(r), next(r), list(r), list(r))
a.reverse()
print(a)
for x in reversed([]):
    print("never")
b = [1]
i = 0
while i < len(b) and len(b) < 6:
    b.append(b[i] * 2)
    i += 1
print(b)
print([x * 2 for x in reversed(range(4))])
print(list(reversed("abc")), list(reversed((1, 2))))
