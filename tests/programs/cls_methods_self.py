# Methods receive the instance as self; they can call each other and mutate state.
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step

    def inc(self):
        self.value += self.step
        return self

    def inc_n(self, n):
        for _ in range(n):
            self.inc()
        return self.value

    def reset(self):
        old = self.value
        self.value = 0
        return old

c = Counter()
print(c.inc().inc().value)
print(c.inc_n(5))
print(c.reset(), c.value)
d = Counter(10, step=-2)
print(d.inc_n(3))
print(Counter.inc_n(d, 2))
print(c.value, d.value)
e = Counter(step=100)
e.inc()
print(e.value, e.step)
