# Checks: for loops over sequences, with else, break, continue; loop variable after the loop.
for i in range(3):
    print(i, end=" ")
print()
print("after loop i =", i)
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
else:
    print("for-else ran")
for x in [1, 2, 3]:
    if x == 2:
        print("breaking at", x)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else of empty loop")
lst = [1, 2, 3]
for x in lst:
    x *= 10
print(lst)
for i, x in enumerate(lst):
    lst[i] = x * 10
print(lst)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
for k in {"one": 1, "two": 2}:
    print(k)
