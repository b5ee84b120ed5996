# Checks: slicing ranges gives ranges; reversed(range); negative steps; big ranges.
r = range(10)
print(r[2:8:2], r[::-1], r[::2], r[5:], r[:-3], r[-3:], r[8:2:-3], r[3:3])
print(range(1, 20, 3)[1:4], range(20, 1, -4)[::2], range(10)[100:])
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(list(range(10, -1, -5)), list(range(5, 0, -1)))
big = range(10 ** 20, 10 ** 20 + 10, 3)
print(big, len(big), big[1], big[-1], 10 ** 20 + 3 in big, 10 ** 20 + 4 in big, list(big))
print(list(range(2 ** 64, 2 ** 64 - 3, -1)))
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(101)), sum(range(0, 101, 2)))
print(max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(enumerate(range(10, 13))))
