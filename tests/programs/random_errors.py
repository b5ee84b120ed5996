# random: argument errors and empty-range errors carry CPython's messages (Python-level signatures of random.py)
import random

random.seed(3)
tests = [
    "random.random(1)", "random.getrandbits()", "random.getrandbits(-1)", "random.getrandbits(1.5)", "random.randrange()",
    "random.randrange(0)", "random.randrange(-3)", "random.randrange(5, 5)", "random.randrange(10, 1)", "random.randrange(1, 10, 0)",
    "random.randrange(10, 1, 2)", "random.randrange(10, step=2)", "random.randrange(1, None, 2)", "random.randrange(None)",
    "random.randrange(1, 2, 3, 4)", "random.randrange(1, x=2)", "random.randrange(1, start=2)", "random.randint(1.5, 3)", "random.randint(1, 2.5)", "random.randint(1.0, 3)",
    "random.randint(1)", "random.randint(3, 1)", "random.randint('a', 'b')", "random.randint(1, 2, 3)",
    "random.choice([])", "random.choice('')", "random.choice(5)", "random.choice({1: 'a'})", "random.choice()",
    "random.shuffle(5)", "random.shuffle((1, 2))", "random.shuffle('ab')",
    "random.sample([1, 2], 3)", "random.sample([1], -1)", "random.sample({1: 2}, 1)", "random.sample([1, 2], 1.0)",
    "random.sample([1, 2])", "random.sample([1], 1, 2, counts=[1])", "random.sample([1, 2], 1, counts=[1])",
    "random.sample([1, 2], 1, counts=[1.0, 1.0])", "random.sample([1, 2], 1, counts=[0, 0])", "random.sample([], 0, counts=[])",
    "random.choices([1, 2], 5)", "random.choices([1, 2], [1])", "random.choices([1, 2], [0, 0])", "random.choices([1, 2], [1, float('inf')])",
    "random.choices([1, 2], weights=[1, 2], cum_weights=[1, 2])", "random.choices([1, 2], [1, 'a'])", "random.choices([], k=2)",
    "random.choices([1], k=2.5)", "random.choices([1], [1], [1])", "random.choices()",
    "random.uniform(1)", "random.uniform('a', 'b')", "random.gauss('a')", "random.gauss(1, 2, 3)", "random.normalvariate(1, 'a')",
    "random.expovariate(0)", "random.expovariate()", "random.gammavariate(0, 1)", "random.gammavariate(1, -1)", "random.paretovariate(0)",
    "random.seed([1])", "random.seed({})", "random.seed(1, 2, 3)", "random.seed(b=1)", "random.Random(1, 2)", "random.Random([1])",
    "random.getstate(1)", "random.setstate(1)", "random.setstate((3, (1, 2), None))", "random.setstate((4, 1, 2))",
    "random.setstate((3, 1))", "random.setstate((3, [0] * 625, None))", "random.setstate((3, tuple([0] * 624 + [625]), None))",
    "random.setstate((3, tuple([-1] * 625), None))", "random.setstate((3, tuple(['a'] * 625), None))",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__ + ':', e)
