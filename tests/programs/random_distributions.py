# random: uniform, triangular, gauss, normalvariate and the other distributions give CPython's exact values
import random

random.seed(123)
print([random.uniform(1, 10) for i in range(5)], random.uniform(5, 5), random.uniform(10, 1))
print([random.uniform(-2.5, 2.5) for i in range(3)])
print([random.triangular() for i in range(3)], [random.triangular(0, 10, 9) for i in range(3)])
print(random.triangular(2, 2, 2), random.triangular(1, 1), random.triangular(low=5, high=1))
print([random.gauss() for i in range(5)])
print([random.gauss(100, 15) for i in range(5)])
print([random.gauss(mu=2, sigma=0) for i in range(2)])
print([random.normalvariate() for i in range(3)], [random.normalvariate(50, 5) for i in range(3)])
print([random.lognormvariate(0, 0.5) for i in range(3)])
print([random.expovariate(2) for i in range(3)], [random.expovariate(0.1) for i in range(3)])
print([random.vonmisesvariate(0, 4) for i in range(3)], random.vonmisesvariate(1, 0))
print([random.gammavariate(a, 2.0) for a in (0.25, 0.9, 1, 1.5, 7)])
print([random.betavariate(2, 5) for i in range(3)])
print([random.paretovariate(3) for i in range(3)], [random.weibullvariate(1, 2) for i in range(3)])
vals = [random.gauss(0, 1) for i in range(20000)]
mean = sum(vals) / len(vals)
print(round(mean, 2), round(sum((v - mean) ** 2 for v in vals) / len(vals), 1))
