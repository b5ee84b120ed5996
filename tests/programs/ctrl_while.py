# Checks: while loops with break, continue and else (else runs only without break).
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("not reached")
print("i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("else after normal end", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
count = 0
while True:
    count += 1
    if count == 5:
        break
print("count", count)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
