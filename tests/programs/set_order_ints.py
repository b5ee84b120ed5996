# Iteration order of int sets matches CPython: the same hashes, table and probing.
print(set([5, 3, 9, 1, 7, 2]))
print(set([0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88]))
print(set([7, 15, 23, 31, 39, 47, 8, 16, 24]))
print(set([-1, -2, -3, 5, -8, 13, -21, 34]))
print(set([1, 2**61, 2**62 - 1, -(2**61 - 2), 2**61 - 1, 0]))
print(set([2**64, -(2**64), 2**100, 3**50, -(7**30), 10**20]))
print(set([i * 1024 for i in range(30)]))
print(set([i * 37 % 101 for i in range(60)]))
print(set(range(100, 0, -3)))
print(list(set([1000, 2000, 3000, 17, 33, 49, 65])))
big = [x * 2654435761 % 4294967296 for x in range(40)]
print(set(big))
print(frozenset(big))
print(sorted(set(big)) == sorted(big))
for x in set([40, 8, 16, 24, 32, 0]):
    print(x, end=" ")
print()
print(list(frozenset([16, 0, 48, 32, 5])), tuple(set([9, 1, 17])))
