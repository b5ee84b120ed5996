# Constant set displays iterate as in CPython (3.11 builds them from a folded frozenset constant).
print({1, 2, 3}, {3, 2, 1})
print({16, 1, 32, 17, 48, 64, 0, 8})
print({100, 36, 4, 68, 132, 164, 196, 228, 260, 292})
print({16, 0, 48, 32, 5})
print({-1, -2, 2305843009213693951, 2305843009213693952, 0})
print({1024, 0, 2048, 64, 3, 67})
print({1.5, 1, True, 1.0, 2})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)})
