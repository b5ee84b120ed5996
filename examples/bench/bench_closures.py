# Closures and higher-order functions: adders, composition, counters with nonlocal, map/filter, lambdas.


def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_counter():
    count = 0

    def tick(step):
        nonlocal count
        count += step
        return count
    return tick


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def fold(f, items, acc):
    for v in items:
        acc = f(acc, v)
    return acc


def main():
    total = 0
    double = lambda x: x * 2
    for rep in range(6000):
        inc = make_adder(rep % 7 + 1)
        f = compose(inc, double)
        g = compose(f, make_adder(-3))
        total += apply_n(lambda v: g(v) % 100003, 300, rep)
        tick = make_counter()
        for i in range(200):
            tick(i % 3)
        total += tick(0)
        items = list(map(inc, range(300)))
        evens = list(filter(lambda v: v % 2 == 0, items))
        total += fold(lambda a, b: (a * 31 + b) % 1000003, evens, 7)
        total += sum(sorted(items, key=lambda v: -v)[:3])
    print("total", total)


main()
