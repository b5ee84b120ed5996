# random: a seeded simulation (Monte Carlo pi, a random walk, dice and a card draw) is reproducible and equal to CPython's
import math
import random

def estimate_pi(rng, n):
    inside = 0
    for i in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / n

def walk(rng, steps):
    x = y = 0
    for i in range(steps):
        dx, dy = rng.choice([(0, 1), (0, -1), (1, 0), (-1, 0)])
        x += dx
        y += dy
    return x, y, math.hypot(x, y)

rng = random.Random(20240601)
print(estimate_pi(rng, 20000))
print(walk(rng, 5000))
hist = [0] * 11
for i in range(3000):
    hist[rng.randint(1, 6) + rng.randint(1, 6) - 2] += 1
print(hist)
hands = []
for i in range(5):
    deck = list(range(52))
    rng.shuffle(deck)
    hands.append(sorted(deck[:5]))
print(hands)
print(rng.sample(range(1, 50), 6), rng.choices('HT', k=30))
queue = [round(rng.expovariate(1 / 3), 6) for i in range(5)]
print(queue, round(math.fsum(rng.gauss(10, 2) for i in range(1000)) / 1000, 6))
