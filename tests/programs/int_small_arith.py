# Checks: basic arithmetic on small ints and the types of the results.
a, b = 7, 3
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b)
print(a ** b, b ** a, a ** 0, 0 ** 0, 1 ** 100)
print(type(a / b), type(a // b), type(6 / 3), 6 / 3)
print(10 - 20, 0 - 0, -0)
print(1000000 * 1000000)
print(2147483647 + 1, -2147483648 - 1)
print(+a, -(-a), --a)
x = 0
for i in range(1, 101):
    x += i * i
print(x)
