# random: choice, shuffle, sample (pool and set algorithms, counts=), choices (weights, cum_weights) match CPython
import random

random.seed(11)
print([random.choice('abcdef') for i in range(20)])
print([random.choice([10, 20, 30]) for i in range(10)], random.choice((1,)), random.choice(range(100, 200, 7)))
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck)
print(deck)
for n in [0, 1, 2, 3, 10, 31]:
    x = list(range(n))
    random.shuffle(x)
    print(n, x)
for n, k in [(10, 0), (10, 3), (10, 10), (21, 5), (22, 5), (40, 6), (100, 6), (60, 7), (1000, 20), (10**9, 10), (300, 200)]:
    print(n, k, random.sample(range(n), k))
print(random.sample('abcdefg', 4), random.sample(('x', 'y', 'z'), 3), random.sample([[1], [2], [3]], 2))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(3), 3, counts=[1, 2, 3]))
print(random.choices('abc', k=10))
print(random.choices(range(5), k=0), random.choices([1, 2], k=-3))
print(random.choices('abc', [5, 1, 0.5], k=12))
print(random.choices('abc', weights=[0, 0, 1], k=5))
print(random.choices('abc', cum_weights=[1, 2, 3], k=12))
print(random.choices(['win', 'lose'], [1, 9], k=20))
print(random.choices(range(4), [0.1, 0.2, 0.3, 0.4], k=15))
tally = {}
for c in random.choices('xyz', [1, 2, 7], k=1000):
    tally[c] = tally.get(c, 0) + 1
print(sorted(tally.items()))
x = [1, 2, 3]
print(random.shuffle(x), sorted(x))
