# Checks: simple statements separated by semicolons and one-line compound statements.
a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("one-line if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
x = 5;
print(x); print(x + 1);
if False: pass
else: print("one-line else")
