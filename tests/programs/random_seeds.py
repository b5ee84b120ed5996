# random: seed() with ints (negative, beyond 64 bits), floats, bools and strs gives CPython's exact random() and getrandbits()
import random

for s in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 7, 12345678901234567890, -(2**200 + 5), True, 3.5, -0.25, 1e100, 'gilvm', '', 'héllo wörld ✓', 'x' * 300]:
    random.seed(s)
    print(repr(s)[:40], [random.random() for i in range(3)], [random.getrandbits(k) for k in (0, 1, 8, 32, 33, 64, 65, 127)])
random.seed(5)
a = [random.random() for i in range(1000)]
random.seed(5)
b = [random.random() for i in range(1000)]
print(a == b, a[999], min(a) >= 0, max(a) < 1)
random.seed('abc', version=1)
print(random.random(), random.getrandbits(40))
random.seed('abc', version=2)
print(random.random())
random.seed(a=99, version=2)
print(random.random())
random.seed(7)
print(random.getrandbits(2000))
random.seed(None)
random.seed()
print(0 <= random.random() < 1)
