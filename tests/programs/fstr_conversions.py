# f-string conversions !r !s !a, alone and with specs, and the __format__ protocol through f-strings
s = 'héllo'
print(f'{s!r} {s!s} {s!a}')
print(f'{s!r:>12}|{s!a:<14}|{s!s:^9}|')
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'P(%r)' % self.v
    def __str__(self):
        return 'p' + str(self.v)
    def __format__(self, spec):
        return 'P<' + spec + '>'
p = P(1)
print(f'{p} {p!s} {p!r} {p!a} {p:spec} {p!r:>8}|')
print(f'{[s]!a} {(1, "ü")!r}')
print(f'{42!r} {42!s:>4} {1.5!a}')
for v in [None, 1, 'x', 2.5]:
    print(f'{v!r:>6}|{v!s:<6}|')
