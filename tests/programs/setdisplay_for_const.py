# Iterating a constant set display (a frozenset constant in CPython 3.11) gives CPython's order.
for x in {40, 8, 16, 24, 32, 0}:
    print(x, end=" ")
print()
for x in {100, 36, 4, 68, 132, 164, 196, 228, 260, 292}:
    print(x, end=" ")
print()
print([x for x in {16, 0, 48, 32, 5}])
print([x * 2 for x in {64, 0, 128, 1}])
