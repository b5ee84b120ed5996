# Checks: nested loops with break/continue affecting only the inner loop, flags, and for-else search.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 7))
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
print()
primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v > 3:
            found = v
            break
    if found is not None:
        break
print(found)
for i in range(3):
    for j in range(3):
        pass
print(i, j)
