# random: randrange and randint (CPython 3.11's _randbelow_with_getrandbits), small and huge ranges, negative steps
import random

random.seed(2024)
print([random.randrange(10) for i in range(30)])
print([random.randrange(1, 7) for i in range(30)])
print([random.randint(1, 6) for i in range(30)])
print([random.randrange(0, 100, 5) for i in range(20)])
print([random.randrange(100, 0, -7) for i in range(20)])
print([random.randrange(-50, -10, 3) for i in range(20)])
print([random.randint(-3, 3) for i in range(20)], random.randint(5, 5))
print([random.randrange(2**64) for i in range(4)])
print([random.randrange(-2**100, 2**100, 3**20) for i in range(4)])
print([random.randint(10**30, 10**30 + 10) for i in range(8)])
print([random.randrange(1, 2**31) for i in range(5)], [random.randrange(2**32) for i in range(5)], [random.randrange(2**32 + 1) for i in range(5)])
print(random.randrange(3, 7, step=1), random.randrange(start=3), random.randrange(5, stop=9), random.randrange(True, 5), random.randrange(7, None))
counts = [0] * 6
for i in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
r = random.Random(31337)
print([r.randrange(1000) for i in range(2000)][-10:])
