# Checks: every operator and delimiter token, including the augmented ones.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 5; print(x)
x &= 12; print(x)
x |= 3; print(x)
x ^= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
print([1, 2][0], {'k': 1}['k'], (1, 2)[1])
print(a if a>b else b)
