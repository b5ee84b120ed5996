# Loop else: runs when the loop ends without break, skipped on break.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    break
else:
    print("never")
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
for x in range(3):
    if x == 1:
        continue
else:
    print("continue does not skip else", x)
def ret():
    for x in range(5):
        if x == 2:
            return "returned"
    else:
        return "else"
print(ret())
