# Custom iterator classes with __iter__/__next__ and StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
for x in Countdown(2):
    print("loop", x)
print(sum(Countdown(100)), max(Countdown(4)), sorted(Countdown(3)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip("abc", Countdown(3))))
print([x * x for x in Countdown(4) if x % 2])
it = Countdown(1)
print(iter(it) is it, list(it), list(it))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", repr(e))
